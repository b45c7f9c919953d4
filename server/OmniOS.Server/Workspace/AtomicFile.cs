using System.Runtime.InteropServices;

namespace OmniOS.Server.Workspace;

/// <summary>
/// Replaces a file's content so that at every moment the file holds either all of the old bytes
/// or all of the new: a temporary file in the same folder, flushed to disk, renamed over the
/// original (keeping its permissions), then the folder synced. No temporary file is left behind.
/// </summary>
public static partial class AtomicFile
{
    /// <summary>Temporary files are named with this infix, so a crash's leftovers can be recognised and removed.</summary>
    public const string TemporaryMarker = ".omnios-tmp-";

    public static void Write(string path, byte[] content)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temporary = Path.Combine(directory, "." + Path.GetFileName(path) + TemporaryMarker + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }
            if (!OperatingSystem.IsWindows() && File.Exists(path))
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(path));
            File.Move(temporary, path, overwrite: true);
            SyncDirectory(directory);
        }
        finally
        {
            if (File.Exists(temporary))
                File.Delete(temporary);
        }
    }

    /// <summary>Removes temporary files a crash left in the folders under <paramref name="root"/> (node_modules and dot-folders skipped).</summary>
    public static int RemoveLeftovers(string root)
    {
        var removed = 0;
        var stack = new Stack<string>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var directory = stack.Pop();
            try
            {
                foreach (var file in Directory.EnumerateFiles(directory, "*" + TemporaryMarker + "*"))
                {
                    File.Delete(file);
                    removed++;
                }
                foreach (var child in Directory.EnumerateDirectories(directory))
                {
                    var name = Path.GetFileName(child);
                    if (name != "node_modules" && !name.StartsWith('.'))
                        stack.Push(child);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }
        return removed;
    }

    private static void SyncDirectory(string directory)
    {
        if (OperatingSystem.IsWindows())
            return;
        var fd = Open(directory, 0);
        if (fd < 0)
            return;
        try
        {
            Fsync(fd);
        }
        finally
        {
            Close(fd);
        }
    }

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync")]
    private static partial int Fsync(int fd);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);
}
