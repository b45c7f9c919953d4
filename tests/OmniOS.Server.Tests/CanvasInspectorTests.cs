using System.Text.Json;
using System.Text.Json.Nodes;

namespace OmniOS.Server.Tests;

/// <summary>The inspector's canvas requests: an element's styles per variant, the theme's scales, and style changes that reach the file.</summary>
public sealed class CanvasInspectorTests
{
    private const string Hero = "components/Hero.tsx";
    private const string Badge = "components/Badge.tsx";
    private const string BadgeSource = """
        export function Badge() {
          return (
            <span style={{ padding: "8px 16px", color: "#b91c1c" }}>
              New
            </span>
          );
        }

        """;

    private static readonly string[] InspectorProperties = ["padding-top", "padding-left", "flex-direction", "gap", "margin-top", "color", "display"];

    [Fact]
    public async Task An_elements_styles_give_each_value_and_the_class_it_comes_from_inherited_or_set_at_the_breakpoint()
    {
        await using var server = await CanvasTestServer.StartAsync();
        await using var canvas = await CanvasClient.ConnectAsync(server.SocketUri());
        var section = $"{Hero}#Hero/0";

        var at = async (string? variant) => (await canvas.CallAsync("elementStyles", Params(section, variant))).GetProperty("properties");
        var base_ = await at(null);
        var md = await at("md");

        Assert.Equal(("5rem", "py-20", false), Value(base_, "padding-top"));
        Assert.Equal(("7rem", "md:py-28", false), Value(md, "padding-top"));
        Assert.Equal(("1.5rem", "px-6", true), Value(md, "padding-left"));
        Assert.Equal(("column", "flex-col", false), Value(base_, "flex-direction"));
        Assert.Equal(("row", "md:flex-row", false), Value(md, "flex-direction"));
        Assert.Equal(("3rem", "gap-12", true), Value(md, "gap"));
        Assert.Equal(JsonValueKind.Null, md.GetProperty("margin-top").GetProperty("value").ValueKind);
        Assert.All(md.EnumerateObject(), p => Assert.Equal("classes", p.Value.GetProperty("writes").GetString()));
        var whole = await canvas.CallAsync("elementStyles", Params(section, "md"));
        Assert.Equal(("md", "classes", true, true), (whole.GetProperty("variant").GetString(), whole.GetProperty("convention").GetString(), whole.GetProperty("classesEditable").GetBoolean(), whole.GetProperty("inlineEditable").GetBoolean()));
        Assert.Equal(server.Workspace.TryGet(Hero)!.Version, whole.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task An_inline_styled_element_shows_its_style_values_which_win_at_every_breakpoint_where_a_class_cannot_be_written()
    {
        await using var server = await CanvasTestServer.StartAsync(WriteBadge);
        await using var canvas = await CanvasClient.ConnectAsync(server.SocketUri());
        var span = $"{Badge}#Badge/0";

        var base_ = await canvas.CallAsync("elementStyles", Params(span, null));
        var md = (await canvas.CallAsync("elementStyles", Params(span, "md"))).GetProperty("properties");

        Assert.Equal("inline", base_.GetProperty("convention").GetString());
        var left = base_.GetProperty("properties").GetProperty("padding-left");
        Assert.Equal(("16px", "padding", false, "inline"), (left.GetProperty("value").GetString(), left.GetProperty("inline").GetString(), left.GetProperty("inherited").GetBoolean(), left.GetProperty("writes").GetString()));
        Assert.Equal("inline", base_.GetProperty("properties").GetProperty("margin-top").GetProperty("writes").GetString());
        Assert.True(md.GetProperty("padding-top").GetProperty("inherited").GetBoolean());
        Assert.Equal(JsonValueKind.Null, md.GetProperty("padding-top").GetProperty("writes").ValueKind);
        Assert.Contains("The inline style sets padding", md.GetProperty("padding-top").GetProperty("refused").GetString());
        Assert.Equal("classes", md.GetProperty("margin-top").GetProperty("writes").GetString());
    }

    [Fact]
    public async Task The_theme_scales_come_from_the_projects_stylesheet_with_the_default_theme_under_it()
    {
        await using var server = await CanvasTestServer.StartAsync();
        await using var canvas = await CanvasClient.ConnectAsync(server.SocketUri());

        var scales = await canvas.CallAsync("themeScales", null);

        var brand = scales.GetProperty("colors").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "brand-500");
        Assert.Equal(("#4f6bf5", true), (brand.GetProperty("value").GetString(), brand.GetProperty("project").GetBoolean()));
        Assert.Contains(scales.GetProperty("colors").EnumerateArray(), c => c.GetProperty("name").GetString() == "slate-900" && !c.GetProperty("project").GetBoolean());
        var six = scales.GetProperty("spacing").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "6");
        Assert.Equal(("1.5rem", 24), (six.GetProperty("value").GetString(), six.GetProperty("px").GetInt32()));
        Assert.Equal(["sm", "md", "lg", "xl", "2xl"], scales.GetProperty("breakpoints").EnumerateArray().Select(b => b.GetProperty("name").GetString()));
        Assert.Equal(768, scales.GetProperty("breakpoints")[1].GetProperty("px").GetInt32());
        foreach (var scale in new[] { "fontSizes", "fontWeights", "lineHeights", "letterSpacings", "radii", "shadows" })
            Assert.True(scales.GetProperty(scale).GetArrayLength() > 3, scale);
    }

