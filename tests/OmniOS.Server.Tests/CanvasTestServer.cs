using OmniOS.Server.Canvas;
using OmniOS.Server.Engine;
using OmniOS.Server.Workspace;
using OmniOS.Storage;

namespace OmniOS.Server.Tests;

/// <summary>
/// A canvas server in this process on a temporary copy of the example project, in standalone mode
/// (journaled disk writes, disk watching), as `omnios serve` runs it.
/// </summary>
public sealed class CanvasTestServer : IAsyncDisposable
{
    private readonly CommandJournal _journal;
    private readonly DiskWatcher _watcher;

    private CanvasTestServer(string root, CommandJournal journal, DesignWorkspace workspace, CanvasServer server)
    {
        Root = root;
        _journal = journal;
        Workspace = workspace;
        Server = server;
        _watcher = new DiskWatcher(workspace);
    }

    public string Root { get; }

    public DesignWorkspace Workspace { get; }

    public CanvasServer Server { get; }

    public CommandJournal Journal => _journal;

    public static async Task<CanvasTestServer> StartAsync(Action<string>? prepare = null)
    {
        var root = Directory.CreateTempSubdirectory("omnios-canvas-").FullName;
        CopyDirectory(Path.Combine(RepositoryRoot(), "examples", "landing-page"), root);
        prepare?.Invoke(root);
        var files = new WorkspaceFiles(root);
        var journal = CommandJournal.Open(Path.Combine(root, ".omnios", "omnios.db"));
        var workspace = new DesignWorkspace(files, new DiskWriter(files, journal));
        var server = await CanvasServer.StartAsync(workspace);
        return new CanvasTestServer(root, journal, workspace, server);
    }

    public Uri SocketUri(string? token = null) => new($"ws://127.0.0.1:{Server.Port}/canvas?token={token ?? Server.Access.Token}");

    public string FilePath(string relative) => Path.Combine(Root, relative);

    public async ValueTask DisposeAsync()
    {
        _watcher.Dispose();
        await Server.DisposeAsync();
        _journal.Dispose();
        Directory.Delete(Root, recursive: true);
    }

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OmniOS.Ide.sln")))
                return directory.FullName;
        }
        throw new InvalidOperationException("OmniOS.Ide.sln not found");
    }

    private static void CopyDirectory(string source, string target)
    {
        foreach (var directory in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(directory.Replace(source, target, StringComparison.Ordinal));
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            File.Copy(file, file.Replace(source, target, StringComparison.Ordinal));
    }
}
