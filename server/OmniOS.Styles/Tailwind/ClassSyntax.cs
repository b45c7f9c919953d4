using System.Text;

namespace OmniOS.Styles.Tailwind;

/// <summary>
/// The shape of a Tailwind class, read without knowing which utilities exist:
/// <c>md:hover:!bg-red-500/50</c> → variants <c>md</c>, <c>hover</c>; utility <c>bg-red-500/50</c>; important.
/// </summary>
internal static class ClassSyntax
{
    /// <summary>Splits at top-level colons (outside brackets and parentheses). False when brackets do not balance.</summary>
    public static bool TrySplitVariants(string className, out List<string> variants, out string utility, out bool important)
    {
        variants = [];
        utility = string.Empty;
        important = false;
        var parts = SplitTopLevel(className, ':');
        if (parts is null)
            return false;
        variants.AddRange(parts.Take(parts.Count - 1));
        utility = parts[^1];
        if (utility.StartsWith('!'))
        {
            important = true;
            utility = utility[1..];
        }
        else if (utility.EndsWith('!'))
        {
            important = true;
            utility = utility[..^1];
        }
        return utility.Length > 0 && variants.All(v => v.Length > 0);
    }

    /// <summary>Splits <paramref name="text"/> at <paramref name="separator"/> outside brackets and parentheses; null when they do not balance.</summary>
    public static List<string>? SplitTopLevel(string text, char separator)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\')
            {
                i++;
                continue;
            }
            if (c is '[' or '(')
                depth++;
            else if (c is ']' or ')')
            {
                if (--depth < 0)
                    return null;
            }
            else if (c == separator && depth == 0)
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }
        if (depth != 0)
            return null;
        parts.Add(text[start..]);
        return parts;
    }

    /// <summary>The index of the last top-level '/' (a modifier: <c>bg-red-500/50</c>, <c>w-1/2</c>), or -1.</summary>
    public static int ModifierSlash(string utility)
    {
        var depth = 0;
        var found = -1;
        for (var i = 0; i < utility.Length; i++)
        {
            var c = utility[i];
            if (c == '\\')
                i++;
            else if (c is '[' or '(')
                depth++;
            else if (c is ']' or ')')
                depth--;
            else if (c == '/' && depth == 0)
                found = i;
        }
        return found;
    }

    /// <summary>
    /// The CSS text of an arbitrary value as written between brackets: underscores are spaces (an escaped
    /// <c>\_</c> is an underscore, and <c>url()</c> keeps its underscores), and math functions get spaces
    /// around their operators (<c>calc(100%-2rem)</c> → <c>calc(100% - 2rem)</c>).
    /// </summary>
    public static string DecodeArbitrary(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && text[i + 1] == '_')
            {
                builder.Append('_');
                i++;
            }
            else if (c == '_')
            {
                builder.Append(' ');
            }
            else if (string.CompareOrdinal(text, i, "url(", 0, 4) == 0)
            {
                var close = Css.CssValues.MatchingParen(text, i + 3);
                var end = Math.Min(text.Length, close + 1);
                builder.Append(text, i, end - i);
                i = end - 1;
            }
            else
            {
                builder.Append(c);
            }
        }
        return SpaceMathOperators(builder.ToString());
    }

    private static readonly string[] MathFunctions = ["calc(", "min(", "max(", "clamp(", "round(", "mod(", "rem(", "abs(", "sign(", "sqrt(", "hypot(", "pow(", "exp(", "log("];

    /// <summary>Spaces around <c>+ - * /</c> inside math functions, where they stand between operands.</summary>
    private static string SpaceMathOperators(string value)
    {
        if (!MathFunctions.Any(f => value.Contains(f, StringComparison.Ordinal)))
            return value;
        var builder = new StringBuilder(value.Length + 8);
        // For each open parenthesis: whether it belongs to a math function.
        var stack = new Stack<bool>();
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '(')
            {
                stack.Push(MathFunctions.Any(f => EndsWithFunction(value, i, f)) || (stack.Count > 0 && stack.Peek() && !IsFunctionName(value, i)));
                builder.Append(c);
                continue;
            }
            if (c == ')')
            {
                if (stack.Count > 0)
                    stack.Pop();
                builder.Append(c);
                continue;
            }
            var inMath = stack.Count > 0 && stack.Peek();
            if (inMath && c is '*' or '/' or '+' or '-' && IsBinaryOperator(value, i))
            {
                TrimTrailingSpace(builder);
                builder.Append(' ').Append(c).Append(' ');
                while (i + 1 < value.Length && value[i + 1] == ' ')
                    i++;
                continue;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    private static bool EndsWithFunction(string value, int open, string function)
    {
        var start = open + 1 - function.Length;
        return start >= 0 && string.CompareOrdinal(value, start, function, 0, function.Length) == 0
            && (start == 0 || !char.IsAsciiLetterOrDigit(value[start - 1]) && value[start - 1] != '-');
    }

    private static bool IsFunctionName(string value, int open) => open > 0 && (char.IsAsciiLetter(value[open - 1]) || value[open - 1] == '-');

    /// <summary>An operator between two operands: after a number, a unit, a percentage or a closing parenthesis.</summary>
    private static bool IsBinaryOperator(string value, int i)
    {
        var before = i - 1;
        while (before >= 0 && value[before] == ' ')
            before--;
        if (before < 0 || value[before] is '(' or ',' or '*' or '/' or '+' or '-')
            return false;
        if (value[i] is '*' or '/')
            return true;
        var previous = value[before];
        if (previous is ')' or '%' || char.IsAsciiDigit(previous))
            return true;
        if (!char.IsAsciiLetter(previous))
            return false;
        // A unit after a number (100vw-2rem), not an identifier (auto-fit).
        var letters = before;
        while (letters >= 0 && char.IsAsciiLetter(value[letters]))
            letters--;
        return letters >= 0 && (char.IsAsciiDigit(value[letters]) || value[letters] == '.');
    }

    private static void TrimTrailingSpace(StringBuilder builder)
    {
        while (builder.Length > 0 && builder[^1] == ' ')
            builder.Length--;
    }
}
