using System.Text.Json;
using System.Text.Json.Nodes;

namespace OmniOS.Server.Tests.Lsp;

/// <summary>
/// Hover, completion and colours over the project's Tailwind, as an editor gets them from the real server: on the
/// example project, whose globals.css adds brand colours to the theme.
/// </summary>
public sealed class LspClassFeatureTests(LspServerFixture server) : IClassFixture<LspServerFixture>
{
    private const string Forms = """
        import { cn } from "@/lib/cn";

        export function Forms({ active, size, variant }: { active: boolean; size: string; variant: string }) {
          const chip = clsx("inline-flex", variant === "primary" && "bg-brand-500");
          return (
            <div className={`p-4 ${active ? "ring-2" : "ring-0"} text-${size} m-2`} title="p-8 flex">
              <button className={cn("rounded-lg px-4", active && "md:hover:bg-brand-600")}>Go</button>
              <svg class="h-4 w-4"><path class="fill-brand-500" /></svg>
              <p className="bg-blu-500 text-slate-900">x</p>
            </div>
          );
        }
        """;

    private LspClient Lsp => server.Lsp;

    private static JsonObject Position(string text, int offset)
    {
        var (line, character) = TextPositions.PositionOf(text, offset);
        return new JsonObject { ["line"] = line, ["character"] = character };
    }

