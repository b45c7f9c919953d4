using System.Globalization;
using OmniOS.Styles.Css;

namespace OmniOS.Styles.Tailwind;

/// <summary>
/// What kind of CSS value an arbitrary value is, for utilities that accept several (<c>text-[14px]</c> is a
/// font size, <c>text-[#333]</c> a colour). A <c>var()</c> could be anything, so it matches every type and
/// the utility's first reading wins, as in Tailwind.
/// </summary>
internal static class DataTypes
{
    private static readonly HashSet<string> LengthUnits = new(StringComparer.Ordinal)
    {
        "px", "rem", "em", "ex", "ch", "cap", "ic", "lh", "rlh", "vw", "vh", "vi", "vb", "vmin", "vmax",
        "svw", "svh", "lvw", "lvh", "dvw", "dvh", "cqw", "cqh", "cqi", "cqb", "cqmin", "cqmax", "cm", "mm", "q", "in", "pt", "pc",
    };

    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "color", "length", "percentage", "number", "integer", "url", "image", "angle", "position", "bg-size", "line-width",
        "family-name", "generic-name", "absolute-size", "relative-size", "ratio", "vector", "any", "shadow", "time",
    };

    /// <summary>Whether a type hint (<c>length</c> in <c>[length:13px]</c>) is one Tailwind knows.</summary>
    public static bool IsKnown(string type) => Known.Contains(type);

    public static bool Is(string type, string value)
    {
        if (value.StartsWith("var(", StringComparison.Ordinal))
            return true;
        return type switch
        {
            "color" => CssColor.LooksLikeColor(value),
            "length" => IsLength(value),
            "percentage" => IsPercentage(value),
            "number" => IsNumber(value) || HasMathFunction(value),
            "integer" => int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            "url" => value.StartsWith("url(", StringComparison.Ordinal),
            "image" => IsImage(value),
            "angle" => IsAngle(value),
            "time" => value.EndsWith("ms", StringComparison.Ordinal) || value.EndsWith('s') && IsNumber(value[..^1]),
            "line-width" => value is "thin" or "medium" or "thick" || IsLength(value),
            "absolute-size" => value is "xx-small" or "x-small" or "small" or "medium" or "large" or "x-large" or "xx-large" or "xxx-large",
            "relative-size" => value is "larger" or "smaller",
            "ratio" => value.Contains('/') && value.Split('/').All(p => IsNumber(p.Trim())),
            "family-name" or "generic-name" => value.Contains(',') || value.StartsWith('"') || value.StartsWith('\''),
            "position" => IsPosition(value),
            "bg-size" => value is "cover" or "contain" or "auto" || value.Split(' ').All(p => p == "auto" || IsLength(p) || IsPercentage(p)),
            "shadow" => IsShadow(value),
            "any" => true,
            _ => false,
        };
    }

    public static bool IsNumber(string value) =>
        double.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out _);

    public static bool HasMathFunction(string value) =>
        value.StartsWith("calc(", StringComparison.Ordinal) || value.StartsWith("min(", StringComparison.Ordinal)
        || value.StartsWith("max(", StringComparison.Ordinal) || value.StartsWith("clamp(", StringComparison.Ordinal);

    public static bool IsLength(string value)
    {
        if (value == "0" || HasMathFunction(value))
            return true;
        return CssLength.TrySplit(value, out _, out var unit) && LengthUnits.Contains(unit);
    }

    public static bool IsPercentage(string value) =>
        HasMathFunction(value) || value.EndsWith('%') && IsNumber(value[..^1]);

    private static bool IsAngle(string value) =>
        CssLength.TrySplit(value, out _, out var unit) && unit is "deg" or "rad" or "grad" or "turn";

    private static bool IsImage(string value) =>
        value.StartsWith("url(", StringComparison.Ordinal) || value.Contains("gradient(", StringComparison.Ordinal)
        || value.StartsWith("image(", StringComparison.Ordinal) || value.StartsWith("image-set(", StringComparison.Ordinal)
        || value.StartsWith("cross-fade(", StringComparison.Ordinal) || value.StartsWith("element(", StringComparison.Ordinal);

    private static bool IsPosition(string value) =>
        CssValues.SplitWhitespace(value).All(part => part is "center" or "top" or "right" or "bottom" or "left" || IsLength(part) || IsPercentage(part));

    private static bool IsShadow(string value) =>
        CssValues.SplitTopLevel(value, ',').All(layer =>
        {
            var parts = CssValues.SplitWhitespace(layer.Trim());
            return parts.Count(p => IsLength(p)) >= 2 || parts.Count == 1 && parts[0] == "none";
        });
}
