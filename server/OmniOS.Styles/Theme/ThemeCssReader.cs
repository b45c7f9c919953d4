using System.Text;
using OmniOS.Styles.Css;

namespace OmniOS.Styles.Theme;

/// <summary>
/// Reads the <c>@theme { … }</c> blocks (with any options: <c>inline</c>, <c>static</c>, <c>default</c>,
/// <c>reference</c>), the <c>@keyframes</c> inside them and the <c>@custom-variant</c> rules of a CSS text, such as
/// a project's <c>globals.css</c>. Everything else in the text is ignored; broken input gives what could be read.
/// </summary>
public static class ThemeCssReader
{
    public static ThemeSheet Read(string css)
    {
        var text = CssValues.StripComments(css);
        var variables = new List<ThemeVariable>();
        var variants = new List<CustomVariant>();
        var keyframes = new List<Keyframes>();
        var i = 0;
        while (i < text.Length)
        {
            var at = text.IndexOf('@', i);
            if (at < 0)
                break;
            if (IsKeyword(text, at, "@theme"))
            {
                var open = text.IndexOf('{', at);
                if (open < 0)
                    break;
                var close = MatchingBrace(text, open);
                ReadBlock(text[(open + 1)..close], variables, keyframes);
                i = close + 1;
            }
            else if (IsKeyword(text, at, "@custom-variant"))
            {
                i = ReadCustomVariant(text, at + "@custom-variant".Length, variants);
            }
            else
            {
                i = at + 1;
            }
        }
        return new ThemeSheet(variables, variants, keyframes);
    }

    private static bool IsKeyword(string text, int at, string keyword) =>
        string.CompareOrdinal(text, at, keyword, 0, keyword.Length) == 0
        && (at + keyword.Length == text.Length || !IsNameChar(text[at + keyword.Length]));

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';

    private static void ReadBlock(string block, List<ThemeVariable> variables, List<Keyframes> keyframes)
    {
        var i = 0;
        while (i < block.Length)
        {
            while (i < block.Length && (char.IsWhiteSpace(block[i]) || block[i] == ';'))
                i++;
            if (i >= block.Length)
                break;
            var end = ScanUntil(block, i);
            if (end < block.Length && block[end] == '{')
            {
                var close = MatchingBrace(block, end);
                var head = CssValues.CollapseWhitespace(block[i..end]);
                if (head.StartsWith("@keyframes ", StringComparison.Ordinal))
                    keyframes.Add(new Keyframes(head["@keyframes ".Length..].Trim(), block[(end + 1)..Math.Min(close, block.Length)].Trim()));
                i = close + 1;
                continue;
            }
            var declaration = block[i..end];
            var colon = declaration.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                var name = declaration[..colon].Trim();
                var value = CssValues.CollapseWhitespace(declaration[(colon + 1)..]);
                if (name.StartsWith("--", StringComparison.Ordinal) && value.Length > 0)
                    variables.Add(new ThemeVariable(name, value));
            }
            i = end + 1;
        }
    }

    private static int ReadCustomVariant(string text, int i, List<CustomVariant> into)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
            i++;
        var nameStart = i;
        while (i < text.Length && IsNameChar(text[i]))
            i++;
        var name = text[nameStart..i];
        while (i < text.Length && char.IsWhiteSpace(text[i]))
            i++;
        if (name.Length == 0 || i >= text.Length)
            return i;
        if (text[i] == '(')
        {
            var close = CssValues.MatchingParen(text, i);
            var template = CssValues.CollapseWhitespace(text[(i + 1)..close]);
            if (template.Length > 0)
                into.Add(new CustomVariant(name, template));
            return close + 1;
        }
        if (text[i] == '{')
        {
            // The block form with one level: `SELECTOR-OR-AT-RULE { @slot; }`.
            var close = MatchingBrace(text, i);
            var body = text[(i + 1)..close];
            var inner = body.IndexOf('{', StringComparison.Ordinal);
            if (inner > 0 && body.Contains("@slot", StringComparison.Ordinal))
                into.Add(new CustomVariant(name, CssValues.CollapseWhitespace(body[..inner])));
            return close + 1;
        }
        return i;
    }

    /// <summary>The index of the first ';' or '{' outside strings and parentheses, or the length.</summary>
    private static int ScanUntil(string text, int i)
    {
        var depth = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '"' or '\'')
            {
                i = CssValues.SkipString(text, i);
                continue;
            }
            if (c == '(')
                depth++;
            else if (c == ')')
                depth = Math.Max(0, depth - 1);
            else if (depth == 0 && c is ';' or '{')
                return i;
            i++;
        }
        return i;
    }

    /// <summary>The index of the brace closing the one at <paramref name="open"/> (or the length).</summary>
    private static int MatchingBrace(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '"' or '\'')
            {
                i = CssValues.SkipString(text, i) - 1;
                continue;
            }
            if (c == '{')
                depth++;
            else if (c == '}' && --depth == 0)
                return i;
        }
        return text.Length;
    }

}
