using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using OmniOS.Server.JsonRpc;
using OmniOS.Server.Lsp;

namespace OmniOS.Bench;

/// <summary>
/// The language server's time for the Tailwind editor features: from a request handed to the server to its answer
/// handed back for writing (JSON read, dispatch, the class string and class under the position, the lookup, the
/// answer's JSON), in process, with the real <see cref="LanguageServer"/> on a copy of a project.
/// </summary>
public static class LspBench
{
    private const int Passes = 500;

    public static int Run(string project, TextWriter output)
    {
        var copy = Directory.CreateTempSubdirectory("omnios-bench-").FullName;
        try
        {
            foreach (var source in Directory.EnumerateFiles(project, "*", SearchOption.AllDirectories).Where(f => !f.Contains("/node_modules/", StringComparison.Ordinal) && !f.Contains("/.omnios/", StringComparison.Ordinal)))
            {
                var target = Path.Combine(copy, Path.GetRelativePath(project, source));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(source, target);
            }
            var transport = new MemoryTransport();
            var server = new LanguageServer(transport, TextWriter.Null);
            var running = server.RunAsync(CancellationToken.None);
            var root = new Uri(copy).AbsoluteUri;
            var clock = Stopwatch.StartNew();
            transport.Call("initialize", new JsonObject
            {
                ["rootUri"] = root,
                ["capabilities"] = new JsonObject
                {
                    ["textDocument"] = new JsonObject { ["completion"] = new JsonObject { ["completionItem"] = new JsonObject { ["insertReplaceSupport"] = true, ["documentationFormat"] = new JsonArray("markdown") } } },
                },
            });
            transport.Notify("initialized", new JsonObject());

            // A large file of classes never looked up before: each hover in the cold run is on a new one.
            var big = new StringBuilder("export function Big() {\n  return (\n    <div>\n");
            for (var line = 0; line < 2000; line++)
                big.Append(CultureInfo.InvariantCulture, $"      <p className=\"flex p-[{line}px] md:hover:bg-[#{line:x6}] text-slate-700 mt-[{line}.5px]\">{line}</p>\n");
            big.Append("    </div>\n  );\n}\n");
            var bigText = big.ToString();
            var hero = File.ReadAllText(Path.Combine(copy, "components", "Hero.tsx"));
            var heroUri = Open(transport, copy, "components/Hero.tsx", hero);
            var bigUri = Open(transport, copy, "components/Big.tsx", bigText);
            var typing = "export const A = () => <p className=\"flex md:hover:bg-bra \" />;\n";
            var typingUri = Open(transport, copy, "components/Typing.tsx", typing);

            // The first hover after start waits for the theme (built in the background after `initialized`).
            var first = transport.Call("textDocument/hover", Position(heroUri, hero, hero.IndexOf("bg-brand-500", StringComparison.Ordinal) + 3));
            var firstHover = clock.Elapsed.TotalMilliseconds;

            var hoverCached = Median(_ => transport.Call("textDocument/hover", Position(heroUri, hero, hero.IndexOf("hover:bg-brand-600", StringComparison.Ordinal) + 8)));
            // Each pass types a class never seen before into a small file and hovers it (typing again before the
            // debounced diagnostics would look the class up).
            var freshUri = Open(transport, copy, "components/Fresh.tsx", "export const A = () => <p />;\n");
            var hoverCold = Median(i =>
            {
                var fresh = string.Create(CultureInfo.InvariantCulture, $"export const A = () => <p className=\"flex md:hover:p-[{i}.25px]\" />;\n");
                transport.Notify("textDocument/didChange", new JsonObject
                {
                    ["textDocument"] = new JsonObject { ["uri"] = freshUri, ["version"] = i + 2 },
                    ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = fresh }),
                });
                return transport.Call("textDocument/hover", Position(freshUri, fresh, fresh.IndexOf("p-[", StringComparison.Ordinal)));
            }, warmUp: 100, passes: 1000);
            var hoverBig = Median(_ => transport.Call("textDocument/hover", Position(bigUri, bigText, bigText.LastIndexOf("text-slate-700", StringComparison.Ordinal) + 3)));
            var completeVariant = Median(_ => transport.Call("textDocument/completion", Position(typingUri, typing, typing.IndexOf("bg-bra", StringComparison.Ordinal) + 6)));
            var completeEmpty = Median(_ => transport.Call("textDocument/completion", Position(typingUri, typing, typing.IndexOf("bg-bra ", StringComparison.Ordinal) + 7)));
            var completeBig = Median(_ => transport.Call("textDocument/completion", Position(bigUri, bigText, bigText.LastIndexOf("text-slate-700", StringComparison.Ordinal) + 6)));
            var resolve = Median(_ => transport.Call("completionItem/resolve", new JsonObject { ["label"] = "p-4", ["kind"] = 21, ["data"] = new JsonObject { ["class"] = "p-4" } }));
            var colorsHero = Median(_ => transport.Call("textDocument/documentColor", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = heroUri } }));
            var colorsBig = Median(_ => transport.Call("textDocument/documentColor", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = bigUri } }), passes: 50);

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                lsp: server time from request in to response out, median of {Passes} unless said (Hero.tsx: {hero.Split('\n').Length} lines; Big.tsx: {bigText.Split('\n').Length} lines, 10,000 classes)
                  first hover after start (theme and tables built in the background): {firstHover:F0} ms from start to its answer ({first.Duration:F1} ms server time)
                  hover, class looked up before (Hero.tsx):        {hoverCached:F3} ms
                  hover, class never looked up (n=1000):           {hoverCold:F3} ms
                  hover, class looked up before (Big.tsx):         {hoverBig:F3} ms
                  completion of md:hover:bg-bra:                   {completeVariant:F3} ms
                  completion with nothing typed (150 items):       {completeEmpty:F3} ms
                  completion in Big.tsx (text-s…):                 {completeBig:F3} ms
                  completionItem/resolve:                          {resolve:F3} ms
                  documentColor, Hero.tsx:                         {colorsHero:F3} ms
                  documentColor, Big.tsx (n=50):                   {colorsBig:F3} ms
                """));
            transport.Close();
            running.GetAwaiter().GetResult();
            return 0;
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private static string Open(MemoryTransport transport, string root, string relative, string text)
    {
        var uri = new Uri(Path.Combine(root, relative)).AbsoluteUri;
        transport.Notify("textDocument/didOpen", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "typescriptreact", ["version"] = 1, ["text"] = text } });
        return uri;
    }

    private static JsonObject Position(string uri, string text, int offset)
    {
        var before = text.AsSpan(0, offset);
        var line = before.Count('\n');
        var character = offset - (before.LastIndexOf('\n') + 1);
        return new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri }, ["position"] = new JsonObject { ["line"] = line, ["character"] = character } };
    }

    /// <summary>The median server time of <paramref name="call"/> (given the pass number) after <paramref name="warmUp"/> untimed calls.</summary>
    private static double Median(Func<int, (string Answer, double Duration)> call, int warmUp = 2000, int passes = Passes)
    {
        for (var i = 0; i < warmUp; i++)
            call(i);
        var times = new double[passes];
        for (var i = 0; i < passes; i++)
            times[i] = call(warmUp + i).Duration;
        Array.Sort(times);
        return times[passes / 2];
    }

    /// <summary>
    /// Messages in memory: a request is timed from the moment it is handed to the server to the moment the server hands
    /// its answer back for writing. Whatever else the server sends (diagnostics, requests of its own) is dropped.
    /// </summary>
    private sealed class MemoryTransport : IMessageTransport
    {
        private readonly Channel<string> _incoming = Channel.CreateUnbounded<string>();
        private readonly ConcurrentDictionary<int, TaskCompletionSource<(string, long)>> _answers = new();
        private int _nextId;

        public async ValueTask<string?> ReadAsync(CancellationToken cancellationToken) =>
            await _incoming.Reader.WaitToReadAsync(cancellationToken) && _incoming.Reader.TryRead(out var message) ? message : null;

        public ValueTask WriteAsync(string message, CancellationToken cancellationToken)
        {
            var written = Stopwatch.GetTimestamp();
            using var json = JsonDocument.Parse(message);
            if (!json.RootElement.TryGetProperty("method", out _) && json.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Number
                && _answers.TryRemove(id.GetInt32(), out var answer))
                answer.TrySetResult((message, written));
            return ValueTask.CompletedTask;
        }

        public (string Answer, double Duration) Call(string method, JsonObject parameters)
        {
            var id = Interlocked.Increment(ref _nextId);
            var answer = new TaskCompletionSource<(string, long)>(TaskCreationOptions.RunContinuationsAsynchronously);
            _answers[id] = answer;
            var message = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters }.ToJsonString();
            var sent = Stopwatch.GetTimestamp();
            _incoming.Writer.TryWrite(message);
            var (text, written) = answer.Task.GetAwaiter().GetResult();
            if (text.Contains("\"error\"", StringComparison.Ordinal) && JsonDocument.Parse(text).RootElement.TryGetProperty("error", out var error))
                throw new InvalidOperationException($"{method} failed: {error}");
            return (text, Stopwatch.GetElapsedTime(sent, written).TotalMilliseconds);
        }

        public void Notify(string method, JsonObject parameters) =>
            _incoming.Writer.TryWrite(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters }.ToJsonString());

        public void Close() => _incoming.Writer.Complete();
    }
}
