using System.Diagnostics;
using System.Runtime.InteropServices;
using OmniOS.Server.Canvas;
using OmniOS.Server.Engine;
using OmniOS.Server.Workspace;
using OmniOS.Storage;

namespace OmniOS.Server.Cli;

/// <summary>
/// `omnios serve DIR [--port N] [--open]`: the canvas server without an editor. Canvas edits are
/// journaled and written to the files atomically; edits made on disk reach the canvas.
/// </summary>
public static class ServeVerb
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        string? directory = null;
        var port = 0;
        var open = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--port" when i + 1 < args.Length && int.TryParse(args[i + 1], out var p) && p is >= 0 and <= 65535:
                    port = p;
                    i++;
                    break;
                case "--open":
                    open = true;
                    break;
                default:
                    if (args[i].StartsWith('-') || directory is not null)
                    {
                        error.WriteLine("usage: omnios serve DIR [--port N] [--open]");
                        return 64;
                    }
                    directory = args[i];
                    break;
            }
        }
        if (directory is null || !Directory.Exists(directory))
        {
            error.WriteLine(directory is null ? "usage: omnios serve DIR [--port N] [--open]" : $"omnios: no folder {directory}");
            return directory is null ? 64 : 2;
        }
        return RunAsync(Path.GetFullPath(directory), port, open, output, error).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(string directory, int port, bool open, TextWriter output, TextWriter error)
    {
        var files = new WorkspaceFiles(directory);
        var stateDirectory = Path.Combine(directory, ".omnios");
        Directory.CreateDirectory(stateDirectory);
        var ignore = Path.Combine(stateDirectory, ".gitignore");
        if (!File.Exists(ignore))
            File.WriteAllText(ignore, "# Machine-local OmniOS state; never committed.\n*\n");
        using var journal = CommandJournal.Open(Path.Combine(stateDirectory, "omnios.db"));
        foreach (var line in DiskWriter.Recover(files, journal))
            error.WriteLine($"omnios: recovery: {line}");

        var workspace = new DesignWorkspace(files, new DiskWriter(files, journal));
        // The inspector's theme is read once the first canvas has its document, before the inspector asks for it.
        workspace.Styles.ReadInBackground(message => error.WriteLine($"omnios: {message}"));
        await using var server = await CanvasServer.StartAsync(workspace, port, CanvasApp.FindRoot(), message => error.WriteLine($"omnios: {message}"));
        using var watcher = new DiskWatcher(workspace);
        output.WriteLine($"OmniOS canvas: {server.Url}");
        output.Flush();
        if (open)
            TryOpenBrowser(server.Url, error);

        // Ctrl+C or SIGTERM: stop serving and exit cleanly (the journal is consistent at every moment anyway).
        var stop = new TaskCompletionSource();
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.TrySetResult();
        }
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        await stop.Task;
        return 0;
    }

    private static void TryOpenBrowser(string url, TextWriter error)
    {
        try
        {
            Process.Start(new ProcessStartInfo(OperatingSystem.IsMacOS() ? "open" : OperatingSystem.IsWindows() ? "explorer" : "xdg-open", url) { UseShellExecute = false });
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            error.WriteLine($"omnios: could not open a browser ({e.Message}); open the URL above.");
        }
    }
}
