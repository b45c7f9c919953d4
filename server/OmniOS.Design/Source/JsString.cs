using System.Text;

namespace OmniOS.Design.Source;

/// <summary>JavaScript string literals: quoting a value, and reading the value of a literal as written.</summary>
public static class JsString
{
    /// <summary>A string literal for <paramref name="value"/> in <paramref name="quote"/> quotes, escaped as needed.</summary>
    public static string Quote(string value, char quote = '"')
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append(quote);
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\u2028': builder.Append("\\u2028"); break;
                case '\u2029': builder.Append("\\u2029"); break;
                default:
                    if (c == quote)
                        builder.Append('\\').Append(c);
                    else if (char.IsControl(c))
                        builder.Append($"\\u{(int)c:x4}");
                    else
                        builder.Append(c);
                    break;
            }
        }
        builder.Append(quote);
        return builder.ToString();
    }

    /// <summary>The value of a string literal token's text (quotes included), escapes resolved.</summary>
    public static string Unquote(string literal)
    {
        if (literal.Length < 2)
            return string.Empty;
        var body = literal.AsSpan(1, literal.Length - 2);
        if (body.IndexOf('\\') < 0)
            return body.ToString();
        var builder = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c != '\\' || i + 1 >= body.Length)
            {
                builder.Append(c);
                continue;
            }
            var next = body[++i];
            switch (next)
            {
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'v': builder.Append('\v'); break;
                case '0' when i + 1 >= body.Length || !char.IsAsciiDigit(body[i + 1]): builder.Append('\0'); break;
                case '\r':
                    if (i + 1 < body.Length && body[i + 1] == '\n')
                        i++;
                    break;
                case '\n' or '\u2028' or '\u2029':
                    break;
                case 'x' when i + 2 < body.Length && TryHex(body.Slice(i + 1, 2), out var x):
                    builder.Append((char)x);
                    i += 2;
                    break;
                case 'u' when i + 1 < body.Length && body[i + 1] == '{':
                {
                    var close = body[(i + 1)..].IndexOf('}');
                    if (close > 1 && TryHex(body.Slice(i + 2, close - 1), out var code) && code <= 0x10FFFF)
                    {
                        builder.Append(char.ConvertFromUtf32(code is >= 0xD800 and <= 0xDFFF ? 0xFFFD : code));
                        i += close + 1;
                    }
                    else
                    {
                        builder.Append(next);
                    }
                    break;
                }
                case 'u' when i + 4 < body.Length && TryHex(body.Slice(i + 1, 4), out var u):
                    builder.Append((char)u);
                    i += 4;
                    break;
                default:
                    builder.Append(next);
                    break;
            }
        }
        return builder.ToString();
    }

    private static bool TryHex(ReadOnlySpan<char> digits, out int value) =>
        int.TryParse(digits, System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out value);
}
