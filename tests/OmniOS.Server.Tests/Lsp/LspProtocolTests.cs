using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using OmniOS.Server.Tests.Harness;
using StreamJsonRpc;

namespace OmniOS.Server.Tests.Lsp;

/// <summary>
/// The language server as an editor sees it: the real `omnios lsp --stdio` process, driven by an
/// independent client (StreamJsonRpc), on a copy of the example project.
/// </summary>
public sealed class LspProtocolTests
{
    private const string Hero = "components/Hero.tsx";
    private const string HeroTitleId = "components/Hero.tsx#Hero/0/0/1";

    [Fact]
    public async Task Initialize_answers_with_incremental_sync_document_symbols_code_lenses_and_the_server_info()
    {
        await using var lsp = await LspClient.StartAsync();

        var capabilities = lsp.Initialized.GetProperty("capabilities");
        var sync = capabilities.GetProperty("textDocumentSync");
        Assert.True(sync.GetProperty("openClose").GetBoolean());
        Assert.Equal(2, sync.GetProperty("change").GetInt32()); // TextDocumentSyncKind.Incremental
        Assert.True(capabilities.GetProperty("documentSymbolProvider").GetBoolean());
        Assert.Equal(JsonValueKind.Object, capabilities.GetProperty("codeLensProvider").ValueKind);
        var serverInfo = lsp.Initialized.GetProperty("serverInfo");
        Assert.Equal("omnios", serverInfo.GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(serverInfo.GetProperty("version").GetString()));
    }

    [Fact]
    public async Task Opening_a_valid_tsx_file_publishes_an_empty_diagnostics_list()
    {
        await using var lsp = await LspClient.StartAsync();

        var uri = await lsp.OpenAsync(Hero);

        Assert.Empty((await lsp.DiagnosticsAsync(uri, 1)).EnumerateArray());
    }

    [Fact]
    public async Task An_img_without_alt_gets_warning_OMN3001_on_the_img_element()
    {
        await using var lsp = await LspClient.StartAsync();
        const string text = "export function Avatar() {\n  return <div>\n    <img src=\"/logo.svg\" />\n  </div>;\n}\n";

        var uri = await lsp.OpenAsync("components/Avatar.tsx", text);

        var diagnostic = Assert.Single((await lsp.DiagnosticsAsync(uri, 1)).EnumerateArray());
        Assert.Equal("OMN3001", diagnostic.GetProperty("code").GetString());
        Assert.Equal(2, diagnostic.GetProperty("severity").GetInt32()); // Warning
        Assert.Contains("alt", diagnostic.GetProperty("message").GetString());
        AssertPosition(2, 4, diagnostic.GetProperty("range").GetProperty("start"));
    }

    [Fact]
    public async Task A_syntax_error_typed_into_the_buffer_is_published_at_its_utf16_position_and_fixing_it_clears_it()
    {
        await using var lsp = await LspClient.StartAsync();
        var uri = await lsp.OpenAsync(Hero);
        Assert.Empty((await lsp.DiagnosticsAsync(uri, 1)).EnumerateArray());
        var text = lsp.Editor.Buffer(uri).Text;
        var start = text.IndexOf("New: team workspaces", StringComparison.Ordinal);
        // An emoji (two UTF-16 code units) before an unclosed <b> on the same line.
        const string typed = "😀 é <b>New";

        var broken = await lsp.ChangeAsync(uri, start, start + "New: team workspaces".Length, typed);

        var error = Assert.Single((await lsp.DiagnosticsAsync(uri, broken)).EnumerateArray());
        Assert.Equal(1, error.GetProperty("severity").GetInt32());
        Assert.Contains("<b>", error.GetProperty("message").GetString());
        var brokenText = lsp.Editor.Buffer(uri).Text;
        var (line, character) = TextPositions.PositionOf(brokenText, brokenText.IndexOf("<b>", StringComparison.Ordinal));
        Assert.Equal((7, 10 + 5), (line, character)); // 10 spaces of indent, then "😀 é " is 5 UTF-16 units
        AssertPosition(line, character, error.GetProperty("range").GetProperty("start"));

        var bAt = brokenText.IndexOf("<b>", StringComparison.Ordinal);
        var fixedVersion = await lsp.ChangeAsync(uri, bAt, bAt + 3, "");

        Assert.Empty((await lsp.DiagnosticsAsync(uri, fixedVersion)).EnumerateArray());
    }

