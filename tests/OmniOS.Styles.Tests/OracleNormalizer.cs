using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OmniOS.Styles.Css;
using OmniOS.Styles.Tailwind;

namespace OmniOS.Styles.Tests;

/// <summary>
/// Puts our side in the oracle's shape with the oracle's normalisation (tests/styles/tailwind-oracle.mjs,
/// normalizeValue): lowercase, whitespace collapsed, ", " between list items, no space inside parentheses,
/// a zero length or time written 0, calc() computed, empty box-shadow layers dropped.
/// </summary>
public static partial class OracleNormalizer
{
    /// <summary>
    /// A class's CSS as sorted lines, "wrapper > wrapper > property: value" (or "wrapper > {}" for a rule that sets only
    /// custom properties), from the oracle's nested JSON (null for an unknown class).
    /// </summary>
    public static List<string>? Lines(JsonNode? oracle)
    {
        if (oracle is not JsonObject root)
            return null;
        var lines = new List<string>();
        void Walk(JsonObject node, string path)
        {
            if (node.Count == 0)
                lines.Add(path + "{}");
            foreach (var (key, value) in node)
            {
                if (value is JsonObject inner)
                    Walk(inner, path + key + " > ");
                else
                    lines.Add(path + key + ": " + value!.GetValue<string>());
            }
        }
        Walk(root, "");
        return Tidy(lines);
    }

    /// <summary>The same lines for our side, each value normalised as the oracle normalises Tailwind's.</summary>
    public static List<string>? Lines(ClassStyle? style)
    {
        if (style is null)
            return null;
        var lines = new List<string>();
        foreach (var rule in style.Rules)
        {
            var path = string.Concat(rule.Wrappers.Select(w => w + " > "));
            if (rule.Declarations.Count == 0)
                lines.Add(path + "{}");
            foreach (var declaration in rule.Declarations)
                lines.Add(path + declaration.Property + ": " + Normalize(declaration.Property, declaration.Text));
        }
        if (lines.Count == 0)
            lines.Add("{}");
        return Tidy(lines);
    }

    /// <summary>Sorted, without duplicates, and without an empty rule where the same path sets something (the oracle merges them).</summary>
    private static List<string> Tidy(List<string> lines) =>
        lines.Distinct(StringComparer.Ordinal)
            .Where(line => !line.EndsWith("{}", StringComparison.Ordinal) || !lines.Any(other => other != line && other.StartsWith(line[..^2], StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static string Normalize(string property, string value)
    {
        var v = Whitespace().Replace(value.ToLowerInvariant(), " ").Trim();
        v = CssValues.SimplifyCalc(v, exactOnly: false);
        v = SpaceAfterOpen().Replace(v, "(");
        v = SpaceBeforeClose().Replace(v, ")");
        v = Comma().Replace(v, ", ");
        v = Whitespace().Replace(v, " ").Trim();
        v = ZeroLength().Replace(v, "${1}0");
        if (property == "box-shadow")
        {
            var layers = CssValues.SplitTopLevel(v, ',').Select(l => l.Trim()).Where(l => l.Length > 0 && l != "0 0 #0000").ToList();
            v = layers.Count > 0 ? string.Join(", ", layers) : "0 0 #0000";
        }
        return v;
    }

    /// <summary>Lines for a difference listing.</summary>
    public static string Text(List<string>? lines) => lines is null ? "null" : string.Join("; ", lines);

    public static string Percent(int agree, int total) => (100.0 * agree / total).ToString("0.00", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\(\s+")]
    private static partial Regex SpaceAfterOpen();

    [GeneratedRegex(@"\s+\)")]
    private static partial Regex SpaceBeforeClose();

    [GeneratedRegex(@"\s*,\s*")]
    private static partial Regex Comma();

    [GeneratedRegex(@"(^|[\s(,])-?0(?:\.0+)?(?:px|rem|em|ch|vw|vh|svh|dvh|lvh|s|ms|deg)(?=$|[\s),])")]
    private static partial Regex ZeroLength();
}
