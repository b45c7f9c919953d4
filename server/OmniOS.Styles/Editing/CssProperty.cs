using System.Globalization;
using System.Text;
using OmniOS.Styles.Css;

namespace OmniOS.Styles.Editing;

/// <summary>
/// Property names and values as the inspector and the style object write them, made comparable with what
/// classes set: <c>paddingTop</c> → <c>padding-top</c>; <c>24px</c>, <c>1.5rem</c> and <c>calc(0.25rem * 6)</c>
/// compare equal, and so do <c>#000</c>, <c>black</c> and <c>rgb(0 0 0)</c>.
/// </summary>
public static class CssProperty
{
    /// <summary>The CSS name of a property: kebab-case, lowercase (<c>WebkitLineClamp</c> → <c>-webkit-line-clamp</c>); custom properties as written.</summary>
    public static string Name(string property)
    {
        var text = property.Trim();
        if (text.StartsWith("--", StringComparison.Ordinal) || text.Contains('-'))
            return text.StartsWith("--", StringComparison.Ordinal) ? text : text.ToLowerInvariant();
        var builder = new StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsUpper(c))
            {
                // React's vendor prefixes: WebkitX → -webkit-x, msX → -ms-x.
                if (i > 0 || text.StartsWith("Webkit", StringComparison.Ordinal) || text.StartsWith("Moz", StringComparison.Ordinal))
                    builder.Append('-');
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }
        var name = builder.ToString();
        return name.StartsWith("ms-", StringComparison.Ordinal) ? "-" + name : name;
    }

    /// <summary>
    /// A key under which equal values of <paramref name="property"/> compare equal: lengths in pixels (a rem is 16px),
    /// colours as 8-bit RGBA, numbers canonical, an opacity's percentage as a number, everything else lowercase with
    /// whitespace collapsed.
    /// </summary>
    public static string ValueKey(string property, string value)
    {
        if (Name(property) == "opacity")
        {
            var text = value.Trim();
            if (text.EndsWith('%') && IsNumber(text[..^1], out var percent))
                return CssValues.FormatNumber(percent / 100);
            if (IsNumber(text, out var alpha))
                return CssValues.FormatNumber(alpha);
        }
        return ValueKey(value);
    }

    /// <summary>A key under which equal values compare equal, whatever the property (see the other overload).</summary>
    public static string ValueKey(string value)
    {
        var text = CssValues.CollapseWhitespace(CssValues.SimplifyCalc(value.Trim(), exactOnly: false)).ToLowerInvariant();
        text = text.Replace(", ", ",", StringComparison.Ordinal).Replace(" ,", ",", StringComparison.Ordinal);
        if (text.Length == 0)
            return text;
        var parts = CssValues.SplitWhitespace(text);
        if (parts.Count > 1 && !text.Contains('(') && !text.Contains(','))
            return string.Join(' ', parts.Select(ValueKey));
        if (CssLength.TryToPixels(text, out var pixels))
            return CssValues.FormatNumber(pixels) + "px";
        if (IsNumber(text, out var number))
            return CssValues.FormatNumber(number);
        if (text.EndsWith('%') && IsNumber(text[..^1], out var percent))
            return CssValues.FormatNumber(percent) + "%";
        if (text != "inherit" && text != "currentcolor" && CssColor.TryParse(text, out var color))
            return color.ToHex();
        return text;
    }

    private static bool IsNumber(string text, out double number) =>
        double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
}
