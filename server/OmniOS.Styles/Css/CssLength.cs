using System.Globalization;

namespace OmniOS.Styles.Css;

/// <summary>Absolute lengths: px and rem (at the browser default of 16px per rem).</summary>
public static class CssLength
{
    public const double PixelsPerRem = 16;

    /// <summary>Reads <c>24px</c>, <c>1.5rem</c>, <c>0</c> (and <c>calc()</c> of them) as pixels.</summary>
    public static bool TryToPixels(string value, out double pixels)
    {
        pixels = 0;
        var text = CssValues.SimplifyCalc(value.Trim(), exactOnly: false);
        if (text == "0")
            return true;
        if (!TrySplit(text, out var number, out var unit))
            return false;
        switch (unit)
        {
            case "px":
                pixels = number;
                return true;
            case "rem":
                pixels = number * PixelsPerRem;
                return true;
            default:
                return false;
        }
    }

    /// <summary>Splits <c>1.5rem</c> into 1.5 and "rem" (an empty unit for a bare number).</summary>
    public static bool TrySplit(string value, out double number, out string unit)
    {
        var text = value.Trim();
        var end = 0;
        if (end < text.Length && text[end] is '-' or '+')
            end++;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] == '.'))
            end++;
        unit = text[end..].ToLowerInvariant();
        if (!double.TryParse(text.AsSpan(0, end), NumberStyles.Float, CultureInfo.InvariantCulture, out number))
            return false;
        return unit.All(c => char.IsAsciiLetter(c) || c == '%');
    }
}