    [Fact]
    public async Task Closing_a_buffer_with_an_error_clears_its_diagnostics_and_the_file_on_disk_is_the_truth_again()
    {
        await using var lsp = await LspClient.StartAsync();
        var uri = await lsp.OpenAsync(Hero);
        var text = lsp.Editor.Buffer(uri).Text;
        var at = text.IndexOf("</h1>", StringComparison.Ordinal);
        var broken = await lsp.ChangeAsync(uri, at, at + 5, "");
        Assert.NotEmpty((await lsp.DiagnosticsAsync(uri, broken)).EnumerateArray());

        await lsp.NotifyAsync("textDocument/didClose", TextDocument(uri));

        var cleared = await lsp.Server.Within(
            lsp.Editor.Diagnostics.FirstAsync(d => d.GetProperty("uri").GetString() == uri && !d.TryGetProperty("version", out _) && d.GetProperty("diagnostics").GetArrayLength() == 0),
            "the diagnostics of the closed file to be cleared");
        Assert.Equal(0, cleared.GetProperty("diagnostics").GetArrayLength());
        var model = await lsp.RequestAsync("omnios/designModel", TextDocument(uri));
        Assert.True(model.GetProperty("ok").GetBoolean());
        Assert.Equal("Plan, build & ship without the busywork", ModelJson.Element(model, HeroTitleId).GetProperty("text").GetString());
    }

    [Fact]
    public async Task DesignModel_returns_the_components_and_their_elements_with_ids_and_source_offsets()
    {
        await using var lsp = await LspClient.StartAsync();
        var uri = await lsp.OpenAsync(Hero);

        var model = await lsp.RequestAsync("omnios/designModel", TextDocument(uri));

        Assert.True(model.GetProperty("ok").GetBoolean());
        var component = Assert.Single(model.GetProperty("components").EnumerateArray());
        Assert.Equal("Hero", component.GetProperty("name").GetString());
        var section = component.GetProperty("roots")[0];
        Assert.Equal("components/Hero.tsx#Hero/0", section.GetProperty("id").GetString());
        Assert.Equal("section", section.GetProperty("name").GetString());
        var title = ModelJson.Element(model, HeroTitleId);
        Assert.Equal("h1", title.GetProperty("name").GetString());
        Assert.Equal("Plan, build & ship without the busywork", title.GetProperty("text").GetString());
        Assert.Equal(lsp.Editor.Buffer(uri).Text.IndexOf("<h1", StringComparison.Ordinal), title.GetProperty("start").GetInt32());
        Assert.Equal(10, ModelJson.Elements(model).Count());
    }

    [Fact]
    public async Task ApplyCommand_sends_workspace_applyEdit_whose_edit_gives_exactly_the_commanded_text()
    {
        await using var lsp = await LspClient.StartAsync();
        var uri = await lsp.OpenAsync(Hero);
        var original = lsp.Editor.Buffer(uri).Text;
        var at = original.IndexOf("<h1", StringComparison.Ordinal);

        var result = await lsp.RequestAsync("omnios/applyCommand", SetText(uri, 1, at, "Ship <faster> & calmer"));

        Assert.True(result.GetProperty("applied").GetBoolean(), result.ToString());
        var edit = Assert.Single(lsp.Editor.AppliedEdits.All);
        var documentChange = Assert.Single(edit.GetProperty("edit").GetProperty("documentChanges").EnumerateArray());
        Assert.Equal(uri, documentChange.GetProperty("textDocument").GetProperty("uri").GetString());
        Assert.Equal(1, documentChange.GetProperty("textDocument").GetProperty("version").GetInt32());
        var expected = original.Replace("Plan, build &amp; ship without the busywork", "Ship &lt;faster&gt; &amp; calmer", StringComparison.Ordinal);
        Assert.Equal((expected, 2), lsp.Editor.Buffer(uri));
    }

