using System.Text;
using System.Text.Json;
using OmniOS.Server.Tests.Harness;

namespace OmniOS.Server.Tests.Lsp;

/// <summary>The base protocol at the byte level: frames written by hand, for what a well-behaved client library cannot send.</summary>
public sealed class LspFramingTests : IDisposable
{
    private readonly ExampleWorkspace _workspace = new();
    private readonly OmniosProcess _server = OmniosProcess.Start("lsp", "--stdio");

    public void Dispose()
    {
        _server.Dispose();
        _workspace.Dispose();
    }

    [Fact]
    public async Task Malformed_json_in_a_frame_gets_a_parse_error_32700_and_the_server_keeps_serving()
    {
        await SendAsync("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":\"" + new Uri(_workspace.Root).AbsoluteUri + "\",\"capabilities\":{}}}");
        Assert.Equal(1, (await ReadAsync()).GetProperty("id").GetInt32());

        await SendAsync("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":"); // cut off
        var parseError = await ReadAsync();

        Assert.Equal(-32700, parseError.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(JsonValueKind.Null, parseError.GetProperty("id").ValueKind);

        await SendAsync("[1, 2"); // not even a complete array
        Assert.Equal(-32700, (await ReadAsync()).GetProperty("error").GetProperty("code").GetInt32());

        await SendAsync("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"textDocument/documentSymbol\",\"params\":{\"textDocument\":{\"uri\":\"" + new Uri(Path.Combine(_workspace.Root, "components", "Hero.tsx")).AbsoluteUri + "\"}}}");
        var answer = await ReadAsync();
        Assert.Equal(3, answer.GetProperty("id").GetInt32());
        Assert.Equal("Hero", answer.GetProperty("result")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_frame_whose_body_is_not_utf8_json_and_a_frame_with_extra_headers_are_handled_one_by_one()
    {
        var input = _server.Process.StandardInput.BaseStream;
        await input.WriteAsync(Encoding.ASCII.GetBytes("Content-Length: 3\r\n\r\n"));
        await input.WriteAsync(new byte[] { 0xff, 0xfe, 0x00 });
        await input.FlushAsync();
        Assert.Equal(-32700, (await ReadAsync()).GetProperty("error").GetProperty("code").GetInt32());

        var body = Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"id\":\"é\",\"method\":\"shutdown\"}");
        await input.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n"));
        await input.WriteAsync(body);
        await input.FlushAsync();

        var answer = await ReadAsync();
        Assert.Equal("é", answer.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("result").ValueKind);
    }

    [Fact]
    public async Task A_request_cancelled_while_it_waits_behind_an_edit_is_answered_with_32800()
    {
        var uri = new Uri(Path.Combine(_workspace.Root, "components", "Hero.tsx")).AbsoluteUri;
        var text = File.ReadAllText(Path.Combine(_workspace.Root, "components", "Hero.tsx"));
        await SendAsync("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":\"" + new Uri(_workspace.Root).AbsoluteUri + "\",\"capabilities\":{}}}");
        await ReadAsync();
        await SendAsync(JsonSerializer.Serialize(new { jsonrpc = "2.0", method = "textDocument/didOpen", @params = new { textDocument = new { uri, languageId = "typescriptreact", version = 1, text } } }));
        await SendAsync(JsonSerializer.Serialize(new { jsonrpc = "2.0", id = 2, method = "omnios/applyCommand", @params = new { textDocument = new { uri, version = 1 }, command = new { op = "setText", at = text.IndexOf("<h1", StringComparison.Ordinal), text = "Held" } } }));

        // The server asks us to apply the edit; we hold the answer, so the command stays in progress.
        var applyEdit = await ReadAsync();
        Assert.Equal("workspace/applyEdit", applyEdit.GetProperty("method").GetString());
        await SendAsync(JsonSerializer.Serialize(new { jsonrpc = "2.0", id = 3, method = "textDocument/documentSymbol", @params = new { textDocument = new { uri } } }));
        await SendAsync(JsonSerializer.Serialize(new { jsonrpc = "2.0", method = "$/cancelRequest", @params = new { id = 3 } }));
        await SendAsync("{\"jsonrpc\":\"2.0\",\"id\":" + applyEdit.GetProperty("id").GetRawText() + ",\"result\":{\"applied\":false,\"failureReason\":\"held\"}}");

        var answers = new Dictionary<int, JsonElement>();
        while (answers.Count < 2)
        {
            var answer = await ReadAsync();
            answers[answer.GetProperty("id").GetInt32()] = answer;
        }
        Assert.False(answers[2].GetProperty("result").GetProperty("applied").GetBoolean());
        Assert.Equal(-32800, answers[3].GetProperty("error").GetProperty("code").GetInt32());
    }

    private async Task SendAsync(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var input = _server.Process.StandardInput.BaseStream;
        await input.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
        await input.WriteAsync(body);
        await input.FlushAsync();
    }

    /// <summary>The next framed message from the server (notifications such as diagnostics are skipped).</summary>
    private async Task<JsonElement> ReadAsync()
    {
        while (true)
        {
            var message = await _server.Within(ReadFrameAsync(), "a framed message from the server");
            if (message.TryGetProperty("id", out _))
                return message;
        }
    }

    private async Task<JsonElement> ReadFrameAsync()
    {
        var output = _server.Process.StandardOutput.BaseStream;
        int? length = null;
        while (true)
        {
            var line = await ReadLineAsync(output);
            if (line.Length == 0)
                break;
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                length = int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        }
        var body = new byte[length ?? throw new InvalidDataException("A frame without Content-Length.")];
        await output.ReadExactlyAsync(body);
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    private static async Task<string> ReadLineAsync(Stream stream)
    {
        var line = new StringBuilder();
        var one = new byte[1];
        while (true)
        {
            await stream.ReadExactlyAsync(one);
            if (one[0] == '\n')
                return line.ToString().TrimEnd('\r');
            line.Append((char)one[0]);
        }
    }
}
