using System.Globalization;
using System.Text;

namespace OmniOS.Styles.Css;

/// <summary>Escapes a class name for a CSS selector as Tailwind writes it: <c>md:flex</c> → <c>md\:flex</c>,
/// <c>2xl:flex</c> → <c>\32 xl\:flex</c>, <c>w-1/2</c> → <c>w-1\/2</c>.</summary>
public static class CssEscape
{
    public static string Identifier(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c == '\0')
            {
                builder.Append('\uFFFD');
            }
            else if (c is >= '\x01' and <= '\x1f' or '\x7f' || (i == 0 && char.IsAsciiDigit(c)) || (i == 1 && char.IsAsciiDigit(c) && name[0] == '-'))
            {
                builder.Append('\\').Append(((int)c).ToString("x", CultureInfo.InvariantCulture)).Append(' ');
            }
            else if (i == 0 && c == '-' && name.Length == 1)
            {
                builder.Append("\\-");
            }
            else if (c >= 0x80 || c is '-' or '_' || char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('\\').Append(c);
            }
        }
        return builder.ToString();
    }

    /// <summary>The class selector: <c>.md\:flex</c>.</summary>
    public static string ClassSelector(string className) => "." + Identifier(className);
}
