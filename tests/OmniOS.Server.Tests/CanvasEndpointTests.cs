using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OmniOS.Syntax;

namespace OmniOS.Server.Tests;

/// <summary>The canvas endpoint as a canvas uses it: access rules, the JSON-RPC methods, and edits that reach the disk.</summary>
public sealed class CanvasEndpointTests
{
    private const string Hero = "components/Hero.tsx";

    [Fact]
    public async Task Http_requests_without_the_token_get_401_with_a_wrong_token_403_and_with_it_200()
    {
        await using var server = await CanvasTestServer.StartAsync();
        using var http = new HttpClient();
        var root = $"http://127.0.0.1:{server.Server.Port}/";

        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync(root)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync(root + "?token=0123")).StatusCode);
        var ok = await http.GetAsync(server.Server.Url);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.False(ok.Headers.Contains("X-Frame-Options"));
    }

    [Fact]
    public async Task A_served_file_is_revalidated_on_every_use_an_unchanged_one_costs_a_304_and_an_edited_one_is_sent_again()
    {
        await using var server = await CanvasTestServer.StartAsync();
        using var http = new HttpClient();
        var url = $"http://127.0.0.1:{server.Server.Port}/public/logo.svg?token={server.Server.Access.Token}";

        var first = await http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(first.Headers.CacheControl?.NoCache);
        var tag = first.Headers.ETag!;
        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(tag);
        Assert.Equal(HttpStatusCode.NotModified, (await http.SendAsync(again)).StatusCode);

        var file = server.FilePath("public/logo.svg");
        File.WriteAllText(file, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(1));
        using var afterEdit = new HttpRequestMessage(HttpMethod.Get, url);
        afterEdit.Headers.IfNoneMatch.Add(tag);
        var edited = await http.SendAsync(afterEdit);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", await edited.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_request_naming_a_foreign_host_is_refused_against_dns_rebinding()
    {
        await using var server = await CanvasTestServer.StartAsync();
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, server.Server.Url);
        request.Headers.Host = "attacker.example:80";

        var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_websocket_from_a_foreign_origin_or_without_the_token_is_refused()
    {
        await using var server = await CanvasTestServer.StartAsync();

        var foreign = await Assert.ThrowsAsync<WebSocketException>(() => CanvasClient.ConnectAsync(server.SocketUri(), origin: "http://evil.example"));
        var noToken = await Assert.ThrowsAsync<WebSocketException>(() => CanvasClient.ConnectAsync(new Uri($"ws://127.0.0.1:{server.Server.Port}/canvas")));

        Assert.Contains("403", foreign.Message);
        Assert.Contains("401", noToken.Message);
    }

    [Fact]
    public async Task An_origin_the_editor_registered_may_connect()
    {
        await using var server = await CanvasTestServer.StartAsync();
        server.Server.Access.AllowOrigin("https://code.example:8443");

        await using var canvas = await CanvasClient.ConnectAsync(server.SocketUri(), origin: "https://code.example:8443");

        Assert.NotEmpty((await canvas.CallAsync("listDocuments", null)).EnumerateArray());
    }

    [Fact]
    public async Task List_documents_gives_every_file_with_jsx_and_marks_the_main_page()
    {
        await using var server = await CanvasTestServer.StartAsync(root =>
        {
            Directory.CreateDirectory(Path.Combine(root, "node_modules", "lib"));
            File.WriteAllText(Path.Combine(root, "node_modules", "lib", "x.tsx"), "export const X = () => <div />;");
            File.WriteAllText(Path.Combine(root, ".gitignore"), "generated/\n");
            Directory.CreateDirectory(Path.Combine(root, "generated"));
            File.WriteAllText(Path.Combine(root, "generated", "g.tsx"), "export const G = () => <div />;");
        });
        await using var canvas = await CanvasClient.ConnectAsync(server.SocketUri());

        var documents = (await canvas.CallAsync("listDocuments", null)).EnumerateArray().ToList();

        var paths = documents.Select(d => d.GetProperty("path").GetString()).ToList();
        Assert.Equal("app/page.tsx", paths[0]);
        Assert.True(documents[0].GetProperty("main").GetBoolean());
        Assert.Contains(Hero, paths);
        Assert.DoesNotContain(paths, p => p!.StartsWith("node_modules", StringComparison.Ordinal) || p.StartsWith("generated", StringComparison.Ordinal));
        Assert.DoesNotContain("next.config.ts", paths);
    }

    [Fact]
    public async Task Opening_a_page_brings_the_documents_its_instances_use_once_and_each_of_them_gets_its_deltas()
    {
        await using var server = await CanvasTestServer.StartAsync();
        await using var canvas = await CanvasClient.ConnectAsync(server.SocketUri());
        await canvas.CallAsync("openDocument", new JsonObject { ["path"] = "components/Header.tsx" });

        var page = await canvas.CallAsync("openDocument", new JsonObject { ["path"] = "app/page.tsx" });

        var used = page.GetProperty("uses").EnumerateArray().Select(u => u.GetProperty("path").GetString()).ToList();
        // Features uses FeatureCard: a component of a component comes too; Header was opened before and does not.
        Assert.Equal(["components/FeatureCard.tsx", "components/Features.tsx", "components/Footer.tsx", "components/Hero.tsx", "components/Pricing.tsx", "components/SignupForm.tsx"], used.Order(StringComparer.Ordinal));
        Assert.All(page.GetProperty("uses").EnumerateArray(), u => Assert.True(u.GetProperty("version").GetInt32() >= 0));
        Assert.False((await canvas.CallAsync("openDocument", new JsonObject { ["path"] = "app/page.tsx" })).TryGetProperty("uses", out _), "everything it uses is open now");

        var card = server.FilePath("components/FeatureCard.tsx");
        File.WriteAllText(card, File.ReadAllText(card).Replace("className=\"", "className=\"italic ", StringComparison.Ordinal));
        var changed = canvas.WaitForNotification("documentChanged", p => p.GetProperty("path").GetString() == "components/FeatureCard.tsx");
        Assert.NotEmpty(changed.GetProperty("deltas").EnumerateArray());
    }

    [Fact]
    public async Task A_file_created_on_disk_after_a_listing_is_in_the_next_one_and_a_deleted_one_is_gone()
    {
        await using var server = await CanvasTestServer.StartAsync();
        await using var canvas = await CanvasClient.ConnectAsync(server.SocketUri());
        Assert.DoesNotContain("components/Banner.tsx", await ListedPathsAsync(canvas));

        Directory.CreateDirectory(server.FilePath("components/promo"));
        File.WriteAllText(server.FilePath("components/promo/Banner.tsx"), "export function Banner() {\n  return <aside>Sale</aside>;\n}\n");
        await ListedPathsUntilAsync(canvas, paths => paths.Contains("components/promo/Banner.tsx"));

        Directory.Delete(server.FilePath("components/promo"), recursive: true);
        File.Move(server.FilePath(Hero), server.FilePath("components/Welcome.tsx"));
        var after = await ListedPathsUntilAsync(canvas, paths => !paths.Contains("components/promo/Banner.tsx") && !paths.Contains(Hero));
        Assert.Contains("components/Welcome.tsx", after);
    }

    private static async Task<List<string?>> ListedPathsAsync(CanvasClient canvas) =>
        (await canvas.CallAsync("listDocuments", null)).EnumerateArray().Select(d => d.GetProperty("path").GetString()).ToList();

    /// <summary>Lists again until the listing shows what the disk watcher has been told (its events come a moment after the change).</summary>
    private static async Task<List<string?>> ListedPathsUntilAsync(CanvasClient canvas, Func<List<string?>, bool> expected)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            var paths = await ListedPathsAsync(canvas);
            if (expected(paths))
                return paths;
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"The listing never showed the change on disk: {string.Join(", ", paths)}");
            await Task.Delay(20);
        }
    }

    [Fact]
    public async Task Malformed_json_gets_a_parse_error_and_an_unknown_method_a_method_not_found_and_the_connection_keeps_serving()
    {
        await using var server = await CanvasTestServer.StartAsync();
        await using var canvas = await CanvasClient.ConnectAsync(server.SocketUri());

        await canvas.SendRawAsync("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":");
        var parseError = await canvas.NextUnmatchedErrorAsync();
        var unknown = await canvas.RequestAsync("frobnicate", null);
        var stillServing = await canvas.CallAsync("listDocuments", null);

        Assert.Equal(-32700, parseError.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(-32601, unknown.GetProperty("error").GetProperty("code").GetInt32());
        Assert.True(stillServing.GetArrayLength() > 0);
    }

    [Fact]
    public async Task An_invalid_command_is_answered_with_an_error_or_a_refusal_and_the_file_is_untouched()
    {
        await using var server = await CanvasTestServer.StartAsync();
        await using var canvas = await CanvasClient.ConnectAsync(server.SocketUri());
        var before = File.ReadAllBytes(server.FilePath(Hero));

        var malformed = await canvas.RequestAsync("applyCommand", new JsonObject { ["path"] = Hero, ["command"] = new JsonObject { ["op"] = "setText" } });
        var notAnElement = await canvas.CallAsync("applyCommand", new JsonObject { ["path"] = Hero, ["command"] = new JsonObject { ["op"] = "delete", ["at"] = 3 } });
        var noSuchFile = await canvas.CallAsync("applyCommand", new JsonObject { ["path"] = "../../etc/passwd.js", ["command"] = new JsonObject { ["op"] = "delete", ["at"] = 0 } });

        Assert.Equal(-32602, malformed.GetProperty("error").GetProperty("code").GetInt32());
        Assert.False(notAnElement.GetProperty("applied").GetBoolean());
        Assert.Contains("offset 3", notAnElement.GetProperty("message").GetString());
        Assert.False(noSuchFile.GetProperty("applied").GetBoolean());
        Assert.Equal(before, File.ReadAllBytes(server.FilePath(Hero)));
    }

    [Fact]
    public async Task A_canvas_edit_after_non_ascii_text_and_an_emoji_uses_utf16_offsets_writes_the_file_and_undo_restores_its_bytes()
    {
        const string source = "export function Emoji() {\n  return (\n    <div>\n      <p>Café 😀 ünïcödé</p>\n      <span>target</span>\n    </div>\n  );\n}\n";
        await using var server = await CanvasTestServer.StartAsync(root => File.WriteAllText(Path.Combine(root, "components", "Emoji.tsx"), source));
        await using var canvas = await CanvasClient.ConnectAsync(server.SocketUri());
        var path = server.FilePath("components/Emoji.tsx");
        var original = File.ReadAllBytes(path);
        await canvas.CallAsync("openDocument", new JsonObject { ["path"] = "components/Emoji.tsx" });
        var at = source.IndexOf("<span>", StringComparison.Ordinal);

        var applied = await canvas.CallAsync("applyCommand", new JsonObject
        {
            ["path"] = "components/Emoji.tsx",
            ["command"] = new JsonObject { ["op"] = "setText", ["at"] = at, ["text"] = "Grüße ✓" },
        });

        Assert.True(applied.GetProperty("applied").GetBoolean(), applied.ToString());
        Assert.Equal(source.Replace("<span>target</span>", "<span>Grüße ✓</span>", StringComparison.Ordinal), File.ReadAllText(path));
        var changed = canvas.WaitForNotification("documentChanged", p => p.GetProperty("path").GetString() == "components/Emoji.tsx");
        Assert.Contains(changed.GetProperty("deltas").EnumerateArray(), d => d.GetProperty("op").GetString() == "update");

        var undone = await canvas.CallAsync("undo", new JsonObject { ["path"] = "components/Emoji.tsx" });

        Assert.True(undone.GetProperty("applied").GetBoolean());
        Assert.Equal(original, File.ReadAllBytes(path));
        Assert.Empty(Directory.EnumerateFiles(Path.GetDirectoryName(path)!, "*omnios-tmp*"));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Writing_keeps_a_byte_order_mark_crlf_line_endings_and_the_file_mode()
    {
        var source = "\uFEFFexport const A = () => (\r\n  <div>\r\n    <p>x</p>\r\n  </div>\r\n);\r\n";
        await using var server = await CanvasTestServer.StartAsync(root => File.WriteAllBytes(Path.Combine(root, "components", "Bom.tsx"), SourceFile.Encode(source)));
        var path = server.FilePath("components/Bom.tsx");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        await using var canvas = await CanvasClient.ConnectAsync(server.SocketUri());

        var result = await canvas.CallAsync("applyCommand", new JsonObject
        {
            ["path"] = "components/Bom.tsx",
            ["command"] = new JsonObject { ["op"] = "insert", ["parent"] = source.IndexOf("<div>", StringComparison.Ordinal), ["index"] = 1, ["jsx"] = "<span>new</span>" },
        });

        Assert.True(result.GetProperty("applied").GetBoolean(), result.ToString());
        var bytes = File.ReadAllBytes(path);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(SourceFile.Encode(source.Replace("    <p>x</p>\r\n", "    <p>x</p>\r\n    <span>new</span>\r\n", StringComparison.Ordinal)), bytes);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(path));
    }

    [Fact]
    public async Task An_edit_made_on_disk_reaches_a_connected_canvas_and_the_next_canvas_edit_starts_from_it()
    {
        await using var server = await CanvasTestServer.StartAsync();
        await using var canvas = await CanvasClient.ConnectAsync(server.SocketUri());
        await canvas.CallAsync("openDocument", new JsonObject { ["path"] = Hero });
        var path = server.FilePath(Hero);
        var text = File.ReadAllText(path);
        var edited = text.Replace("Plan, build", "Plan, ship it", StringComparison.Ordinal);
        Assert.NotEqual(text, edited);

        File.WriteAllText(path, edited);
        var changed = canvas.WaitForNotification("documentChanged", p => p.GetProperty("path").GetString() == Hero);

        Assert.NotEmpty(changed.GetProperty("deltas").EnumerateArray());
        var model = await canvas.CallAsync("openDocument", new JsonObject { ["path"] = Hero });
        Assert.Contains("Plan, ship it", model.ToString());
        var paragraph = edited.IndexOf("<p", StringComparison.Ordinal);
        var result = await canvas.CallAsync("applyCommand", new JsonObject { ["path"] = Hero, ["command"] = new JsonObject { ["op"] = "addClass", ["at"] = paragraph, ["class"] = "italic" } });
        Assert.True(result.GetProperty("applied").GetBoolean(), result.ToString());
        Assert.Contains("Plan, ship it", File.ReadAllText(path));
    }

    [Fact]
    public async Task A_file_truncated_and_written_again_a_moment_later_never_reaches_the_canvas_empty()
    {
        await using var server = await CanvasTestServer.StartAsync();
        await using var canvas = await CanvasClient.ConnectAsync(server.SocketUri());
        await canvas.CallAsync("openDocument", new JsonObject { ["path"] = Hero });
        var path = server.FilePath(Hero);
        var edited = File.ReadAllText(path).Replace("Plan, build", "Plan, ship it", StringComparison.Ordinal);

        // As a file written in place looks when it is read between its truncation and its write.
        File.WriteAllText(path, "");
        await Task.Delay(120);
        File.WriteAllText(path, edited);
        var changed = canvas.WaitForNotification("documentChanged", p => p.GetProperty("path").GetString() == Hero);

        Assert.DoesNotContain(changed.GetProperty("deltas").EnumerateArray(), d => d.GetProperty("op").GetString() == "remove");
        Assert.Contains("Plan, ship it", changed.ToString());
        Assert.Contains("Plan, ship it", (await canvas.CallAsync("openDocument", new JsonObject { ["path"] = Hero })).ToString());
    }

    [Fact]
    public async Task An_inspector_change_planned_by_omnios_styles_reaches_the_file_as_one_replace_classes_edit()
    {
        await using var server = await CanvasTestServer.StartAsync();
        await using var canvas = await CanvasClient.ConnectAsync(server.SocketUri());
        var model = await canvas.CallAsync("openDocument", new JsonObject { ["path"] = Hero });
        var path = server.FilePath(Hero);
        var text = File.ReadAllText(path);
        var section = model.GetProperty("components").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "Hero").GetProperty("roots")[0];
        Assert.Equal("section", section.GetProperty("name").GetString());
        var classes = section.GetProperty("className").GetProperty("static").EnumerateArray().Select(c => c.GetString()!).ToList();
        var styles = OmniOS.Styles.TailwindStyles.FromCss(File.ReadAllText(server.FilePath("app/globals.css")));

        var edit = styles.EditFor(classes, "padding-block", "96px", "md");
        var result = await canvas.CallAsync("applyCommand", new JsonObject
        {
            ["path"] = Hero,
            ["command"] = new JsonObject { ["op"] = "replaceClasses", ["id"] = section.GetProperty("id").GetString(), ["remove"] = new JsonArray([.. edit.Remove.Select(r => JsonValue.Create(r))]), ["add"] = new JsonArray([.. edit.Add.Select(a => JsonValue.Create(a))]) },
        });

        Assert.Equal(["md:py-28"], edit.Remove);
        Assert.Equal(["md:py-24"], edit.Add);
        Assert.True(result.GetProperty("applied").GetBoolean(), result.ToString());
        Assert.Equal(text.Replace("md:py-28", "md:py-24", StringComparison.Ordinal), File.ReadAllText(path));
    }

    [Fact]
    public async Task Every_applied_command_is_in_the_journal_marked_done()
    {
        await using var server = await CanvasTestServer.StartAsync();
        await using var canvas = await CanvasClient.ConnectAsync(server.SocketUri());
        var text = File.ReadAllText(server.FilePath(Hero));

        await canvas.CallAsync("applyCommand", new JsonObject { ["path"] = Hero, ["command"] = new JsonObject { ["op"] = "addClass", ["at"] = text.IndexOf("<h1", StringComparison.Ordinal), ["class"] = "italic" } });

        var entry = Assert.Single(server.Journal.Recent(5));
        Assert.Equal((Hero, "addClass", "done"), (entry.Path, entry.Operation, entry.State));
        Assert.Empty(server.Journal.Pending());
    }

    [Fact]
    public async Task Rapid_changes_reach_the_canvas_in_order_ending_at_the_final_version()
    {
        await using var server = await CanvasTestServer.StartAsync();
        await using var canvas = await CanvasClient.ConnectAsync(server.SocketUri());
        await canvas.CallAsync("openDocument", new JsonObject { ["path"] = Hero });
        var text = server.Workspace.TryGet(Hero)!.Text;

        for (var i = 0; i < 20; i++)
            await server.Workspace.ChangeFromEditorAsync(Hero, [new TextChange(new TextSpan(text.IndexOf("Plan, build", StringComparison.Ordinal), 0), "x")]);
        var finalVersion = server.Workspace.TryGet(Hero)!.Version;

        var versions = new List<int>();
        while (versions.Count == 0 || versions[^1] < finalVersion)
            versions.Add(canvas.WaitForNotification("documentChanged").GetProperty("version").GetInt32());
        Assert.Equal(versions.Order(), versions);
        Assert.True(versions.Count <= 20);
        Assert.Equal(finalVersion, versions[^1]);
    }
}
