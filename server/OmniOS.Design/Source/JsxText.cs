using System.Globalization;
using System.Text;

namespace OmniOS.Design.Source;

/// <summary>
/// JSX text as React renders it, and back: character references are decoded, and lines are
/// trimmed and joined with single spaces (blank lines dropped), the same rules Babel applies.
/// </summary>
public static class JsxText
{
    /// <summary>The rendered value of raw JSX text.</summary>
    public static string Decode(string raw)
    {
        // Whitespace across lines, the indentation between tags, renders nothing: the common case, not split up.
        if (raw.AsSpan().IndexOfAnyExcept(" \t\n\r") < 0 && raw.AsSpan().IndexOfAny('\n', '\r') >= 0)
            return string.Empty;
        var text = DecodeEntities(raw);
        var lines = SplitLines(text);
        var lastNonEmpty = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].AsSpan().IndexOfAnyExcept(' ', '\t') >= 0)
                lastNonEmpty = i;
        }
        var result = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Replace('\t', ' ');
            if (i != 0)
                line = line.TrimStart(' ');
            if (i != lines.Count - 1)
                line = line.TrimEnd(' ');
            if (line.Length == 0)
                continue;
            result.Append(line);
            if (i != lastNonEmpty)
                result.Append(' ');
        }
        return result.ToString();
    }

    /// <summary>Whether raw JSX text renders as nothing (only whitespace that spans lines).</summary>
    public static bool IsInsignificant(string raw) => Decode(raw).Length == 0;

    /// <summary>
    /// Source for <paramref name="value"/> as JSX children: text with '&amp;', '&lt;', '&gt;', '{' and '}'
    /// escaped, or a string expression (`{"…"}`) when plain text could not keep it exactly
    /// (line breaks, leading or trailing spaces, which JSX would trim or collapse).
    /// </summary>
    public static string Encode(string value, char quote = '"')
    {
        if (value.Length == 0)
            return string.Empty;
        if (NeedsExpression(value))
            return "{" + JsString.Quote(value, quote) + "}";
        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '{' => "&#123;",
                '}' => "&#125;",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }

    /// <summary>Whether <paramref name="value"/> must be written as a string expression: JSX text would trim or collapse its whitespace.</summary>
    public static bool NeedsExpression(string value) =>
        value.Length > 0 && (value.AsSpan().IndexOfAny('\n', '\r', '\t') >= 0 || value[0] == ' ' || value[^1] == ' ' || value.Contains("  ", StringComparison.Ordinal));

    /// <summary>Replaces `&amp;name;`, `&amp;#123;` and `&amp;#x1F600;` with their characters; unknown references stay as written.</summary>
    public static string DecodeEntities(string raw)
    {
        var amp = raw.IndexOf('&');
        if (amp < 0)
            return raw;
        var builder = new StringBuilder(raw.Length);
        builder.Append(raw, 0, amp);
        var i = amp;
        while (i < raw.Length)
        {
            var c = raw[i];
            if (c == '&')
            {
                var semicolon = raw.IndexOf(';', i + 1, Math.Min(10, raw.Length - i - 1));
                if (semicolon > i + 1 && TryDecodeEntity(raw.AsSpan(i + 1, semicolon - i - 1), builder))
                {
                    i = semicolon + 1;
                    continue;
                }
            }
            builder.Append(c);
            i++;
        }
        return builder.ToString();
    }

    private static bool TryDecodeEntity(ReadOnlySpan<char> name, StringBuilder builder)
    {
        if (name[0] == '#')
        {
            var isHex = name.Length > 1 && name[1] is 'x' or 'X';
            var digits = isHex ? name[2..] : name[1..];
            if (digits.Length == 0 || !int.TryParse(digits, isHex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code) || code > 0x10FFFF)
                return false;
            builder.Append(char.ConvertFromUtf32(code is >= 0xD800 and <= 0xDFFF ? 0xFFFD : code));
            return true;
        }
        if (!HtmlEntities.TryGet(name.ToString(), out var value))
            return false;
        builder.Append(value);
        return true;
    }

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                lines.Add(text[start..i]);
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    i++;
                start = i + 1;
            }
        }
        lines.Add(text[start..]);
        return lines;
    }
}