    [Fact]
    public async Task A_padding_change_replaces_the_class_that_set_it_as_one_journaled_edit_and_undo_restores_the_bytes()
    {
        await using var server = await CanvasTestServer.StartAsync();
        await using var canvas = await CanvasClient.ConnectAsync(server.SocketUri());
        const string card = "components/FeatureCard.tsx";
        var path = server.FilePath(card);
        var original = File.ReadAllBytes(path);
        var text = File.ReadAllText(path);
        var article = ElementWithClass(server, card, "p-6");

        var result = await canvas.CallAsync("setElementStyle", new JsonObject { ["path"] = card, ["id"] = article, ["property"] = "padding", ["value"] = "32px", ["version"] = server.Workspace.TryGet(card)!.Version });

        Assert.True(result.GetProperty("applied").GetBoolean(), result.ToString());
        Assert.Equal("""{"kind":"classes","remove":["p-6"],"add":["p-8"]}""", result.GetProperty("change").GetRawText());
        Assert.Equal(text.Replace("border-slate-200 p-6 transition", "border-slate-200 p-8 transition", StringComparison.Ordinal), File.ReadAllText(path));
        var entry = Assert.Single(server.Journal.Recent(5));
        Assert.Equal((card, "replaceClasses", "done"), (entry.Path, entry.Operation, entry.State));

        var undone = await canvas.CallAsync("undo", new JsonObject { ["path"] = card });

        Assert.True(undone.GetProperty("applied").GetBoolean());
        Assert.Equal(original, File.ReadAllBytes(path));
    }

    [Fact]
    public async Task A_change_of_one_side_keeps_the_shorthand_and_adds_the_side_class()
    {
        await using var server = await CanvasTestServer.StartAsync();
        await using var canvas = await CanvasClient.ConnectAsync(server.SocketUri());
        var text = File.ReadAllText(server.FilePath(Hero));
        var link = ElementWithClass(server, Hero, "bg-brand-500");

        // px-6 stays and pl-8 overrides its left side: fewer classes and changes than pr-6 pl-8.
        var result = await canvas.CallAsync("setElementStyle", new JsonObject { ["path"] = Hero, ["id"] = link, ["property"] = "padding-left", ["value"] = "32px" });

        Assert.True(result.GetProperty("applied").GetBoolean(), result.ToString());
        Assert.Equal(text.Replace("shadow-sm hover:bg-brand-600\"", "shadow-sm hover:bg-brand-600 pl-8\"", StringComparison.Ordinal), File.ReadAllText(server.FilePath(Hero)));
    }

    [Fact]
    public async Task A_colour_picked_from_the_palette_is_written_as_the_token_picked_even_where_another_has_the_same_value()
    {
        await using var server = await CanvasTestServer.StartAsync();
        await using var canvas = await CanvasClient.ConnectAsync(server.SocketUri());
        var text = File.ReadAllText(server.FilePath(Hero));
        var link = ElementWithClass(server, Hero, "bg-brand-500");

        var result = await canvas.CallAsync("setElementStyle", new JsonObject { ["path"] = Hero, ["id"] = link, ["property"] = "background-color", ["value"] = "var(--color-neutral-50)" });

        Assert.True(result.GetProperty("applied").GetBoolean(), result.ToString());
        Assert.Equal(text.Replace("rounded-lg bg-brand-500 px-6", "rounded-lg bg-neutral-50 px-6", StringComparison.Ordinal), File.ReadAllText(server.FilePath(Hero)));
    }