    /// <summary>The offset of <paramref name="needle"/>'s first occurrence in <paramref name="text"/>, plus <paramref name="delta"/>.</summary>
    private static int At(string text, string needle, int delta = 0)
    {
        var index = text.IndexOf(needle, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{needle}' is not in the text.");
        return index + delta;
    }

    private static (int Start, int End) Range(string text, JsonElement range) =>
        (TextPositions.OffsetOf(text, range.GetProperty("start").GetProperty("line").GetInt32(), range.GetProperty("start").GetProperty("character").GetInt32()),
         TextPositions.OffsetOf(text, range.GetProperty("end").GetProperty("line").GetInt32(), range.GetProperty("end").GetProperty("character").GetInt32()));

    private async Task<JsonElement> HoverAsync(string uri, string text, int offset) =>
        await Lsp.RequestAsync("textDocument/hover", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri }, ["position"] = Position(text, offset) });

    private async Task<JsonElement> CompleteAsync(string uri, string text, int offset) =>
        await Lsp.RequestAsync("textDocument/completion", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri }, ["position"] = Position(text, offset) });

    [Fact]
    public void Initialize_advertises_hover_completion_with_its_trigger_characters_and_resolve_and_colours()
    {
        var capabilities = Lsp.Initialized.GetProperty("capabilities");

        Assert.True(capabilities.GetProperty("hoverProvider").GetBoolean());
        var completion = capabilities.GetProperty("completionProvider");
        Assert.Equal([" ", ":", "-", "\"", "'", "`"], completion.GetProperty("triggerCharacters").EnumerateArray().Select(c => c.GetString()));
        Assert.True(completion.GetProperty("resolveProvider").GetBoolean());
        Assert.True(capabilities.GetProperty("colorProvider").GetBoolean());
    }

    [Fact]
    public async Task Hover_on_a_theme_class_shows_its_css_with_the_project_colour_resolved_and_the_range_of_the_class()
    {
        var uri = await Lsp.OpenAsync("components/Hero.tsx");
        var text = Lsp.Editor.Buffer(uri).Text;
        var start = At(text, "hover:bg-brand-600");

        var hover = await HoverAsync(uri, text, start + 9);

        var contents = hover.GetProperty("contents");
        Assert.Equal("markdown", contents.GetProperty("kind").GetString());
        Assert.Equal("```css\n@media (hover: hover) {\n  .hover\\:bg-brand-600:hover {\n    background-color: #3b4fe0;\n  }\n}\n```", contents.GetProperty("value").GetString());
        Assert.Equal((start, start + "hover:bg-brand-600".Length), Range(text, hover.GetProperty("range")));
    }

    [Fact]
    public async Task Hover_works_in_templates_helper_calls_and_svg_class_attributes_and_not_in_other_strings()
    {
        var uri = await Lsp.OpenAsync("components/Forms.tsx", Forms);

        Assert.Contains("padding: 1rem;", (await HoverAsync(uri, Forms, At(Forms, "p-4 ${"))).GetProperty("contents").GetProperty("value").GetString());
        Assert.Contains("box-shadow: 0 0 0 2px", (await HoverAsync(uri, Forms, At(Forms, "\"ring-2", 2))).GetProperty("contents").GetProperty("value").GetString());
        Assert.Contains("@media (width >= 48rem)", (await HoverAsync(uri, Forms, At(Forms, "md:hover:bg-brand-600", 12))).GetProperty("contents").GetProperty("value").GetString());
        Assert.Contains("display: inline-flex;", (await HoverAsync(uri, Forms, At(Forms, "inline-flex"))).GetProperty("contents").GetProperty("value").GetString());
        Assert.Contains("fill: #4f6bf5;", (await HoverAsync(uri, Forms, At(Forms, "fill-brand-500"))).GetProperty("contents").GetProperty("value").GetString());
        Assert.Equal(JsonValueKind.Null, (await HoverAsync(uri, Forms, At(Forms, "primary"))).ValueKind);
        Assert.Equal(JsonValueKind.Null, (await HoverAsync(uri, Forms, At(Forms, "p-8 flex"))).ValueKind);
        Assert.Equal(JsonValueKind.Null, (await HoverAsync(uri, Forms, At(Forms, "text-${", 2))).ValueKind);
    }

    [Fact]
    public async Task Hover_on_an_unknown_class_says_it_generates_nothing_and_suggests_the_nearest_class()
    {
        var uri = await Lsp.OpenAsync("components/Unknown.tsx", Forms);

        var hover = await HoverAsync(uri, Forms, At(Forms, "bg-blu-500", 3));

        var value = hover.GetProperty("contents").GetProperty("value").GetString();
        Assert.Contains("'bg-blu-500' generates no CSS", value);
        Assert.Contains("'bg-blue-500'", value);
        Assert.Equal((At(Forms, "bg-blu-500"), At(Forms, "bg-blu-500") + 10), Range(Forms, hover.GetProperty("range")));
    }

    [Fact]
    public async Task Completion_after_variants_offers_the_project_colours_as_colour_items_replacing_the_whole_typed_class()
    {
        const string text = "export const A = () => <p className=\"flex md:hover:bg-bra\" />;\n";
        var uri = await Lsp.OpenAsync("components/Complete.tsx", text);
        var typedStart = At(text, "md:hover:bg-bra");
        var cursor = typedStart + "md:hover:bg-bra".Length;

        var completion = await CompleteAsync(uri, text, cursor);

        var items = completion.GetProperty("items").EnumerateArray().ToList();
        var brand = items.Single(i => i.GetProperty("filterText").GetString() == "md:hover:bg-brand-500");
        Assert.Equal("bg-brand-500", brand.GetProperty("label").GetString());
        Assert.Equal(16, brand.GetProperty("kind").GetInt32()); // CompletionItemKind.Color
        Assert.Equal("#4f6bf5", brand.GetProperty("documentation").GetString());
        var edit = brand.GetProperty("textEdit");
        Assert.Equal("md:hover:bg-brand-500", edit.GetProperty("newText").GetString());
        Assert.Equal((typedStart, cursor), Range(text, edit.GetProperty("insert")));
        Assert.Equal((typedStart, cursor), Range(text, edit.GetProperty("replace")));
        Assert.All(items, i => Assert.StartsWith("md:hover:bg-bra", i.GetProperty("filterText").GetString()));

        var resolved = await Lsp.RequestAsync("completionItem/resolve", JsonNode.Parse(brand.GetRawText())!.AsObject());
        Assert.Contains("background-color: #4f6bf5;", resolved.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Completion_lists_classes_in_natural_order_then_variants_which_trigger_the_next_suggestion_and_resolves_their_css()
    {
        const string text = "export const A = () => <p className={cn(\"p-4\", on && \"p\")} />;\n";
        var uri = await Lsp.OpenAsync("components/Natural.tsx", text);

        var completion = await CompleteAsync(uri, text, At(text, "\"p\")", 2));

        var items = completion.GetProperty("items").EnumerateArray().OrderBy(i => i.GetProperty("sortText").GetString(), StringComparer.Ordinal).ToList();
        var labels = items.Select(i => i.GetProperty("label").GetString()!).ToList();
        Assert.True(labels.IndexOf("p-2") < labels.IndexOf("p-10"), string.Join(' ', labels.Take(30)));
        Assert.True(labels.IndexOf("p-10") < labels.IndexOf("peer-hover:"));
        var variant = items.Single(i => i.GetProperty("label").GetString() == "peer-hover:");
        Assert.Equal("editor.action.triggerSuggest", variant.GetProperty("command").GetProperty("command").GetString());
        var padding = items.Single(i => i.GetProperty("label").GetString() == "p-2");
        Assert.Equal(21, padding.GetProperty("kind").GetInt32());

        var resolved = await Lsp.RequestAsync("completionItem/resolve", JsonNode.Parse(padding.GetRawText())!.AsObject());
        Assert.Equal("```css\n.p-2 {\n  padding: 0.5rem;\n}\n```", resolved.GetProperty("documentation").GetProperty("value").GetString());
    }

    [Fact]
    public async Task Completion_replaces_the_class_under_the_cursor_up_to_its_end_and_offers_nothing_outside_class_strings()
    {
        var uri = await Lsp.OpenAsync("components/Replace.tsx", Forms);
        var start = At(Forms, "rounded-lg px-4");

        var completion = await CompleteAsync(uri, Forms, start + 3);

        var item = completion.GetProperty("items").EnumerateArray().First(i => i.GetProperty("filterText").GetString() == "rounded-lg");
        Assert.Equal((start, start + 3), Range(Forms, item.GetProperty("textEdit").GetProperty("insert")));
        Assert.Equal((start, start + "rounded-lg".Length), Range(Forms, item.GetProperty("textEdit").GetProperty("replace")));
        Assert.Equal(JsonValueKind.Null, (await CompleteAsync(uri, Forms, At(Forms, "primary", 3))).ValueKind);
        Assert.Equal(JsonValueKind.Null, (await CompleteAsync(uri, Forms, At(Forms, "p-8", 2))).ValueKind);
        Assert.Equal(JsonValueKind.Null, (await CompleteAsync(uri, Forms, At(Forms, "text-${", 5))).ValueKind);
    }

    [Fact]
    public async Task Document_colours_cover_colour_classes_and_inline_style_colours_with_their_exact_ranges()
    {
        const string text = """
            export const A = () => (
              <div className="bg-brand-500 p-4 text-slate-900 bg-[#0af] hover:bg-black/50" style={{ color: "#333", background: "rgb(0 0 0 / 0.5)", borderColor: "rebeccapurple", border: "1px solid #ddd", padding: "4px", fontFamily: "Orange Sans" }} />
            );

            """;
        var uri = await Lsp.OpenAsync("components/Colours.tsx", text);

        var colors = await Lsp.RequestAsync("textDocument/documentColor", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });

        var found = colors.EnumerateArray().Select(c =>
        {
            var (start, end) = Range(text, c.GetProperty("range"));
            var color = c.GetProperty("color");
            int Channel(string name) => (int)Math.Round(color.GetProperty(name).GetDouble() * 255);
            return (text[start..end], $"{Channel("red"):x2}{Channel("green"):x2}{Channel("blue"):x2}/{Channel("alpha")}");
        }).ToList();
        Assert.Equal(
        [
            ("bg-brand-500", "4f6bf5/255"), ("text-slate-900", "0f172b/255"), ("bg-[#0af]", "00aaff/255"), ("hover:bg-black/50", "000000/128"),
            ("#333", "333333/255"), ("rgb(0 0 0 / 0.5)", "000000/128"), ("rebeccapurple", "663399/255"), ("#ddd", "dddddd/255"),
        ], found);
    }

    [Fact]
    public async Task A_picked_colour_comes_back_as_the_class_with_its_variant_and_utility_or_in_the_inline_values_notation()
    {
        const string text = "export const A = () => <div className=\"hover:bg-brand-500 border-t-black\" style={{ color: \"rgb(1, 2, 3)\", fill: \"#123\" }} />;\n";
        var uri = await Lsp.OpenAsync("components/Picker.tsx", text);

        async Task<List<string>> Presentations(string needle, double red, double green, double blue, double alpha = 1)
        {
            var start = At(text, needle);
            var answer = await Lsp.RequestAsync("textDocument/colorPresentation", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri },
                ["color"] = new JsonObject { ["red"] = red, ["green"] = green, ["blue"] = blue, ["alpha"] = alpha },
                ["range"] = new JsonObject { ["start"] = Position(text, start), ["end"] = Position(text, start + needle.Length) },
            });
            foreach (var presentation in answer.EnumerateArray())
            {
                Assert.Equal(presentation.GetProperty("label").GetString(), presentation.GetProperty("textEdit").GetProperty("newText").GetString());
                Assert.Equal((start, start + needle.Length), Range(text, presentation.GetProperty("textEdit").GetProperty("range")));
            }
            return [.. answer.EnumerateArray().Select(p => p.GetProperty("label").GetString()!)];
        }

        Assert.Equal(["hover:bg-brand-600"], await Presentations("hover:bg-brand-500", 0x3b / 255.0, 0x4f / 255.0, 0xe0 / 255.0));
        Assert.Equal(["hover:bg-[#00aaff]"], await Presentations("hover:bg-brand-500", 0, 170 / 255.0, 1));
        Assert.Equal(["border-t-brand-500/50"], await Presentations("border-t-black", 0x4f / 255.0, 0x6b / 255.0, 0xf5 / 255.0, 0.5));
        Assert.Equal(["rgb(0, 170, 255)", "#00aaff", "hsl(200, 100%, 50%)"], await Presentations("rgb(1, 2, 3)", 0, 170 / 255.0, 1));
        Assert.Equal(["#00aaff80", "rgb(0 170 255 / 0.5)", "hsl(200 100% 50% / 0.5)"], await Presentations("#123", 0, 170 / 255.0, 1, 0.5));
    }
}
