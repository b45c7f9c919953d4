using System.Globalization;
using System.Text;

namespace OmniOS.Styles.Css;

/// <summary>
/// Reads the outline of a stylesheet: the classes its selectors name, its <c>@utility</c>s, and what it imports or
/// loads (<c>@import</c>, <c>@plugin</c>, <c>@config</c>, <c>@tailwind</c>). Declarations are skipped; nested rules
/// (<c>@layer components { .btn { … } }</c>, <c>&amp;:hover</c>) are read at any depth. Broken input gives what
/// could be read.
/// </summary>
public static class StylesheetReader
{
    public static StylesheetOutline Read(string css)
    {
        var text = CssValues.StripComments(css);
        var classes = new List<string>();
        var utilities = new List<string>();
        var imports = new List<string>();
        var plugins = new List<string>();
        var configs = new List<string>();
        var directives = false;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '"' or '\'':
                    i = CssValues.SkipString(text, i) - 1;
                    break;
                case '(':
                    i = CssValues.MatchingParen(text, i);
                    break;
                case '{':
                {
                    var prelude = text[start..i].Trim();
                    if (prelude.StartsWith("@utility", StringComparison.Ordinal))
                        utilities.Add(prelude["@utility".Length..].Trim());
                    else if (!prelude.StartsWith('@'))
                        AddClasses(prelude, classes);
                    start = i + 1;
                    break;
                }
                case ';' or '}':
                {
                    var statement = text[start..i].Trim();
                    if (statement.StartsWith('@'))
                    {
                        var (keyword, argument) = SplitAtRule(statement);
                        switch (keyword)
                        {
                            case "@import": imports.Add(argument); break;
                            case "@plugin": plugins.Add(argument); break;
                            case "@config": configs.Add(argument); break;
                            case "@tailwind": directives = true; break;
                            case "@custom-variant": AddClasses(statement, classes); break;
                        }
                    }
                    start = i + 1;
                    break;
                }
            }
        }
        return new StylesheetOutline(classes.Distinct(StringComparer.Ordinal).ToList(), utilities, imports, plugins, configs, directives);
    }

    /// <summary><c>@import url("x.css") layer(base)</c> → (<c>@import</c>, <c>x.css</c>): the keyword and its first argument unquoted.</summary>
    private static (string Keyword, string Argument) SplitAtRule(string statement)
    {
        var space = 0;
        while (space < statement.Length && !char.IsWhiteSpace(statement[space]) && statement[space] is not ('"' or '\'' or '('))
            space++;
        var keyword = statement[..space];
        var rest = statement[space..].TrimStart();
        if (rest.StartsWith("url(", StringComparison.OrdinalIgnoreCase))
            rest = rest[4..CssValues.MatchingParen(rest, 3)].Trim();
        if (rest.Length > 0 && rest[0] is '"' or '\'')
            return (keyword, rest[1..Math.Max(1, CssValues.SkipString(rest, 0) - 1)]);
        var end = 0;
        while (end < rest.Length && !char.IsWhiteSpace(rest[end]))
            end++;
        return (keyword, rest[..end]);
    }

    /// <summary>The class names in a selector: each <c>.</c> followed by an identifier (not a number's decimal point), escapes resolved.</summary>
    private static void AddClasses(string selector, List<string> into)
    {
        for (var i = 0; i < selector.Length; i++)
        {
            var c = selector[i];
            if (c is '"' or '\'')
            {
                i = CssValues.SkipString(selector, i) - 1;
                continue;
            }
            if (c != '.' || i + 1 >= selector.Length || i > 0 && char.IsAsciiDigit(selector[i - 1]) || !StartsIdentifier(selector[i + 1]))
                continue;
            var name = new StringBuilder();
            var j = i + 1;
            while (j < selector.Length)
            {
                var d = selector[j];
                if (d == '\\' && j + 1 < selector.Length)
                {
                    j = ReadEscape(selector, j + 1, name);
                    continue;
                }
                if (!(char.IsAsciiLetterOrDigit(d) || d is '-' or '_' || d > 0x7f))
                    break;
                name.Append(d);
                j++;
            }
            if (name.Length > 0)
                into.Add(name.ToString());
            i = j - 1;
        }
    }

    private static bool StartsIdentifier(char c) => char.IsAsciiLetter(c) || c is '-' or '_' or '\\' || c > 0x7f;

    /// <summary>A CSS escape after its backslash: up to six hex digits and one optional space, or one character as is.</summary>
    private static int ReadEscape(string text, int i, StringBuilder into)
    {
        var end = i;
        while (end < text.Length && end - i < 6 && char.IsAsciiHexDigit(text[end]))
            end++;
        if (end == i)
        {
            into.Append(text[i]);
            return i + 1;
        }
        var code = int.Parse(text.AsSpan(i, end - i), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        into.Append(code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(code) : "\uFFFD");
        return end < text.Length && text[end] == ' ' ? end + 1 : end;
    }
}
