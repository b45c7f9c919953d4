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
    /// <summary>The CSS named colours (CSS Color Module Level 4), name then hex digits.</summary>
    private static readonly Dictionary<string, string> Named = ReadNames(
        "aliceblue f0f8ff antiquewhite faebd7 aqua 00ffff aquamarine 7fffd4 azure f0ffff beige f5f5dc bisque ffe4c4 " +
        "black 000000 blanchedalmond ffebcd blue 0000ff blueviolet 8a2be2 brown a52a2a burlywood deb887 " +
        "cadetblue 5f9ea0 chartreuse 7fff00 chocolate d2691e coral ff7f50 cornflowerblue 6495ed cornsilk fff8dc " +
        "crimson dc143c cyan 00ffff darkblue 00008b darkcyan 008b8b darkgoldenrod b8860b darkgray a9a9a9 " +
        "darkgreen 006400 darkgrey a9a9a9 darkkhaki bdb76b darkmagenta 8b008b darkolivegreen 556b2f darkorange ff8c00 " +
        "darkorchid 9932cc darkred 8b0000 darksalmon e9967a darkseagreen 8fbc8f darkslateblue 483d8b " +
        "darkslategray 2f4f4f darkslategrey 2f4f4f darkturquoise 00ced1 darkviolet 9400d3 deeppink ff1493 " +
        "deepskyblue 00bfff dimgray 696969 dimgrey 696969 dodgerblue 1e90ff firebrick b22222 floralwhite fffaf0 " +
        "forestgreen 228b22 fuchsia ff00ff gainsboro dcdcdc ghostwhite f8f8ff gold ffd700 goldenrod daa520 " +
        "gray 808080 green 008000 greenyellow adff2f grey 808080 honeydew f0fff0 hotpink ff69b4 indianred cd5c5c " +
        "indigo 4b0082 ivory fffff0 khaki f0e68c lavender e6e6fa lavenderblush fff0f5 lawngreen 7cfc00 " +
        "lemonchiffon fffacd lightblue add8e6 lightcoral f08080 lightcyan e0ffff lightgoldenrodyellow fafad2 " +
        "lightgray d3d3d3 lightgreen 90ee90 lightgrey d3d3d3 lightpink ffb6c1 lightsalmon ffa07a lightseagreen 20b2aa " +
        "lightskyblue 87cefa lightslategray 778899 lightslategrey 778899 lightsteelblue b0c4de lightyellow ffffe0 " +
        "lime 00ff00 limegreen 32cd32 linen faf0e6 magenta ff00ff maroon 800000 mediumaquamarine 66cdaa " +
        "mediumblue 0000cd mediumorchid ba55d3 mediumpurple 9370db mediumseagreen 3cb371 mediumslateblue 7b68ee " +
        "mediumspringgreen 00fa9a mediumturquoise 48d1cc mediumvioletred c71585 midnightblue 191970 mintcream f5fffa " +
        "mistyrose ffe4e1 moccasin ffe4b5 navajowhite ffdead navy 000080 oldlace fdf5e6 olive 808000 olivedrab 6b8e23 " +
        "orange ffa500 orangered ff4500 orchid da70d6 palegoldenrod eee8aa palegreen 98fb98 paleturquoise afeeee " +
        "palevioletred db7093 papayawhip ffefd5 peachpuff ffdab9 peru cd853f pink ffc0cb plum dda0dd " +
        "powderblue b0e0e6 purple 800080 rebeccapurple 663399 red ff0000 rosybrown bc8f8f royalblue 4169e1 " +
        "saddlebrown 8b4513 salmon fa8072 sandybrown f4a460 seagreen 2e8b57 seashell fff5ee sienna a0522d " +
        "silver c0c0c0 skyblue 87ceeb slateblue 6a5acd slategray 708090 slategrey 708090 snow fffafa " +
        "springgreen 00ff7f steelblue 4682b4 tan d2b48c teal 008080 thistle d8bfd8 tomato ff6347 turquoise 40e0d0 " +
        "violet ee82ee wheat f5deb3 white ffffff whitesmoke f5f5f5 yellow ffff00 yellowgreen 9acd32");


    /// <summary>The 8-bit hex form, <c>#rrggbb</c>, or <c>#rrggbbaa</c> when not opaque.</summary>
    public string ToHex()
    {
        var hex = "#" + Byte(R).ToString("x2", CultureInfo.InvariantCulture) + Byte(G).ToString("x2", CultureInfo.InvariantCulture) + Byte(B).ToString("x2", CultureInfo.InvariantCulture);
        return Byte(A) == 255 ? hex : hex + Byte(A).ToString("x2", CultureInfo.InvariantCulture);
    }

    /// <summary><c>rgb(0 170 255)</c>, or <c>rgb(0 170 255 / 0.5)</c> when not opaque; with <paramref name="commas"/>, the legacy <c>rgb(0, 170, 255)</c> / <c>rgba(0, 170, 255, 0.5)</c>.</summary>
    public string ToRgb(bool commas = false)
    {
        var (r, g, b) = (Byte(R), Byte(G), Byte(B));
        var alpha = Alpha();
        return commas
            ? alpha is null ? Invariant($"rgb({r}, {g}, {b})") : Invariant($"rgba({r}, {g}, {b}, {alpha})")
            : alpha is null ? Invariant($"rgb({r} {g} {b})") : Invariant($"rgb({r} {g} {b} / {alpha})");
    }

    /// <summary><c>hsl(200 100% 50%)</c> (whole degrees and percents), with <c>/ alpha</c> when not opaque; with <paramref name="commas"/>, the legacy form.</summary>
    public string ToHsl(bool commas = false)
    {
        var max = Math.Max(R, Math.Max(G, B));
        var min = Math.Min(R, Math.Min(G, B));
        var lightness = (max + min) / 2;
        var delta = max - min;
        var saturation = delta == 0 ? 0 : delta / (1 - Math.Abs(2 * lightness - 1));
        var hue = delta == 0 ? 0 : max == R ? 60 * (((G - B) / delta % 6 + 6) % 6) : max == G ? 60 * ((B - R) / delta + 2) : 60 * ((R - G) / delta + 4);
        var (h, s, l) = ((int)Math.Round(hue) % 360, (int)Math.Round(saturation * 100), (int)Math.Round(lightness * 100));
        var alpha = Alpha();
        return commas
            ? alpha is null ? Invariant($"hsl({h}, {s}%, {l}%)") : Invariant($"hsla({h}, {s}%, {l}%, {alpha})")
            : alpha is null ? Invariant($"hsl({h} {s}% {l}%)") : Invariant($"hsl({h} {s}% {l}% / {alpha})");
    }

    /// <summary>The alpha to write (up to two decimals), or null when the colour is opaque.</summary>
    private string? Alpha() => Byte(A) == 255 ? null : CssValues.FormatNumber(Math.Round(A, 2));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The colours written in a CSS value (<c>1px solid #333</c>, <c>0 1px 2px rgb(0 0 0 / 0.2), red</c>): hex colours,
    /// colour functions and named colours, with where each starts in the value and how long it is. Strings, <c>url()</c>,
    /// <c>var()</c> and other functions are skipped whole.
    /// </summary>
    public static IEnumerable<(int Start, int Length, CssColor Color)> Find(string value)
    {
        var i = 0;
        while (i < value.Length)
        {
            var c = value[i];
            if (c is '"' or '\'')
            {
                i = CssValues.SkipString(value, i);
                continue;
            }
            if (c == '#')
            {
                var end = i + 1;
                while (end < value.Length && IsNameChar(value[end]))
                    end++;
                if (TryParseHex(value[(i + 1)..end], out var hex))
                    yield return (i, end - i, hex);
                i = end;
                continue;
            }
            if (!char.IsAsciiLetter(c) || i > 0 && (IsNameChar(value[i - 1]) || value[i - 1] == '-'))
            {
                i++;
                continue;
            }
            var nameEnd = i;
            while (nameEnd < value.Length && IsNameChar(value[nameEnd]))
                nameEnd++;
            if (nameEnd < value.Length && value[nameEnd] == '(')
            {
                var close = CssValues.MatchingParen(value, nameEnd);
                var end = Math.Min(close + 1, value.Length);
                if (ColorFunctions.Contains(value[i..nameEnd]) && TryParse(value[i..end], out var function))
                    yield return (i, end - i, function);
                i = end;
                continue;
            }
            var name = value[i..nameEnd];
            if ((Named.ContainsKey(name) || name.Equals("transparent", StringComparison.OrdinalIgnoreCase)) && TryParse(name, out var named))
                yield return (i, nameEnd - i, named);
            i = nameEnd;
        }
    }

    private static readonly HashSet<string> ColorFunctions = new(StringComparer.OrdinalIgnoreCase) { "rgb", "rgba", "hsl", "hsla", "oklch", "color-mix" };

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';

    private static Dictionary<string, string> ReadNames(string table)
    {
        var words = table.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i + 1 < words.Length; i += 2)
            names[words[i]] = "#" + words[i + 1];
        return names;
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
