using System.Collections.Concurrent;
using OmniOS.Server.Workspace;

namespace OmniOS.Server.Engine;

/// <summary>
/// Watches the workspace's source files so an edit in any editor reaches the documents (and the
/// canvas). Bursts of events for one file (editors write in steps) settle for a moment first.
/// Files and folders created, deleted or renamed, and .gitignore changes, tell the workspace its
/// file list changed (it then lists the project from a scan it keeps until the next such change).
/// </summary>
public sealed class DiskWatcher : IDisposable
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(40);

    // How long an empty file waits before it counts: a file written in place is truncated first, and
    // read between the two (its write's event not in yet) it would become the last good design.
    private static readonly TimeSpan EmptySettle = TimeSpan.FromMilliseconds(250);

    private readonly FileSystemWatcher _watcher;
    private readonly DesignWorkspace _workspace;
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _pending = new(StringComparer.Ordinal);

    public DiskWatcher(DesignWorkspace workspace)
    {
        _workspace = workspace;
        _watcher = new FileSystemWatcher(workspace.Files.Root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Changed += (_, e) =>
        {
            if (Path.GetFileName(e.FullPath) == ".gitignore")
                workspace.FileListChanged();
            OnEvent(e.FullPath);
        };
        _watcher.Created += (_, e) =>
        {
            OnListEvent(e.FullPath);
            OnEvent(e.FullPath);
        };
        _watcher.Deleted += (_, e) => OnListEvent(e.FullPath);
        _watcher.Renamed += (_, e) =>
        {
            // A canvas edit's temporary file renamed over its document changes no file list.
            if (!e.OldFullPath.Contains(AtomicFile.TemporaryMarker, StringComparison.Ordinal))
                OnListEvent(e.FullPath);
            OnEvent(e.FullPath);
        };
        // Events were lost (the kernel's queue overflowed): the list may have changed.
        _watcher.Error += (_, _) => workspace.FileListChanged();
        _watcher.EnableRaisingEvents = true;
        workspace.FileListFollowed = true;
    }

    public void Dispose()
    {
        _workspace.FileListFollowed = false;
        _watcher.Dispose();
        foreach (var source in _pending.Values)
            source.Cancel();
    }

    private void OnListEvent(string fullPath)
    {
        if (!fullPath.Contains(AtomicFile.TemporaryMarker, StringComparison.Ordinal))
            _workspace.FileListChanged();
    }

    private void OnEvent(string fullPath)
    {
        if (fullPath.Contains(AtomicFile.TemporaryMarker, StringComparison.Ordinal) || !ProjectScanner.IsSourceFile(fullPath))
            return;
        var path = _workspace.Files.ToRelativePath(fullPath);
        if (path.StartsWith("..", StringComparison.Ordinal) || ProjectScanner.IsExcluded(_workspace.Files.Root, path))
            return;
        var source = new CancellationTokenSource();
        if (_pending.TryRemove(path, out var previous))
            previous.Cancel();
        _pending[path] = source;
        _ = ReloadLaterAsync(path, source);
    }

    private bool IsEmpty(string path)
    {
        var file = new FileInfo(_workspace.Files.ToFullPath(path));
        return file.Exists && file.Length == 0;
    }

    private async Task ReloadLaterAsync(string path, CancellationTokenSource source)
    {
        try
        {
            await Task.Delay(Settle, source.Token);
            if (IsEmpty(path))
                await Task.Delay(EmptySettle, source.Token);
            _pending.TryRemove(new KeyValuePair<string, CancellationTokenSource>(path, source));
            await _workspace.ReloadFromDiskAsync(path);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
