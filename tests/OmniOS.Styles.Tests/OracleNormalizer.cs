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
    /// <summary>The oracle's shape: declarations nested under the wrappers, outermost first.</summary>
    public static JsonObject Shape(ClassStyle style)
    {
        var root = new JsonObject();
        foreach (var rule in style.Rules)
        {
            var target = root;
            foreach (var wrapper in rule.Wrappers)
            {
                if (target[wrapper] is not JsonObject next)
                    target[wrapper] = next = new JsonObject();
                target = next;
            }
            foreach (var declaration in rule.Declarations)
                target[declaration.Property] = Normalize(declaration.Property, declaration.Text);
        }
        return root;
    }

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

    /// <summary>A JSON value's text for a difference listing.</summary>
    public static string Text(JsonNode? node) => node?.ToJsonString() ?? "null";

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