    [Fact]
    public async Task After_the_echoed_change_the_model_shows_the_new_text_and_undo_restores_the_original_bytes_exactly()
    {
        await using var lsp = await LspClient.StartAsync();
        var uri = await lsp.OpenAsync(Hero);
        var original = lsp.Editor.Buffer(uri).Text;
        var at = original.IndexOf("<h1", StringComparison.Ordinal);
        Assert.True((await lsp.RequestAsync("omnios/applyCommand", SetText(uri, 1, at, "Ship it"))).GetProperty("applied").GetBoolean());

        var model = await lsp.RequestAsync("omnios/designModel", TextDocument(uri));
        Assert.Equal("Ship it", ModelJson.Element(model, HeroTitleId).GetProperty("text").GetString());
        Assert.Equal(2, model.GetProperty("version").GetInt32());

        var undone = await lsp.RequestAsync("omnios/undo", TextDocument(uri));

        Assert.True(undone.GetProperty("applied").GetBoolean(), undone.ToString());
        Assert.Equal(2, lsp.Editor.AppliedEdits.All.Count);
        Assert.Equal((original, 3), lsp.Editor.Buffer(uri));
        model = await lsp.RequestAsync("omnios/designModel", TextDocument(uri));
        Assert.Equal("Plan, build & ship without the busywork", ModelJson.Element(model, HeroTitleId).GetProperty("text").GetString());

        var redone = await lsp.RequestAsync("omnios/redo", TextDocument(uri));

        Assert.True(redone.GetProperty("applied").GetBoolean(), redone.ToString());
        Assert.Equal(original.Replace("Plan, build &amp; ship without the busywork", "Ship it", StringComparison.Ordinal), lsp.Editor.Buffer(uri).Text);
    }

