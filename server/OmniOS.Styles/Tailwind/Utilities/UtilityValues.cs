using System.Globalization;
using OmniOS.Styles.Css;
using OmniOS.Styles.Theme;

namespace OmniOS.Styles.Tailwind.Utilities;

/// <summary>How utilities read their values: theme keys, spacing multiples, fractions, arbitrary values, colours with an opacity.</summary>
internal sealed class UtilityValues(TailwindTheme theme)
{
    public TailwindTheme Theme { get; } = theme;

    /// <summary>The named value looked up in the theme namespaces, in order (<c>lg</c> in <c>--radius</c> → 0.5rem).</summary>
    public string? FromTheme(UtilityCandidate candidate, params string[] namespaces) =>
        candidate.Named is { } key && key.Length > 0 ? Theme.Lookup(key, namespaces) : null;

    /// <summary>A bare multiple of the spacing unit: <c>4</c> → <c>calc(0.25rem * 4)</c> (multiples of 0.25 only).</summary>
    public string? Multiplier(UtilityCandidate candidate) =>
        candidate.Named is { } text && IsSpacingMultiplier(text) && Theme.Spacing is { } spacing ? $"calc({spacing} * {text})" : null;

    /// <summary>A fraction as a percentage: <c>1/2</c> → <c>calc(1 / 2 * 100%)</c>.</summary>
    public static string? Fraction(UtilityCandidate candidate) =>
        candidate.Value?.Fraction is { } fraction && IsFraction(fraction) ? $"calc({fraction.Replace("/", " / ", StringComparison.Ordinal)} * 100%)" : null;

    /// <summary>The arbitrary value when it is one of the types (its hint, else what it looks like).</summary>
    public static string? Arbitrary(UtilityCandidate candidate, params string[] types)
    {
        if (candidate.Value is not { IsArbitrary: true } value)
            return null;
        if (value.DataType is { } hint)
            return types.Contains(hint) || types.Contains("any") ? value.Text : null;
        return types.Any(t => DataTypes.Is(t, value.Text)) ? value.Text : null;
    }

    /// <summary>A non-negative integer written canonically (<c>z-10</c>, <c>grow-2</c>), or null.</summary>
    public static string? Integer(string text) => IsCanonicalNumber(text) && !text.Contains('.') ? text : null;

    /// <summary>
    /// A colour: a theme colour (<c>red-500</c> in <c>--color</c>), a keyword (current, inherit, transparent) or an
    /// arbitrary colour, with the opacity modifier applied (<c>/50</c> → <c>color-mix(in oklab, C 50%, transparent)</c>).
    /// </summary>
    public string? Color(UtilityCandidate candidate, params string[] namespaces)
    {
        string? color;
        if (candidate.Value is not { } value)
            return null;
        if (value.IsArbitrary)
        {
            color = value.DataType is null ? (DataTypes.Is("color", value.Text) ? value.Text : null) : value.DataType == "color" ? value.Text : null;
        }
        else
        {
            color = value.Text switch
            {
                "current" => "currentcolor",
                "inherit" => "inherit",
                "transparent" => "transparent",
                _ => Theme.Lookup(value.Text, namespaces.Length == 0 ? ["--color"] : namespaces),
            };
        }
        if (color is null)
            return null;
        if (candidate.Modifier is not { } modifier)
            return color;
        if (Opacity(modifier) is not { } alpha)
            return null;
        return WithAlpha(color, alpha);
    }

    /// <summary>An opacity modifier as a percentage: <c>50</c> → 50%, <c>[0.37]</c> → 37%, <c>[15%]</c> → 15%.</summary>
    public string? Opacity(UtilityModifier modifier)
    {
        if (modifier.IsArbitrary)
        {
            var text = modifier.Text;
            if (DataTypes.IsNumber(text))
                return CssValues.FormatNumber(double.Parse(text, CultureInfo.InvariantCulture) * 100) + "%";
            return DataTypes.IsPercentage(text) || text.StartsWith("var(", StringComparison.Ordinal) ? text : null;
        }
        if (Theme.Lookup(modifier.Text, "--opacity") is { } themed)
            return themed;
        return IsSpacingMultiplier(modifier.Text) ? modifier.Text + "%" : null;
    }

    /// <summary>The colour at an opacity, as Tailwind writes it (unchanged at 100%).</summary>
    public static string WithAlpha(string color, string alpha) =>
        alpha == "100%" ? color : $"color-mix(in oklab, {color} {alpha}, transparent)";

    /// <summary><c>calc(V * -1)</c>.</summary>
    public static string Negate(string value) => $"calc({value} * -1)";

    /// <summary>A non-negative number written canonically that is a multiple of 0.25 (<c>4</c>, <c>2.5</c>, <c>0.75</c>; not <c>01</c>, <c>.5</c>, <c>1.3</c>).</summary>
    public static bool IsSpacingMultiplier(string text) =>
        IsCanonicalNumber(text) && double.Parse(text, CultureInfo.InvariantCulture) % 0.25 == 0;

    /// <summary>A non-negative decimal number written as JavaScript would print it: no sign, no leading or trailing zeros.</summary>
    public static bool IsCanonicalNumber(string text)
    {
        if (text.Length == 0 || !char.IsAsciiDigit(text[0]) || !text.All(c => char.IsAsciiDigit(c) || c == '.'))
            return false;
        if (!double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            return false;
        return number.ToString("R", CultureInfo.InvariantCulture) == text;
    }

    private static bool IsFraction(string fraction)
    {
        var slash = fraction.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && IsCanonicalNumber(fraction[..slash]) && IsCanonicalNumber(fraction[(slash + 1)..]) && !fraction[(slash + 1)..].Contains('.') && !fraction[..slash].Contains('.');
    }
}
