using System.Text.Json;
using System.Text.Json.Nodes;
using OmniOS.Server.Tests.Harness;

namespace OmniOS.Server.Tests.Lsp;

/// <summary>
/// The language server and a canvas connected to the canvas endpoint it started: canvas edits
/// reach the editor's buffer as workspace/applyEdit, and selection flows both ways.
/// </summary>
public sealed class LspCanvasBridgeTests
{
    private const string Hero = "components/Hero.tsx";
    private const string HeroTitleId = "components/Hero.tsx#Hero/0/0/1";

    [Fact]
    public async Task A_canvas_command_reaches_the_editor_buffer_as_applyEdit_and_the_canvas_hears_documentChanged()
    {
        await using var lsp = await LspClient.StartAsync();
        var uri = await lsp.OpenAsync(Hero);
        var original = lsp.Editor.Buffer(uri).Text;
        await using var canvas = await ConnectCanvasAsync(lsp);
        var model = await lsp.Server.Within(canvas.CallAsync("openDocument", new JsonObject { ["path"] = Hero }), "openDocument");
        var at = ModelJson.Element(model, HeroTitleId).GetProperty("start").GetInt32();

        var result = await lsp.Server.Within(canvas.CallAsync("applyCommand", new JsonObject
        {
            ["path"] = Hero,
            ["command"] = new JsonObject { ["op"] = "setText", ["at"] = at, ["text"] = "From the canvas" },
        }), "the canvas's applyCommand");

        Assert.True(result.GetProperty("applied").GetBoolean(), result.ToString());
        Assert.Equal((original.Replace("Plan, build &amp; ship without the busywork", "From the canvas", StringComparison.Ordinal), 2), lsp.Editor.Buffer(uri));
        var changed = await lsp.Server.Within(canvas.Notifications.FirstAsync(n => n.GetProperty("method").GetString() == "documentChanged"), "documentChanged");
        var update = Assert.Single(changed.GetProperty("params").GetProperty("deltas").EnumerateArray());
        Assert.Equal(HeroTitleId, update.GetProperty("id").GetString());
        Assert.Equal("From the canvas", update.GetProperty("element").GetProperty("text").GetString());
        // The file on disk is the editor's business: the server never wrote it.
        Assert.Equal(original, lsp.Workspace.Read(Hero));
    }

    [Fact]
    public async Task Typing_in_the_editor_reaches_the_canvas_as_documentChanged()
    {
        await using var lsp = await LspClient.StartAsync();
        var uri = await lsp.OpenAsync(Hero);
        await using var canvas = await ConnectCanvasAsync(lsp);
        await lsp.Server.Within(canvas.CallAsync("openDocument", new JsonObject { ["path"] = Hero }), "openDocument");
        var text = lsp.Editor.Buffer(uri).Text;
        var at = text.IndexOf("New: team workspaces", StringComparison.Ordinal);

        await lsp.ChangeAsync(uri, at, at + 3, "Brand new");

        var changed = await lsp.Server.Within(canvas.Notifications.FirstAsync(n => n.GetProperty("method").GetString() == "documentChanged"), "documentChanged");
        var update = Assert.Single(changed.GetProperty("params").GetProperty("deltas").EnumerateArray());
        Assert.Equal("Brand new: team workspaces", update.GetProperty("element").GetProperty("text").GetString());
    }

