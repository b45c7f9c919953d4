using System.Text.Json;
using System.Text.Json.Nodes;

namespace OmniOS.Server.Tests.Lsp;

/// <summary>
/// The editor's omnios.styling.convention reaches the server (initializationOptions, then
/// workspace/didChangeConfiguration pushed or pulled) and decides over the project's omnios/settings.json; a setting
/// that cannot be used is shown to the user.
/// </summary>
public sealed class LspStylingSettingTests
{
    private static JsonObject Convention(string? value) => new() { ["omnios"] = new JsonObject { ["styling"] = new JsonObject { ["convention"] = value } } };

    private static async Task<JsonElement> StylingAsync(LspClient lsp, string? uri = null) =>
        await lsp.RequestAsync("omnios/styling", uri is null ? new JsonObject() : new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });

    [Fact]
    public async Task The_convention_comes_from_initialization_options_then_from_each_configuration_change()
    {
        await using var lsp = await LspClient.StartAsync(initializationOptions: Convention("inline"));

        var initial = await StylingAsync(lsp);
        Assert.Equal(("inline", "inline"), (initial.GetProperty("setting").GetString(), initial.GetProperty("editorSetting").GetString()));
        Assert.True(initial.GetProperty("usesTailwind").GetBoolean());

        await lsp.NotifyAsync("workspace/didChangeConfiguration", new JsonObject { ["settings"] = Convention("tailwind") });
        Assert.Equal("tailwind", (await StylingAsync(lsp)).GetProperty("setting").GetString());

        await lsp.NotifyAsync("workspace/didChangeConfiguration", new JsonObject { ["settings"] = Convention(null) });
        var cleared = await StylingAsync(lsp);
        Assert.Equal("auto", cleared.GetProperty("setting").GetString());
        Assert.Equal(JsonValueKind.Null, cleared.GetProperty("editorSetting").ValueKind);
    }

    [Fact]
    public async Task A_change_notification_without_settings_makes_the_server_ask_for_the_setting()
    {
        await using var lsp = await LspClient.StartAsync();
        lsp.Editor.Settings["omnios.styling.convention"] = "inline";

        await lsp.NotifyAsync("workspace/didChangeConfiguration", new JsonObject { ["settings"] = null });

        // The change, its question and the answer complete before the next request is answered.
        Assert.Equal("inline", (await StylingAsync(lsp)).GetProperty("setting").GetString());
        var request = Assert.Single(lsp.Editor.ConfigurationRequests.All);
        Assert.Equal("omnios.styling.convention", request.GetProperty("items")[0].GetProperty("section").GetString());
    }

    [Fact]
    public async Task The_editor_setting_overrides_the_projects_file_and_the_document_follows_the_setting()
    {
        await using var lsp = await LspClient.StartAsync(prepare: w => w.Write("omnios/settings.json", """{ "styling": { "convention": "inline" } }"""));
        var uri = await lsp.OpenAsync("components/Hero.tsx");

        var fromProject = await StylingAsync(lsp, uri);
        Assert.Equal(("inline", "inline"), (fromProject.GetProperty("setting").GetString(), fromProject.GetProperty("document").GetString()));

        await lsp.NotifyAsync("workspace/didChangeConfiguration", new JsonObject { ["settings"] = Convention("tailwind") });

        var fromEditor = await StylingAsync(lsp, uri);
        Assert.Equal(("tailwind", "classes"), (fromEditor.GetProperty("setting").GetString(), fromEditor.GetProperty("document").GetString()));
    }

    [Fact]
    public async Task A_value_the_server_cannot_use_and_a_broken_settings_file_are_shown_to_the_user()
    {
        await using var lsp = await LspClient.StartAsync(prepare: w => w.Write("omnios/settings.json", "{ \"styling\": "), initializationOptions: Convention("classic"));

        var badValue = await lsp.Server.Within(lsp.Editor.Messages.FirstAsync(m => m.GetProperty("message").GetString()!.Contains("omnios.styling.convention", StringComparison.Ordinal)), "the bad setting reported");
        Assert.Equal(2, badValue.GetProperty("type").GetInt32());
        Assert.Contains("\"classic\"", badValue.GetProperty("message").GetString());
        var badFile = await lsp.Server.Within(lsp.Editor.Messages.FirstAsync(m => m.GetProperty("message").GetString()!.StartsWith("omnios/settings.json", StringComparison.Ordinal)), "the broken settings file reported");
        Assert.Equal(2, badFile.GetProperty("type").GetInt32());
        Assert.Contains("not valid JSON", badFile.GetProperty("message").GetString());
        Assert.Equal("auto", (await StylingAsync(lsp)).GetProperty("setting").GetString());
    }
}
