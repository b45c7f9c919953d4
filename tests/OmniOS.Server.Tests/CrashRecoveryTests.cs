using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using OmniOS.Server.Tests.Harness;
using OmniOS.Syntax;
using Xunit.Abstractions;

namespace OmniOS.Server.Tests;

/// <summary>
/// `omnios serve` killed with SIGKILL in the middle of a stream of canvas commands, then restarted on
/// the same folder: no file is half-written, no acknowledged command is lost, nothing is applied
/// twice, and the journal has nothing left pending.
/// </summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output)
{
    private const string Hero = "components/Hero.tsx";
    private const string TaglineId = "components/Hero.tsx#Hero/0/0/0";
    private const string TaglineText = "New: team workspaces";
    private const int Rounds = 5;

    [Fact]
    public async Task Killing_serve_mid_stream_never_loses_an_acknowledged_edit_nor_leaves_a_half_written_file()
    {
        using var workspace = new ExampleWorkspace();
        var original = workspace.Read(Hero);
        Assert.Contains(TaglineText, original, StringComparison.Ordinal);
        var seed = Environment.TickCount;
        var random = new Random(seed);
        output.WriteLine($"seed {seed}");

        var acknowledged = (Number: 0, Text: original);
        (int Number, string Text)? inFlight = null;
        var acknowledgedCount = 0;
        var tookEffect = 0;
        var next = 0;
        for (var round = 0; round <= Rounds; round++)
        {
            using var serve = OmniosProcess.Start("serve", workspace.Root);
            var url = await ReadCanvasUrlAsync(serve);
            var context = $"round {round} (seed {seed}), last acknowledged #{acknowledged.Number}, in flight #{inFlight?.Number}";

            // What the restart found on disk: the acknowledged text, or the in-flight one, whole.
            var text = workspace.Read(Hero);
            if (inFlight is { } flying && text == flying.Text)
            {
                output.WriteLine($"round {round}: the restart found the in-flight command #{flying.Number} in place");
                acknowledged = flying;
                tookEffect++;
            }
            else
            {
                Assert.True(text == acknowledged.Text, $"{context}: the file is neither the acknowledged nor the in-flight text:\n{text}");
                if (inFlight is not null)
                    output.WriteLine($"round {round}: the restart found the last acknowledged command #{acknowledged.Number} in place");
            }
            inFlight = null;
            AssertRecovered(workspace, acknowledgedCount + tookEffect, context);
            if (round == Rounds)
                break;
            foreach (var line in serve.Stderr.Split('\n').Where(l => l.Contains("recovery", StringComparison.Ordinal)))
                output.WriteLine($"round {round}: {line.Trim()}");

            await using var socket = await serve.Within(RpcSocket.ConnectAsync(new Uri($"ws://127.0.0.1:{url.Port}/canvas{url.Query}")), "the canvas WebSocket");
            var model = await serve.Within(socket.CallAsync("openDocument", new JsonObject { ["path"] = Hero }), "openDocument");
            var tagline = ModelJson.Element(model, TaglineId);
            Assert.Equal(acknowledged.Number == 0 ? TaglineText : $"Update {acknowledged.Number}", tagline.GetProperty("text").GetString());
            var at = tagline.GetProperty("start").GetInt32();

            var killAfter = random.Next(1, 10);
            var durations = new List<TimeSpan>();
            for (var sent = 1; ; sent++)
            {
                var number = ++next;
                var expected = original.Replace(TaglineText, $"Update {number}", StringComparison.Ordinal);
                var started = Stopwatch.GetTimestamp();
                var answer = socket.RequestAsync("applyCommand", new JsonObject
                {
                    ["path"] = Hero,
                    ["command"] = new JsonObject { ["op"] = "setText", ["at"] = at, ["text"] = $"Update {number}" },
                });
                if (sent > killAfter)
                {
                    // Somewhere between "just sent" and "about done": a random part of a typical command's time.
                    var typical = durations.Order().ElementAt(durations.Count / 2);
                    var wait = typical * random.NextDouble() * 1.5;
                    while (Stopwatch.GetElapsedTime(started) < wait)
                        Thread.SpinWait(50);
                    serve.Kill();
                    inFlight = (number, expected);
                    output.WriteLine($"round {round}: killed {wait.TotalMilliseconds:0.0} ms into command #{number} (typical {typical.TotalMilliseconds:0.0} ms)");
                    break;
                }
                var result = (await serve.Within(answer, $"the answer to command #{number}")).GetProperty("result");
                Assert.True(result.GetProperty("applied").GetBoolean(), $"{context}: #{number} was refused: {result}");
                durations.Add(Stopwatch.GetElapsedTime(started));
                acknowledged = (number, expected);
                acknowledgedCount++;
                // Acknowledged means on disk, whole.
                Assert.Equal(expected, workspace.Read(Hero));
            }
        }
    }

    private static async Task<Uri> ReadCanvasUrlAsync(OmniosProcess serve)
    {
        const string prefix = "OmniOS canvas: ";
        while (true)
        {
            var line = await serve.Within(serve.Process.StandardOutput.ReadLineAsync(), "the line 'OmniOS canvas: URL'")
                ?? throw new InvalidOperationException($"serve ended without printing its URL. Stderr:\n{serve.Stderr}");
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                var url = new Uri(line[prefix.Length..]);
                Assert.Equal("127.0.0.1", url.Host);
                Assert.Matches("^\\?token=[0-9A-Za-z_-]+$", url.Query);
                return url;
            }
        }
    }

    private static void AssertRecovered(ExampleWorkspace workspace, int committedCommands, string context)
    {
        var leftovers = Directory.EnumerateFiles(workspace.Root, "*", SearchOption.AllDirectories).Where(f => f.Contains(".omnios-tmp-", StringComparison.Ordinal)).ToList();
        Assert.True(leftovers.Count == 0, $"{context}: temporary files remain: {string.Join(", ", leftovers)}");
        var text = workspace.Read(Hero);
        var diagnostics = SyntaxTree.Parse(text, Hero).Diagnostics;
        Assert.True(diagnostics.Count == 0, $"{context}: the file does not parse: {string.Join("; ", diagnostics.Select(d => d.Message))}");

        var database = Path.Combine(workspace.Root, ".omnios", "omnios.db");
        if (committedCommands == 0 && !File.Exists(database))
            return;
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT state, count(*) FROM journal GROUP BY state;";
        using var reader = command.ExecuteReader();
        var states = new Dictionary<string, long>();
        while (reader.Read())
            states[reader.GetString(0)] = reader.GetInt64(1);
        Assert.True(!states.ContainsKey("pending"), $"{context}: the journal still has {states.GetValueOrDefault("pending")} pending entries after the restart.");
        Assert.True(!states.ContainsKey("abandoned"), $"{context}: the journal abandoned {states.GetValueOrDefault("abandoned")} entries; nothing else touched the file.");
        // Each command that took effect is journaled once, as done: none lost, none applied twice.
        Assert.Equal(committedCommands, states.GetValueOrDefault("done"));
    }
}