    [Fact]
    public async Task Selecting_on_the_canvas_reveals_the_element_in_the_editor_and_the_editor_cursor_selects_on_the_canvas()
    {
        await using var lsp = await LspClient.StartAsync();
        var uri = await lsp.OpenAsync(Hero);
        var text = lsp.Editor.Buffer(uri).Text;
        await using var canvas = await ConnectCanvasAsync(lsp);

        await lsp.Server.Within(canvas.CallAsync("selectElement", new JsonObject { ["path"] = Hero, ["id"] = HeroTitleId }), "the canvas's selectElement");

        var reveal = await lsp.Server.Within(lsp.Editor.Reveals.FirstAsync(_ => true), "omnios/revealRange");
        Assert.Equal(uri, reveal.GetProperty("uri").GetString());
        var (line, character) = TextPositions.PositionOf(text, text.IndexOf("<h1", StringComparison.Ordinal));
        Assert.Equal((line, character), (reveal.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32(), reveal.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32()));

        // The cursor inside the first <a>'s text: the innermost element under it is selected on the canvas.
        var (cursorLine, cursorCharacter) = TextPositions.PositionOf(text, text.IndexOf("Start for free", StringComparison.Ordinal) + 2);
        await lsp.NotifyAsync("omnios/cursorMoved", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri },
            ["position"] = new JsonObject { ["line"] = cursorLine, ["character"] = cursorCharacter },
        });

        var selection = await lsp.Server.Within(canvas.Notifications.FirstAsync(n => n.GetProperty("method").GetString() == "selectionChanged"), "selectionChanged");
        Assert.Equal(Hero, selection.GetProperty("params").GetProperty("path").GetString());
        Assert.Equal("components/Hero.tsx#Hero/0/0/3/0", selection.GetProperty("params").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_file_the_editor_reports_created_is_listed_to_the_canvas_and_one_it_reports_deleted_is_not()
    {
        await using var lsp = await LspClient.StartAsync();
        // The server asks the editor to watch the workspace's files before it keeps a file list between listings.
        var registration = await lsp.Server.Within(lsp.Editor.Registrations.FirstAsync(_ => true), "client/registerCapability");
        Assert.Equal("workspace/didChangeWatchedFiles", registration.GetProperty("registrations")[0].GetProperty("method").GetString());
        await using var canvas = await ConnectCanvasAsync(lsp);
        Assert.DoesNotContain("components/Banner.tsx", await ListedPathsAsync(lsp, canvas));

        lsp.Workspace.Write("components/Banner.tsx", "export function Banner() {\n  return <aside>Sale</aside>;\n}\n");
        await lsp.NotifyAsync("workspace/didChangeWatchedFiles", new JsonObject
        {
            ["changes"] = new JsonArray(new JsonObject { ["uri"] = lsp.Uri("components/Banner.tsx"), ["type"] = 1 }),
        });
        Assert.Contains("components/Banner.tsx", await ListedPathsAsync(lsp, canvas));

        File.Delete(lsp.Workspace.FullPath("components/Banner.tsx"));
        await lsp.NotifyAsync("workspace/didChangeWatchedFiles", new JsonObject
        {
            ["changes"] = new JsonArray(new JsonObject { ["uri"] = lsp.Uri("components/Banner.tsx"), ["type"] = 3 }),
        });
        Assert.DoesNotContain("components/Banner.tsx", await ListedPathsAsync(lsp, canvas));
    }

    /// <summary>The canvas's listing, once the editor's notifications before it have been handled (a request waits for them; the canvas's connection does not).</summary>
    private static async Task<List<string?>> ListedPathsAsync(LspClient lsp, RpcSocket canvas)
    {
        await lsp.RequestAsync("omnios/styling", new JsonObject());
        return (await lsp.Server.Within(canvas.CallAsync("listDocuments", null), "listDocuments")).EnumerateArray().Select(d => d.GetProperty("path").GetString()).ToList();
    }

    private static async Task<RpcSocket> ConnectCanvasAsync(LspClient lsp)
    {
        var canvas = await lsp.RequestAsync("omnios/canvas", new JsonObject());
        var url = new Uri(canvas.GetProperty("url").GetString()!);
        return await lsp.Server.Within(RpcSocket.ConnectAsync(new Uri($"ws://127.0.0.1:{url.Port}/canvas?token={canvas.GetProperty("token").GetString()}")), "the canvas WebSocket");
    }
}