    [Fact]
    public async Task Typing_after_a_command_is_seen_by_the_next_command()
    {
        await using var lsp = await LspClient.StartAsync();
        var uri = await lsp.OpenAsync(Hero);
        var text = lsp.Editor.Buffer(uri).Text;
        Assert.True((await lsp.RequestAsync("omnios/applyCommand", SetText(uri, 1, text.IndexOf("<h1", StringComparison.Ordinal), "One"))).GetProperty("applied").GetBoolean());
        // The user types a comment at the top of the file: every offset after it moves.
        var typed = await lsp.ChangeAsync(uri, 0, 0, "// typed\n");
        text = lsp.Editor.Buffer(uri).Text;

        var result = await lsp.RequestAsync("omnios/applyCommand", SetText(uri, typed, text.IndexOf("<h1", StringComparison.Ordinal), "Two"));

        Assert.True(result.GetProperty("applied").GetBoolean(), result.ToString());
        Assert.Equal(text.Replace(">\n          One\n", ">\n          Two\n", StringComparison.Ordinal), lsp.Editor.Buffer(uri).Text);
        Assert.StartsWith("// typed\n", lsp.Editor.Buffer(uri).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_sent_right_after_a_didChange_answers_for_the_changed_text()
    {
        await using var lsp = await LspClient.StartAsync();
        var uri = await lsp.OpenAsync(Hero);
        for (var i = 0; i < 20; i++)
        {
            // Without waiting for anything: the answer must reflect every change sent before the request.
            var text = lsp.Editor.Buffer(uri).Text;
            var at = text.IndexOf("</h1>", StringComparison.Ordinal);
            var version = await lsp.ChangeAsync(uri, at, at, $"<span>{i}</span>");

            var model = await lsp.RequestAsync("omnios/designModel", TextDocument(uri));

            Assert.Equal(version, model.GetProperty("version").GetInt32());
            Assert.Equal(i + 1, ModelJson.Elements(model).Count(e => e.GetProperty("name").GetString() == "span"));
        }
    }

    [Fact]
    public async Task Uris_come_back_exactly_as_the_editor_spelled_them_with_spaces_parentheses_and_non_ascii_in_the_path()
    {
        await using var lsp = await LspClient.StartAsync("my app (1) é");
        var uri = await lsp.OpenAsync(Hero);
        Assert.Contains("my%20app%20%281%29%20%C3%A9", uri, StringComparison.Ordinal);

        var diagnostics = await lsp.Server.Within(lsp.Editor.Diagnostics.FirstAsync(_ => true), "the first publishDiagnostics");
        Assert.Equal(uri, diagnostics.GetProperty("uri").GetString());
        var lens = Assert.Single((await lsp.RequestAsync("textDocument/codeLens", TextDocument(uri))).EnumerateArray());
        Assert.Equal(uri, lens.GetProperty("command").GetProperty("arguments")[0].GetString());
        var text = lsp.Editor.Buffer(uri).Text;
        var result = await lsp.RequestAsync("omnios/applyCommand", SetText(uri, 1, text.IndexOf("<h1", StringComparison.Ordinal), "Encoded"));
        Assert.True(result.GetProperty("applied").GetBoolean(), result.ToString());
        var parameters = TextDocument(uri);
        parameters["id"] = HeroTitleId;
        await lsp.RequestAsync("omnios/selectElement", parameters);
        Assert.Equal(uri, (await lsp.Server.Within(lsp.Editor.Reveals.FirstAsync(_ => true), "omnios/revealRange")).GetProperty("uri").GetString());
    }

    [Fact]
    public async Task ApplyCommand_for_a_stale_version_is_refused_with_applied_false_and_sends_no_edit()
    {
        await using var lsp = await LspClient.StartAsync();
        var uri = await lsp.OpenAsync(Hero);
        var text = lsp.Editor.Buffer(uri).Text;
        var version = await lsp.ChangeAsync(uri, 0, 0, "// typed\n");

        var result = await lsp.RequestAsync("omnios/applyCommand", SetText(uri, version - 1, text.IndexOf("<h1", StringComparison.Ordinal), "Stale"));

        Assert.False(result.GetProperty("applied").GetBoolean());
        Assert.Contains("version", result.GetProperty("message").GetString());
        Assert.Empty(lsp.Editor.EditRequests.All);
        Assert.Equal("// typed\n" + text, lsp.Editor.Buffer(uri).Text);
    }

    [Fact]
    public async Task ApplyCommand_at_an_offset_that_is_not_an_element_is_refused_and_the_buffer_is_untouched()
    {
        await using var lsp = await LspClient.StartAsync();
        var uri = await lsp.OpenAsync(Hero);
        var text = lsp.Editor.Buffer(uri).Text;

        var result = await lsp.RequestAsync("omnios/applyCommand", SetText(uri, 1, text.IndexOf("<h1", StringComparison.Ordinal) + 1, "Nope"));

        Assert.False(result.GetProperty("applied").GetBoolean());
        Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetString()));
        Assert.Empty(lsp.Editor.EditRequests.All);
        Assert.Equal((text, 1), lsp.Editor.Buffer(uri));
    }

    [Fact]
    public async Task DocumentSymbol_outlines_the_component_and_its_nested_elements()
    {
        await using var lsp = await LspClient.StartAsync();
        var uri = await lsp.OpenAsync(Hero);
        var text = lsp.Editor.Buffer(uri).Text;

        var symbols = await lsp.RequestAsync("textDocument/documentSymbol", TextDocument(uri));

        var component = Assert.Single(symbols.EnumerateArray());
        Assert.Equal("Hero", component.GetProperty("name").GetString());
        var section = Assert.Single(component.GetProperty("children").EnumerateArray());
        Assert.Equal("<section>", section.GetProperty("name").GetString());
        Assert.Equal(["<div>", "<div>"], Names(section));
        var content = section.GetProperty("children")[0];
        Assert.Equal(["<p>", "<h1>", "<p>", "<div>"], Names(content));
        Assert.Equal(["<a>", "<a>"], Names(content.GetProperty("children")[3]));
        Assert.Equal(["<Image>"], Names(section.GetProperty("children")[1]));
        var (line, character) = TextPositions.PositionOf(text, text.IndexOf("<h1", StringComparison.Ordinal));
        AssertPosition(line, character, content.GetProperty("children")[1].GetProperty("range").GetProperty("start"));
    }

