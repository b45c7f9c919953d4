using System.Text;

namespace OmniOS.Styles.Theme;

/// <summary>One theme variable: <c>--color-brand-500: #4f6bf5</c>. A value of <c>initial</c> clears it
/// (and <c>--color-*: initial</c> clears the whole namespace).</summary>
/// <param name="Reference">Known to utilities but not emitted as a CSS variable (Tailwind's <c>@theme reference</c>).</param>
public sealed record ThemeVariable(string Name, string Value, bool Reference = false);

/// <summary>A project's <c>@custom-variant NAME (TEMPLATE);</c>: a selector with <c>&amp;</c> or an at-rule.</summary>
public sealed record CustomVariant(string Name, string Template);

/// <summary>What a project's CSS adds to the theme.</summary>
public sealed record ThemeSheet(IReadOnlyList<ThemeVariable> Variables, IReadOnlyList<CustomVariant> CustomVariants);

/// <summary>
/// Reads the <c>@theme { … }</c> blocks (with any options: <c>inline</c>, <c>static</c>, <c>default</c>,
/// <c>reference</c>) and the <c>@custom-variant</c> rules of a CSS text, such as a project's
/// <c>globals.css</c>. Everything else in the text is ignored; broken input gives what could be read.
/// </summary>
public static class ThemeCssReader
{
    public static ThemeSheet Read(string css)
    {
        var text = StripComments(css);
        var variables = new List<ThemeVariable>();
        var variants = new List<CustomVariant>();
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
                var options = text[(at + "@theme".Length)..open];
                var reference = options.Contains("reference", StringComparison.Ordinal);
                var close = MatchingBrace(text, open);
                ReadDeclarations(text[(open + 1)..close], variables, reference);
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
        return new ThemeSheet(variables, variants);
    }

    private static bool IsKeyword(string text, int at, string keyword) =>
        string.CompareOrdinal(text, at, keyword, 0, keyword.Length) == 0
        && (at + keyword.Length == text.Length || !IsNameChar(text[at + keyword.Length]));

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';

    private static void ReadDeclarations(string block, List<ThemeVariable> into, bool reference)
    {
        var i = 0;
        while (i < block.Length)
        {
            while (i < block.Length && (char.IsWhiteSpace(block[i]) || block[i] == ';'))
                i++;
            if (i >= block.Length)
                break;
            var end = ScanUntil(block, i, ';', '{');
            if (end < block.Length && block[end] == '{')
            {
                // A nested block (@keyframes inside @theme): skipped.
                i = MatchingBrace(block, end) + 1;
                continue;
            }
            var declaration = block[i..end];
            var colon = declaration.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                var name = declaration[..colon].Trim();
                var value = CollapseWhitespace(declaration[(colon + 1)..]);
                if (name.StartsWith("--", StringComparison.Ordinal) && value.Length > 0)
                    into.Add(new ThemeVariable(name, value, reference));
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
            var close = MatchingParen(text, i);
            var template = CollapseWhitespace(text[(i + 1)..close]);
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
                into.Add(new CustomVariant(name, CollapseWhitespace(body[..inner])));
            return close + 1;
        }
        return i;
    }

    /// <summary>The index of the first stop character at nesting depth 0 (outside strings and parentheses), or the length.</summary>
    private static int ScanUntil(string text, int i, char stop, char alsoStop)
    {
        var depth = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '"' or '\'')
            {
                i = SkipString(text, i);
                continue;
            }
            if (c == '(')
                depth++;
            else if (c == ')')
                depth = Math.Max(0, depth - 1);
            else if (depth == 0 && (c == stop || c == alsoStop))
                return i;
            i++;
        }
        return i;
    }

    private static int SkipString(string text, int i)
    {
        var quote = text[i++];
        while (i < text.Length && text[i] != quote)
            i += text[i] == '\\' ? 2 : 1;
        return Math.Min(text.Length, i + 1);
    }

    /// <summary>The index of the brace closing the one at <paramref name="open"/> (or the last index).</summary>
    private static int MatchingBrace(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '"' or '\'')
            {
                i = SkipString(text, i) - 1;
                continue;
            }
            if (c == '{')
                depth++;
            else if (c == '}' && --depth == 0)
                return i;
        }
        return text.Length;
    }

    private static int MatchingParen(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '"' or '\'')
            {
                i = SkipString(text, i) - 1;
                continue;
            }
            if (c == '(')
                depth++;
            else if (c == ')' && --depth == 0)
                return i;
        }
        return text.Length;
    }

    private static string StripComments(string css)
    {
        if (!css.Contains("/*", StringComparison.Ordinal))
            return css;
        var builder = new StringBuilder(css.Length);
        var i = 0;
        while (i < css.Length)
        {
            var c = css[i];
            if (c is '"' or '\'')
            {
                var end = SkipString(css, i);
                builder.Append(css, i, end - i);
                i = end;
            }
            else if (c == '/' && i + 1 < css.Length && css[i + 1] == '*')
            {
                var end = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? css.Length : end + 2;
                builder.Append(' ');
            }
            else
            {
                builder.Append(c);
                i++;
            }
        }
        return builder.ToString();
    }

    internal static string CollapseWhitespace(string value)
    {
        var builder = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space)
                builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
