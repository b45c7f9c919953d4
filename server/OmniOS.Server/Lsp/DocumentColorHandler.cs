using System.Text.Json;
using System.Text.Json.Nodes;
using OmniOS.Design.Documents;
using OmniOS.Design.Source;
using OmniOS.Server.Engine;
using OmniOS.Styles.Css;
using OmniOS.Styles.Editing;

namespace OmniOS.Server.Lsp;

/// <summary>
/// textDocument/documentColor: the colour of every colour class in the file's class strings (<c>bg-brand-500</c>,
/// <c>text-slate-900</c>, <c>bg-[#0af]</c>, <c>bg-black/50</c>) and of every colour written in an inline style's
/// values (<c>color: "#333"</c>, <c>rgb()</c>, named colours, the colour in <c>border: "1px solid #ddd"</c>).
/// textDocument/colorPresentation: what to write for a colour picked in the editor — the class with the same
/// variants and utility (<c>hover:bg-…</c>, <c>border-t-…</c>), a theme colour when one matches; for an inline
/// value, the colour in the value's own notation first (hex, <c>rgb()</c>, <c>hsl()</c>).
/// </summary>
internal static class DocumentColorHandler
{
    public static JsonNode Colors(DesignDocument document, ProjectStyles styles)
    {
        var tree = document.Tree;
        var text = LspText.Of(tree.Text);
        var tailwind = styles.Tailwind;
        var colors = new JsonArray();
        foreach (var token in ClassStrings.In(tree.Root).SelectMany(s => s.Classes))
        {
            if (tailwind.ColorOf(token.Name) is { } color)
                colors.Add(new JsonObject { ["range"] = text.Range(token.Span), ["color"] = Color(color.Color) });
        }
        foreach (var value in InlineStyleStrings.In(tree.Root).Where(v => TakesColor(v.Property)))
        {
            foreach (var (start, length, color) in CssColor.Find(value.Text))
                colors.Add(new JsonObject { ["range"] = text.Range(new Syntax.TextSpan(value.Content.Start + start, length)), ["color"] = Color(color) });
        }
        return colors;
    }

    public static JsonNode Presentations(DesignDocument document, JsonElement parameters, ProjectStyles styles)
    {
        var tree = document.Tree;
        var text = LspText.Of(tree.Text);
        var span = text.SpanOf(parameters.GetProperty("range"));
        var picked = Picked(parameters.GetProperty("color"));
        var range = text.Range(span);
        IEnumerable<string> labels;
        if (ClassStrings.At(tree.Root, span.Start)?.ClassAt(span.Start) is { } token && token.Span == span)
            labels = styles.Tailwind.Recolor(token.Name, picked) is { } recolored ? [recolored] : [];
        else
            labels = InlineNotations(tree.Text.Substring(span.Start, span.Length).Trim(), picked);
        return new JsonArray([.. labels.Select(label => (JsonNode)new JsonObject
        {
            ["label"] = label,
            ["textEdit"] = new JsonObject { ["range"] = range.DeepClone(), ["newText"] = label },
        })]);
    }

    /// <summary>The colour in the three notations, the one the value was written in first.</summary>
    private static IEnumerable<string> InlineNotations(string original, CssColor color)
    {
        var lower = original.ToLowerInvariant();
        var commas = original.Contains(',', StringComparison.Ordinal);
        var hex = color.ToHex();
        var rgb = color.ToRgb(commas);
        var hsl = color.ToHsl(commas);
        return lower.StartsWith("rgb", StringComparison.Ordinal) ? [rgb, hex, hsl]
            : lower.StartsWith("hsl", StringComparison.Ordinal) ? [hsl, hex, rgb]
            : [hex, rgb, hsl];
    }

    /// <summary>Whether an inline style property takes colours in its value (colour properties, backgrounds, borders, outlines, shadows, custom properties).</summary>
    private static bool TakesColor(string property)
    {
        var name = CssProperty.Name(property);
        if (name.StartsWith("--", StringComparison.Ordinal) || name.Contains("color", StringComparison.Ordinal))
            return true;
        if (name is "fill" or "stroke" or "box-shadow" or "text-shadow" or "text-decoration" or "column-rule" || name.StartsWith("background", StringComparison.Ordinal))
            return true;
        return (name.StartsWith("border", StringComparison.Ordinal) || name.StartsWith("outline", StringComparison.Ordinal))
            && !name.EndsWith("radius", StringComparison.Ordinal) && !name.EndsWith("width", StringComparison.Ordinal) && !name.EndsWith("style", StringComparison.Ordinal)
            && !name.EndsWith("offset", StringComparison.Ordinal) && !name.Contains("image", StringComparison.Ordinal)
            && name is not ("border-collapse" or "border-spacing");
    }

    private static JsonObject Color(CssColor color) => new()
    {
        ["red"] = Math.Clamp(color.R, 0, 1),
        ["green"] = Math.Clamp(color.G, 0, 1),
        ["blue"] = Math.Clamp(color.B, 0, 1),
        ["alpha"] = Math.Clamp(color.A, 0, 1),
    };

    private static CssColor Picked(JsonElement color) => new(
        color.GetProperty("red").GetDouble(), color.GetProperty("green").GetDouble(), color.GetProperty("blue").GetDouble(),
        color.TryGetProperty("alpha", out var alpha) ? alpha.GetDouble() : 1);
}
