using System.Globalization;

namespace OmniOS.Styles.Css;

/// <summary>
/// A colour in sRGB (channels 0..1, clamped to the gamut) with alpha, read from the forms Tailwind and
/// a colour picker write: <c>#rgb[a]</c>, <c>#rrggbb[aa]</c>, <c>rgb()</c>/<c>rgba()</c>, <c>hsl()</c>,
/// <c>oklch()</c>, <c>transparent</c>, a few names, and <c>color-mix(in oklab, C P%, transparent)</c>
/// (C at P% opacity, the form of Tailwind's opacity modifier).
/// </summary>
public readonly record struct CssColor(double R, double G, double B, double A)
{
    private static readonly Dictionary<string, string> Named = new(StringComparer.OrdinalIgnoreCase)
    {
        ["black"] = "#000000",
        ["white"] = "#ffffff",
        ["red"] = "#ff0000",
        ["green"] = "#008000",
        ["blue"] = "#0000ff",
        ["yellow"] = "#ffff00",
        ["orange"] = "#ffa500",
        ["purple"] = "#800080",
        ["gray"] = "#808080",
        ["grey"] = "#808080",
        ["silver"] = "#c0c0c0",
        ["navy"] = "#000080",
        ["teal"] = "#008080",
        ["maroon"] = "#800000",
        ["lime"] = "#00ff00",
        ["aqua"] = "#00ffff",
        ["cyan"] = "#00ffff",
        ["fuchsia"] = "#ff00ff",
        ["magenta"] = "#ff00ff",
        ["olive"] = "#808000",
        ["pink"] = "#ffc0cb",
        ["brown"] = "#a52a2a",
        ["gold"] = "#ffd700",
        ["indigo"] = "#4b0082",
        ["violet"] = "#ee82ee",
    };

    /// <summary>The 8-bit hex form, <c>#rrggbb</c>, or <c>#rrggbbaa</c> when not opaque.</summary>
    public string ToHex()
    {
        var hex = "#" + Byte(R).ToString("x2", CultureInfo.InvariantCulture) + Byte(G).ToString("x2", CultureInfo.InvariantCulture) + Byte(B).ToString("x2", CultureInfo.InvariantCulture);
        return Byte(A) == 255 ? hex : hex + Byte(A).ToString("x2", CultureInfo.InvariantCulture);
    }

    public CssColor WithAlpha(double alpha) => this with { A = Math.Clamp(alpha, 0, 1) };

    private static int Byte(double channel) => (int)Math.Round(Math.Clamp(channel, 0, 1) * 255, MidpointRounding.AwayFromZero);

    /// <summary>Whether a value looks like a colour (for arbitrary values: <c>bg-[#0af]</c> is a colour, <c>bg-[url(…)]</c> is not).</summary>
    public static bool LooksLikeColor(string value)
    {
        var text = value.Trim().ToLowerInvariant();
        return text.StartsWith('#') || text.StartsWith("rgb", StringComparison.Ordinal) || text.StartsWith("hsl", StringComparison.Ordinal)
            || text.StartsWith("oklch(", StringComparison.Ordinal) || text.StartsWith("oklab(", StringComparison.Ordinal)
            || text.StartsWith("lab(", StringComparison.Ordinal) || text.StartsWith("lch(", StringComparison.Ordinal)
            || text.StartsWith("hwb(", StringComparison.Ordinal) || text.StartsWith("color(", StringComparison.Ordinal)
            || text.StartsWith("color-mix(", StringComparison.Ordinal) || text.StartsWith("light-dark(", StringComparison.Ordinal)
            || text is "transparent" or "currentcolor" || Named.ContainsKey(text);
    }

    public static bool TryParse(string value, out CssColor color)
    {
        color = default;
        var text = CssValues.CollapseWhitespace(value).ToLowerInvariant();
        if (text.Length == 0)
            return false;
        if (text == "transparent")
        {
            color = new CssColor(0, 0, 0, 0);
            return true;
        }
        if (Named.TryGetValue(text, out var hex))
            text = hex;
        if (text[0] == '#')
            return TryParseHex(text[1..], out color);
        var open = text.IndexOf('(', StringComparison.Ordinal);
        if (open <= 0 || text[^1] != ')')
            return false;
        var function = text[..open];
        var arguments = text[(open + 1)..^1];
        return function switch
        {
            "rgb" or "rgba" => TryParseRgb(arguments, out color),
            "hsl" or "hsla" => TryParseHsl(arguments, out color),
            "oklch" => TryParseOklch(arguments, out color),
            "color-mix" => TryParseMix(arguments, out color),
            _ => false,
        };
    }

    private static bool TryParseHex(string digits, out CssColor color)
    {
        color = default;
        if (!digits.All(char.IsAsciiHexDigit))
            return false;
        int Channel(int index, int width) => width == 1
            ? Convert.ToInt32(new string(digits[index], 2), 16)
            : Convert.ToInt32(digits.Substring(index * 2, 2), 16);
        switch (digits.Length)
        {
            case 3:
            case 4:
                color = new CssColor(Channel(0, 1) / 255.0, Channel(1, 1) / 255.0, Channel(2, 1) / 255.0, digits.Length == 4 ? Channel(3, 1) / 255.0 : 1);
                return true;
            case 6:
            case 8:
                color = new CssColor(Channel(0, 2) / 255.0, Channel(1, 2) / 255.0, Channel(2, 2) / 255.0, digits.Length == 8 ? Channel(3, 2) / 255.0 : 1);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Splits function arguments in either syntax: "a, b, c[, alpha]" or "a b c [/ alpha]".</summary>
    private static bool TrySplitArguments(string arguments, out string[] channels, out string? alpha)
    {
        alpha = null;
        string[] parts;
        if (arguments.Contains(',', StringComparison.Ordinal))
        {
            parts = arguments.Split(',', StringSplitOptions.TrimEntries);
            if (parts.Length == 4)
            {
                alpha = parts[3];
                parts = parts[..3];
            }
        }
        else
        {
            var slash = arguments.Split('/', StringSplitOptions.TrimEntries);
            if (slash.Length > 2)
            {
                channels = [];
                return false;
            }
            if (slash.Length == 2)
                alpha = slash[1];
            parts = slash[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
        channels = parts;
        return parts.Length == 3;
    }

    private static bool TryNumber(string text, double percentScale, out double value)
    {
        value = 0;
        if (text == "none")
            return true;
        if (text.EndsWith('%'))
        {
            if (!double.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var percent))
                return false;
            value = percent / 100 * percentScale;
            return true;
        }
        var number = text.EndsWith("deg", StringComparison.Ordinal) ? text[..^3] : text;
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private static bool TryAlpha(string? text, out double alpha)
    {
        alpha = 1;
        return text is null || TryNumber(text, 1, out alpha);
    }

    private static bool TryParseRgb(string arguments, out CssColor color)
    {
        color = default;
        if (!TrySplitArguments(arguments, out var channels, out var alphaText)
            || !TryNumber(channels[0], 255, out var r) || !TryNumber(channels[1], 255, out var g) || !TryNumber(channels[2], 255, out var b)
            || !TryAlpha(alphaText, out var a))
            return false;
        color = new CssColor(r / 255, g / 255, b / 255, Math.Clamp(a, 0, 1));
        return true;
    }

    private static bool TryParseHsl(string arguments, out CssColor color)
    {
        color = default;
        if (!TrySplitArguments(arguments, out var channels, out var alphaText)
            || !TryNumber(channels[0], 1, out var h) || !TryNumber(channels[1], 1, out var s) || !TryNumber(channels[2], 1, out var l)
            || !TryAlpha(alphaText, out var a))
            return false;
        if (!channels[1].EndsWith('%'))
            s /= 100;
        if (!channels[2].EndsWith('%'))
            l /= 100;
        h = ((h % 360) + 360) % 360;
        double F(double n)
        {
            var k = (n + h / 30) % 12;
            return l - s * Math.Min(l, 1 - l) * Math.Max(-1, Math.Min(k - 3, Math.Min(9 - k, 1)));
        }
        color = new CssColor(F(0), F(8), F(4), Math.Clamp(a, 0, 1));
        return true;
    }

    private static bool TryParseOklch(string arguments, out CssColor color)
    {
        color = default;
        if (!TrySplitArguments(arguments, out var channels, out var alphaText)
            || !TryNumber(channels[0], 1, out var lightness) || !TryNumber(channels[1], 0.4, out var chroma) || !TryNumber(channels[2], 1, out var hue)
            || !TryAlpha(alphaText, out var a))
            return false;
        color = FromOklch(lightness, chroma, hue, Math.Clamp(a, 0, 1));
        return true;
    }

    /// <summary><c>color-mix(in oklab, C P%, transparent)</c>: C at P% of its opacity.</summary>
    private static bool TryParseMix(string arguments, out CssColor color)
    {
        color = default;
        var parts = CssValues.SplitTopLevel(arguments, ',');
        if (parts.Count != 3 || !parts[0].Trim().StartsWith("in ", StringComparison.Ordinal) || parts[2].Trim() != "transparent")
            return false;
        var first = CssValues.SplitWhitespace(parts[1]);
        var percent = 1.0;
        if (first.Count == 2 && first[1].EndsWith('%'))
        {
            if (!TryNumber(first[1], 1, out percent))
                return false;
        }
        else if (first.Count != 1)
        {
            return false;
        }
        if (!TryParse(first[0], out var inner))
            return false;
        color = inner.WithAlpha(inner.A * percent);
        return true;
    }

    /// <summary>OKLCH (lightness 0..1, chroma, hue in degrees) to sRGB, clamped to the gamut.</summary>
    public static CssColor FromOklch(double lightness, double chroma, double hue, double alpha = 1)
    {
        var radians = hue * Math.PI / 180;
        var a = chroma * Math.Cos(radians);
        var b = chroma * Math.Sin(radians);
        var l = Math.Pow(lightness + 0.3963377774 * a + 0.2158037573 * b, 3);
        var m = Math.Pow(lightness - 0.1055613458 * a - 0.0638541728 * b, 3);
        var s = Math.Pow(lightness - 0.0894841775 * a - 1.2914855480 * b, 3);
        var red = 4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s;
        var green = -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s;
        var blue = -0.0041960863 * l - 0.7034186147 * m + 1.7076147010 * s;
        return new CssColor(Gamma(red), Gamma(green), Gamma(blue), alpha);
    }

    private static double Gamma(double linear)
    {
        var x = Math.Clamp(linear, 0, 1);
        return x <= 0.0031308 ? 12.92 * x : 1.055 * Math.Pow(x, 1 / 2.4) - 0.055;
    }
}