    [Fact]
    public async Task A_change_at_a_breakpoint_writes_a_class_with_its_variant_and_keeps_the_base_class()
    {
        await using var server = await CanvasTestServer.StartAsync();
        await using var canvas = await CanvasClient.ConnectAsync(server.SocketUri());
        var text = File.ReadAllText(server.FilePath(Hero));
        var paragraph = ElementWithClass(server, Hero, "text-lg");

        var result = await canvas.CallAsync("setElementStyle", new JsonObject { ["path"] = Hero, ["id"] = paragraph, ["property"] = "margin-top", ["value"] = "48px", ["variant"] = "md" });

        Assert.True(result.GetProperty("applied").GetBoolean(), result.ToString());
        Assert.Equal(["md:mt-12"], result.GetProperty("change").GetProperty("add").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(text.Replace("\"mt-6 text-lg text-slate-600\"", "\"mt-6 text-lg text-slate-600 md:mt-12\"", StringComparison.Ordinal), File.ReadAllText(server.FilePath(Hero)));
    }

    [Fact]
    public async Task A_change_on_an_inline_styled_element_sets_the_style_property_and_a_breakpoint_it_would_hide_is_refused_with_the_reason()
    {
        await using var server = await CanvasTestServer.StartAsync(WriteBadge);
        await using var canvas = await CanvasClient.ConnectAsync(server.SocketUri());
        var path = server.FilePath(Badge);
        var span = $"{Badge}#Badge/0";

        var set = await canvas.CallAsync("setElementStyle", new JsonObject { ["path"] = Badge, ["id"] = span, ["property"] = "padding-top", ["value"] = "24px" });

        Assert.True(set.GetProperty("applied").GetBoolean(), set.ToString());
        Assert.Equal(("inline", "padding-top", "24px"), (set.GetProperty("change").GetProperty("kind").GetString(), set.GetProperty("change").GetProperty("property").GetString(), set.GetProperty("change").GetProperty("value").GetString()));
        var written = BadgeSource.Replace("color: \"#b91c1c\" }}", "color: \"#b91c1c\", paddingTop: \"24px\" }}", StringComparison.Ordinal);
        Assert.Equal(written, File.ReadAllText(path));

        var refused = await canvas.CallAsync("setElementStyle", new JsonObject { ["path"] = Badge, ["id"] = span, ["property"] = "padding-top", ["value"] = "32px", ["variant"] = "md" });

        Assert.False(refused.GetProperty("applied").GetBoolean());
        Assert.Contains("The inline style sets padding", refused.GetProperty("message").GetString());
        Assert.Equal(written, File.ReadAllText(path));
    }

    [Fact]
    public async Task Bad_parameters_get_an_error_and_a_change_computed_against_an_old_version_is_refused_and_the_file_is_untouched()
    {
        await using var server = await CanvasTestServer.StartAsync();
        await using var canvas = await CanvasClient.ConnectAsync(server.SocketUri());
        var before = File.ReadAllBytes(server.FilePath(Hero));
        var section = $"{Hero}#Hero/0";

        var unknownVariant = await canvas.RequestAsync("elementStyles", Params(section, "widescreen"));
        var noProperties = await canvas.RequestAsync("elementStyles", new JsonObject { ["path"] = Hero, ["id"] = section });
        var unknownElement = await canvas.RequestAsync("setElementStyle", new JsonObject { ["path"] = Hero, ["id"] = $"{Hero}#Hero/9", ["property"] = "gap", ["value"] = "8px" });
        var numberValue = await canvas.RequestAsync("setElementStyle", new JsonObject { ["path"] = Hero, ["id"] = section, ["property"] = "gap", ["value"] = 8 });
        var stale = await canvas.CallAsync("setElementStyle", new JsonObject { ["path"] = Hero, ["id"] = section, ["property"] = "gap", ["value"] = "8px", ["version"] = 99 });

        foreach (var error in new[] { unknownVariant, noProperties, unknownElement, numberValue })
            Assert.Equal(-32602, error.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Contains("Unknown variant 'widescreen'", unknownVariant.GetProperty("error").GetProperty("message").GetString());
        Assert.False(stale.GetProperty("applied").GetBoolean());
        Assert.Contains("not 99", stale.GetProperty("message").GetString());
        Assert.Equal(before, File.ReadAllBytes(server.FilePath(Hero)));
    }

    private static void WriteBadge(string root) => File.WriteAllText(Path.Combine(root, "components", "Badge.tsx"), BadgeSource);

    private static JsonObject Params(string id, string? variant) => new()
    {
        ["path"] = id[..id.IndexOf('#')],
        ["id"] = id,
        ["variant"] = variant,
        ["properties"] = new JsonArray([.. InspectorProperties.Select(p => (JsonNode)p)]),
    };

    private static (string? Value, string? Class, bool Inherited) Value(JsonElement properties, string property)
    {
        var value = properties.GetProperty(property);
        return (value.GetProperty("value").GetString(), value.GetProperty("class").GetString(), value.GetProperty("inherited").GetBoolean());
    }

    private static string ElementWithClass(CanvasTestServer server, string path, string className) =>
        server.Workspace.TryGet(path)!.Model.Components.SelectMany(c => c.Roots).SelectMany(Design.Model.DesignNode.ElementsIn)
            .First(e => e.ClassName?.Static.Contains(className) == true).Id;
}
