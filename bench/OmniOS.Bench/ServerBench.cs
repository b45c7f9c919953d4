using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using OmniOS.Design.Deltas;
using OmniOS.Server.Canvas;
using OmniOS.Server.Engine;
using OmniOS.Server.Workspace;
using OmniOS.Syntax;

namespace OmniOS.Bench;

/// <summary>
/// The server's own figures: a keystroke in a large open file to the documentChanged message ready
/// to send (in process: the edit, the re-parse, the model, the deltas, the JSON), and a real
/// `omnios serve` process's start to its first model served, and its memory when idle.
/// </summary>
public static class ServerBench
{
    public static int Keystroke(string file, TextWriter output)
    {
        var directory = Directory.CreateTempSubdirectory("omnios-bench-").FullName;
        try
        {
            var name = Path.GetFileName(file);
            File.Copy(file, Path.Combine(directory, name));
            var workspace = new DesignWorkspace(new WorkspaceFiles(directory), new NoWrites());
            var text = SourceFile.Decode(File.ReadAllBytes(file), out _);
            workspace.OpenFromEditorAsync(name, text).GetAwaiter().GetResult();
            var document = workspace.TryGet(name)!;
            var points = document.Tree.Root.DescendantTokens().Where(t => t.Kind == SyntaxKind.JsxTextToken && t.Span.Length > 4).Select(t => t.Span.Start + 2).ToArray();
            var next = 0;
            var sent = document.LastGoodModel;
            // Type a character and take it back, in turn: the text stays valid and the points stay put.
            var median = Measure.MedianMilliseconds(() =>
            {
                var position = points[next / 2 % points.Length];
                var change = next++ % 2 == 0 ? new TextChange(new TextSpan(position, 0), "x") : new TextChange(new TextSpan(position, 1), "");
                workspace.ChangeFromEditorAsync(name, [change]).GetAwaiter().GetResult();
                var current = workspace.TryGet(name)!;
                var deltas = ModelDiff.Compute(sent, current.LastGoodModel);
                sent = current.LastGoodModel;
                _ = CanvasProtocol.DocumentChanged(name, current.Version, deltas, current.Tree.Diagnostics).ToJsonString();
            }, passes: 300);
            output.WriteLine($"keystroke: median {median:0.000} ms from the editor's change to documentChanged ready to send ({new LineMap(text).LineCount} lines, {points.Length} edit points)");
            return 0;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    public static int Start(string omniosDll, string project, TextWriter output)
    {
        var copy = Directory.CreateTempSubdirectory("omnios-bench-").FullName;
        foreach (var source in Directory.EnumerateFiles(project, "*", SearchOption.AllDirectories).Where(f => !f.Contains("/.omnios/", StringComparison.Ordinal)))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(project, source));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(new ProcessStartInfo("dotnet", [omniosDll, "serve", copy]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        try
        {
            var line = process.StandardOutput.ReadLine() ?? throw new InvalidOperationException("omnios serve printed nothing: " + process.StandardError.ReadToEnd());
            var url = new Uri(line["OmniOS canvas: ".Length..]);
            var listening = clock.Elapsed.TotalMilliseconds;
            var listeningCpu = CpuMilliseconds(process.Id);
            using var socket = new ClientWebSocket();
            socket.ConnectAsync(new Uri($"ws://{url.Authority}/canvas{url.Query}"), CancellationToken.None).GetAwaiter().GetResult();
            Send(socket, """{"jsonrpc":"2.0","id":1,"method":"listDocuments"}""");
            var main = JsonDocument.Parse(Receive(socket)).RootElement.GetProperty("result")[0].GetProperty("path").GetString();
            Send(socket, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"openDocument\",\"params\":{\"path\":" + JsonSerializer.Serialize(main) + "}}");
            Receive(socket);
            var firstModel = clock.Elapsed.TotalMilliseconds;
            var firstModelCpu = CpuMilliseconds(process.Id);
            Thread.Sleep(3000);
            var rss = File.ReadAllLines($"/proc/{process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            output.WriteLine($"server: listening after {listening:0} ms (CPU {listeningCpu:0} ms), first model served after {firstModel:0} ms (CPU {firstModelCpu:0} ms); "
                + $"idle {rss.Replace("VmRSS:", "resident memory", StringComparison.Ordinal).Trim()} (CPU {CpuMilliseconds(process.Id):0} ms by then)");
            return 0;
        }
        finally
        {
            process.Kill();
            process.WaitForExit();
            Directory.Delete(copy, recursive: true);
        }
    }

    /// <summary>A process's CPU time so far (user + system, all threads), from /proc: steadier than the wall clock on a shared machine.</summary>
    private static double CpuMilliseconds(int pid)
    {
        var fields = File.ReadAllText($"/proc/{pid}/stat").Split(") ")[1].Split(' ');
        // utime and stime, in clock ticks (USER_HZ, 100 on Linux).
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * 10.0;
    }

    private static void Send(ClientWebSocket socket, string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None).GetAwaiter().GetResult();

    private static string Receive(ClientWebSocket socket)
    {
        var buffer = new byte[1 << 20];
        var stream = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = socket.ReceiveAsync(buffer, CancellationToken.None).GetAwaiter().GetResult();
            stream.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The editor's side of a change is not what is measured here.</summary>
    private sealed class NoWrites : IChangeWriter
    {
        public Task<string?> WriteAsync(OmniOS.Design.Documents.DesignDocument document, OmniOS.Design.Documents.PreparedChange change, CancellationToken cancellationToken) =>
            Task.FromResult<string?>(null);
    }
}