    [Fact]
    public async Task CodeLens_offers_open_in_canvas_above_each_component()
    {
        await using var lsp = await LspClient.StartAsync();
        const string text = "export function Badge() {\n  return <span>New</span>;\n}\n\nexport default function Card() {\n  return <div><Badge /></div>;\n}\n";
        var uri = await lsp.OpenAsync("components/Card.tsx", text);

        var lenses = await lsp.RequestAsync("textDocument/codeLens", TextDocument(uri));

        Assert.Equal(2, lenses.GetArrayLength());
        foreach (var (lens, name, line) in lenses.EnumerateArray().Zip(["Badge", "Card"], [0, 4]))
        {
            var command = lens.GetProperty("command");
            Assert.Equal("Open in canvas", command.GetProperty("title").GetString());
            Assert.Equal("omnios.openCanvas", command.GetProperty("command").GetString());
            Assert.Equal([uri, name], command.GetProperty("arguments").EnumerateArray().Select(a => a.GetString()));
            Assert.Equal(line, lens.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        }
    }

    [Fact]
    public async Task Canvas_returns_a_loopback_url_and_token_that_answers_200_with_the_token_and_401_without()
    {
        await using var lsp = await LspClient.StartAsync();

        var canvas = await lsp.RequestAsync("omnios/canvas", new JsonObject());

        var url = new Uri(canvas.GetProperty("url").GetString()!);
        var token = canvas.GetProperty("token").GetString()!;
        Assert.Equal("http", url.Scheme);
        Assert.Equal("127.0.0.1", url.Host);
        Assert.Matches("^[0-9a-f]{16,}$", token);
        using var http = new HttpClient();
        var withToken = await lsp.Server.Within(http.GetAsync(url), "the canvas page");
        Assert.Equal(HttpStatusCode.OK, withToken.StatusCode);
        Assert.False(withToken.Headers.Contains("X-Frame-Options"));
        var withoutToken = await lsp.Server.Within(http.GetAsync(new Uri(url, "/")), "the canvas page without a token");
        Assert.Equal(HttpStatusCode.Unauthorized, withoutToken.StatusCode);
        // A second call gives the same server (it is started once).
        Assert.Equal(url.AbsoluteUri, (await lsp.RequestAsync("omnios/canvas", new JsonObject())).GetProperty("url").GetString());
    }

    [Fact]
    public async Task SelectElement_makes_the_server_send_revealRange_with_the_elements_range()
    {
        await using var lsp = await LspClient.StartAsync();
        var uri = await lsp.OpenAsync(Hero);
        var text = lsp.Editor.Buffer(uri).Text;
        var model = await lsp.RequestAsync("omnios/designModel", TextDocument(uri));
        var title = ModelJson.Element(model, HeroTitleId);

        var parameters = TextDocument(uri);
        parameters["id"] = HeroTitleId;
        await lsp.RequestAsync("omnios/selectElement", parameters);

        var reveal = await lsp.Server.Within(lsp.Editor.Reveals.FirstAsync(_ => true), "omnios/revealRange");
        Assert.Equal(uri, reveal.GetProperty("uri").GetString());
        var (startLine, startCharacter) = TextPositions.PositionOf(text, title.GetProperty("start").GetInt32());
        var (endLine, endCharacter) = TextPositions.PositionOf(text, title.GetProperty("end").GetInt32());
        AssertPosition(startLine, startCharacter, reveal.GetProperty("range").GetProperty("start"));
        AssertPosition(endLine, endCharacter, reveal.GetProperty("range").GetProperty("end"));
        Assert.EndsWith("</h1>", text[..title.GetProperty("end").GetInt32()], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_method_gets_error_32601_and_the_server_keeps_answering()
    {
        await using var lsp = await LspClient.StartAsync();

        var error = await Assert.ThrowsAnyAsync<RemoteRpcException>(() => lsp.RequestAsync("omnios/noSuchThing", new JsonObject()));

        Assert.Equal(-32601, (int)error.ErrorCode!);
        var uri = await lsp.OpenAsync(Hero);
        Assert.Equal(JsonValueKind.Array, (await lsp.RequestAsync("textDocument/documentSymbol", TextDocument(uri))).ValueKind);
    }

    [Fact]
    public async Task Bad_params_get_an_invalid_params_error_and_the_server_keeps_answering()
    {
        await using var lsp = await LspClient.StartAsync();
        var uri = await lsp.OpenAsync(Hero);

        var missing = await Assert.ThrowsAnyAsync<RemoteRpcException>(() => lsp.RequestAsync("omnios/designModel", new JsonObject()));
        var parameters = TextDocument(uri, 1);
        parameters["command"] = new JsonObject { ["op"] = "paint", ["at"] = 0 };
        var badCommand = await Assert.ThrowsAnyAsync<RemoteRpcException>(() => lsp.RequestAsync("omnios/applyCommand", parameters));

        Assert.Equal(-32602, (int)missing.ErrorCode!);
        Assert.Equal(-32602, (int)badCommand.ErrorCode!);
        Assert.Contains("paint", badCommand.Message);
        Assert.True((await lsp.RequestAsync("omnios/designModel", TextDocument(uri))).GetProperty("ok").GetBoolean());
    }

    [Fact]
    public async Task Shutdown_then_exit_ends_the_process_with_code_0()
    {
        await using var lsp = await LspClient.StartAsync();
        await lsp.OpenAsync(Hero);
        await lsp.RequestAsync("omnios/canvas", new JsonObject()); // a running canvas endpoint must not keep the process alive

        var result = await lsp.Server.Within(lsp.Rpc.InvokeAsync<JsonElement>("shutdown"), "the answer to shutdown");
        await lsp.Rpc.NotifyAsync("exit");

        Assert.Equal(JsonValueKind.Null, result.ValueKind);
        await lsp.Server.Within(lsp.Server.Process.WaitForExitAsync(), "the server to exit");
        Assert.Equal(0, lsp.Server.Process.ExitCode);
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_the_process_with_code_1()
    {
        await using var lsp = await LspClient.StartAsync();

        await lsp.Rpc.NotifyAsync("exit");

        await lsp.Server.Within(lsp.Server.Process.WaitForExitAsync(), "the server to exit");
        Assert.Equal(1, lsp.Server.Process.ExitCode);
    }

    [Fact]
    public async Task The_server_ends_when_the_editor_closes_its_input()
    {
        await using var lsp = await LspClient.StartAsync();

        lsp.Server.Process.StandardInput.Close();

        await lsp.Server.Within(lsp.Server.Process.WaitForExitAsync(), "the server to exit after its input closed");
        Assert.Equal(1, lsp.Server.Process.ExitCode);
    }

    private static JsonObject TextDocument(string uri, int? version = null) => new()
    {
        ["textDocument"] = version is null ? new JsonObject { ["uri"] = uri } : new JsonObject { ["uri"] = uri, ["version"] = version },
    };

    private static JsonObject SetText(string uri, int version, int at, string text)
    {
        var parameters = TextDocument(uri, version);
        parameters["command"] = new JsonObject { ["op"] = "setText", ["at"] = at, ["text"] = text };
        return parameters;
    }

    private static List<string?> Names(JsonElement symbol) => [.. symbol.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("name").GetString())];

    private static void AssertPosition(int line, int character, JsonElement position) =>
        Assert.Equal((line, character), (position.GetProperty("line").GetInt32(), position.GetProperty("character").GetInt32()));
}
