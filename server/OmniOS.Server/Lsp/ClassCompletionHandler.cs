using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OmniOS.Design.Documents;
using OmniOS.Design.Source;
using OmniOS.Server.Engine;
using OmniOS.Styles;
using OmniOS.Styles.Css;

namespace OmniOS.Server.Lsp;

/// <summary>
/// textDocument/completion of a class in a class string: the classes and variants that start with the class typed so
/// far (variants included, <c>md:hover:bg-</c>), the project's theme classes among them, in natural order
/// (<c>p-2</c> before <c>p-10</c>). A colour class comes as kind Color with its colour as the documentation, which VS
/// Code shows as a swatch; every item's CSS comes with completionItem/resolve. The edit replaces the whole class being
/// typed. Nothing is offered outside class strings.
/// </summary>
internal static class ClassCompletionHandler
{
    /// <summary>The most items in one answer; with more, the answer is marked incomplete and the editor asks again as the user types.</summary>
    public const int Limit = 150;

    private const int TextKind = 21;
    private const int ColorKind = 16;
    private const int VariantKind = 9;

    /// <summary>What the client can take: an insert/replace edit, markdown documentation.</summary>
    public sealed record Support(bool InsertReplace, bool Markdown);

    public static JsonNode? Complete(DesignDocument document, JsonElement parameters, ProjectStyles styles, Support support)
    {
        var tree = document.Tree;
        var text = LspText.Of(tree.Text);
        var offset = text.OffsetOf(parameters.GetProperty("position"));
        if (ClassStrings.At(tree.Root, offset) is not { } classString)
            return null;
        var word = classString.WordAt(offset);
        var start = word.Span.Start - classString.Content.Start;
        if (!classString.IsWhole(start, word.Span.End - classString.Content.Start))
            return null;
        var typed = word.Name[..(offset - word.Span.Start)];
        var tailwind = styles.Tailwind;
        var completions = tailwind.Complete(typed, Limit);
        var variants = TailwindStyles.VariantPrefix(typed);
        var insert = text.Range(new Syntax.TextSpan(word.Span.Start, offset - word.Span.Start));
        var replace = text.Range(word.Span);
        var items = new JsonArray();
        var ordered = completions.OrderBy(c => c.IsVariant).ThenBy(c => c.Label, Comparer<string>.Create(TailwindStyles.CompareNames)).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var completion = ordered[i];
            var color = completion.IsVariant ? null : tailwind.ColorOf(completion.Label);
            var item = new JsonObject
            {
                ["label"] = completion.Label[variants.Length..],
                ["kind"] = completion.IsVariant ? VariantKind : color is null ? TextKind : ColorKind,
                ["filterText"] = completion.Label,
                // Classes before variants, each in natural order.
                ["sortText"] = i.ToString("D4", CultureInfo.InvariantCulture),
                ["textEdit"] = support.InsertReplace
                    ? new JsonObject { ["newText"] = completion.Label, ["insert"] = insert.DeepClone(), ["replace"] = replace.DeepClone() }
                    : new JsonObject { ["newText"] = completion.Label, ["range"] = replace.DeepClone() },
                ["data"] = new JsonObject { ["class"] = completion.Label },
            };
            if (color is not null)
                item["documentation"] = SwatchText(color.Color);
            if (completion.IsVariant)
            {
                item["detail"] = "variant";
                item["command"] = new JsonObject { ["title"] = "Suggest", ["command"] = "editor.action.triggerSuggest" };
            }
            items.Add(item);
        }
        return new JsonObject { ["isIncomplete"] = completions.Count >= Limit, ["items"] = items };
    }

    /// <summary>completionItem/resolve: the class's CSS as documentation (as detail for a colour class, whose documentation is its swatch).</summary>
    public static JsonNode Resolve(JsonElement item, ProjectStyles styles, Support support)
    {
        var resolved = JsonNode.Parse(item.GetRawText())!.AsObject();
        if (!item.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object || !data.TryGetProperty("class", out var name)
            || name.ValueKind != JsonValueKind.String || styles.Tailwind.Describe(name.GetString()!) is not { } css)
            return resolved;
        if (item.TryGetProperty("kind", out var kind) && kind.ValueKind == JsonValueKind.Number && kind.GetInt32() == ColorKind)
            resolved["detail"] = css.TrimEnd();
        else
            resolved["documentation"] = support.Markdown ? new JsonObject { ["kind"] = "markdown", ["value"] = ClassExplanation.CssBlock(css) } : css;
        return resolved;
    }

    /// <summary>The colour as VS Code recognises it in a completion's documentation to draw a swatch: <c>#rrggbb</c>, or <c>rgba(…)</c> when translucent.</summary>
    private static string SwatchText(CssColor color) => color.A >= 1 ? color.ToHex() : color.ToRgb(commas: true);
}
