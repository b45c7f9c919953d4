using System.Globalization;
using System.Text;

namespace OmniOS.Styles.Css;

/// <summary>Small operations on CSS value text: <c>var()</c> replacement, <c>calc()</c> arithmetic, lists, numbers.</summary>
public static class CssValues
{
    /// <summary>
    /// Replaces each <c>var(--name[, fallback])</c>: by <paramref name="lookup"/>'s value when it has one
    /// (itself processed the same way), else by the fallback when <paramref name="useFallback"/> allows it
    /// for that name, else leaves the reference (its fallback processed).
    /// </summary>
    public static string ReplaceVariables(string value, Func<string, string?> lookup, int maxDepth = 16, Func<string, bool>? useFallback = null)
    {
        if (maxDepth < 0 || !value.Contains("var(", StringComparison.Ordinal))
            return value;
        var builder = new StringBuilder(value.Length);
        var i = 0;
        while (i < value.Length)
        {
            var at = value.IndexOf("var(", i, StringComparison.Ordinal);
            if (at < 0 || (at > 0 && IsIdentifierChar(value[at - 1])))
            {
                if (at < 0)
                {
                    builder.Append(value, i, value.Length - i);
                    break;
                }
                builder.Append(value, i, at + 4 - i);
                i = at + 4;
                continue;
            }
            builder.Append(value, i, at - i);
            var close = MatchingParen(value, at + 3);
            var inner = value[(at + 4)..close];
            var parts = SplitTopLevel(inner, ',', limit: 2);
            var name = parts[0].Trim();
            var fallback = parts.Count > 1 ? parts[1] : null;
            if (lookup(name) is { } replacement)
            {
                builder.Append(ReplaceVariables(replacement, lookup, maxDepth - 1, useFallback));
            }
            else if (fallback is not null && useFallback?.Invoke(name) == true)
            {
                builder.Append(ReplaceVariables(fallback.Trim(), lookup, maxDepth - 1, useFallback));
            }
            else
            {
                builder.Append("var(").Append(name);
                if (fallback is not null)
                    builder.Append(", ").Append(ReplaceVariables(fallback.Trim(), lookup, maxDepth - 1, useFallback));
                builder.Append(')');
            }
            i = close + 1;
        }
        return builder.ToString();
    }

    private static bool IsIdentifierChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';

    /// <summary>The index of the parenthesis closing the one at <paramref name="open"/>, or the length.</summary>
    public static int MatchingParen(string text, int open)
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

    /// <summary>The text with each comment replaced by a space (strings kept as they are).</summary>
    public static string StripComments(string css)
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

    /// <summary>The index after the string literal that starts at <paramref name="i"/> (its quote).</summary>
    public static int SkipString(string text, int i)
    {
        var quote = text[i++];
        while (i < text.Length && text[i] != quote)
            i += text[i] == '\\' ? 2 : 1;
        return Math.Min(text.Length, i + 1);
    }

    /// <summary>Splits at a separator outside parentheses, brackets and strings (at most <paramref name="limit"/> parts).</summary>
    public static List<string> SplitTopLevel(string value, char separator, int limit = int.MaxValue)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '"' or '\'')
            {
                i = SkipString(value, i) - 1;
                continue;
            }
            if (c is '(' or '[')
                depth++;
            else if (c is ')' or ']')
                depth--;
            else if (depth == 0 && c == separator && parts.Count < limit - 1)
            {
                parts.Add(value[start..i]);
                start = i + 1;
            }
        }
        parts.Add(value[start..]);
        return parts;
    }

    /// <summary>Splits at top-level whitespace (outside parentheses and strings), dropping empty parts.</summary>
    public static List<string> SplitWhitespace(string value)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = -1;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '"' or '\'')
            {
                if (start < 0)
                    start = i;
                i = SkipString(value, i) - 1;
                continue;
            }
            if (c == '(')
                depth++;
            else if (c == ')')
                depth--;
            if (depth == 0 && char.IsWhiteSpace(c))
            {
                if (start >= 0)
                    parts.Add(value[start..i]);
                start = -1;
            }
            else if (start < 0)
            {
                start = i;
            }
        }
        if (start >= 0)
            parts.Add(value[start..]);
        return parts;
    }

    /// <summary>A number as CSS writes it: invariant culture, at most 4 decimals, no trailing zeros, no "-0".</summary>
    public static string FormatNumber(double value)
    {
        var rounded = Math.Round(value, 4, MidpointRounding.AwayFromZero);
        if (rounded == 0)
            return "0";
        // The shortest round-trip form is what CSS wants, and much cheaper than a custom format; huge values keep the custom one.
        var text = rounded.ToString(CultureInfo.InvariantCulture);
        return text.Contains('E', StringComparison.Ordinal) ? rounded.ToString("0.####", CultureInfo.InvariantCulture) : text;
    }

    /// <summary>
    /// Computes the <c>calc()</c> expressions of a value whose units allow it (<c>calc(0.25rem * 4)</c> →
    /// <c>1rem</c>, <c>calc(1 / 2 * 100%)</c> → <c>50%</c>), innermost first. With <paramref name="exactOnly"/>,
    /// a result that would need rounding to 4 decimals (<c>calc(1 / 3 * 100%)</c>) keeps its expression. A
    /// computed zero length is written <c>0</c>.
    /// </summary>
    public static string SimplifyCalc(string value, bool exactOnly = true)
    {
        if (!value.Contains("calc(", StringComparison.Ordinal))
            return value;
        var builder = new StringBuilder(value.Length);
        var i = 0;
        while (i < value.Length)
        {
            var at = value.IndexOf("calc(", i, StringComparison.Ordinal);
            if (at < 0)
            {
                builder.Append(value, i, value.Length - i);
                break;
            }
            builder.Append(value, i, at - i);
            var close = MatchingParen(value, at + 4);
            var inner = SimplifyCalc(value[(at + 5)..Math.Min(close, value.Length)], exactOnly);
            builder.Append(Compute(inner, exactOnly) ?? "calc(" + inner + ")");
            i = close + 1;
        }
        return builder.ToString();
    }

    private readonly record struct Quantity(double Number, string Unit);

    /// <summary>Evaluates an arithmetic expression of numbers with units; null when it cannot (unknown terms, mixed units).</summary>
    private static string? Compute(string expression, bool exactOnly)
    {
        var tokens = new List<object>();
        var i = 0;
        while (i < expression.Length)
        {
            var c = expression[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (c is '*' or '/' or '(' or ')')
            {
                tokens.Add(c);
                i++;
                continue;
            }
            var signed = (c is '+' or '-') && (tokens.Count == 0 || tokens[^1] is char and not ')');
            if ((c is '+' or '-') && !signed)
            {
                tokens.Add(c);
                i++;
                continue;
            }
            var start = i;
            if (c is '+' or '-')
                i++;
            var digits = i;
            while (i < expression.Length && (char.IsAsciiDigit(expression[i]) || expression[i] == '.'))
                i++;
            if (i == digits)
                return null;
            if (i < expression.Length && expression[i] is 'e' or 'E' && i + 1 < expression.Length && (char.IsAsciiDigit(expression[i + 1]) || expression[i + 1] is '-' or '+'))
            {
                i += 2;
                while (i < expression.Length && char.IsAsciiDigit(expression[i]))
                    i++;
            }
            if (!double.TryParse(expression.AsSpan(start, i - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                return null;
            var unitStart = i;
            while (i < expression.Length && (char.IsAsciiLetter(expression[i]) || expression[i] == '%'))
                i++;
            tokens.Add(new Quantity(number, expression[unitStart..i].ToLowerInvariant()));
        }
        if (tokens.Count == 0)
            return null;
        var position = 0;
        try
        {
            var result = Sum(tokens, ref position);
            if (position != tokens.Count || !double.IsFinite(result.Number))
                return null;
            if (exactOnly && Math.Abs(Math.Round(result.Number, 4) - result.Number) > 1e-9)
                return null;
            var text = FormatNumber(result.Number);
            return text == "0" && result.Unit != "%" ? "0" : text + result.Unit;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static Quantity Sum(List<object> tokens, ref int position)
    {
        var left = Product(tokens, ref position);
        while (position < tokens.Count && tokens[position] is '+' or '-')
        {
            var op = (char)tokens[position++];
            var right = Product(tokens, ref position);
            if (left.Unit != right.Unit && !(left.Number == 0 && left.Unit.Length == 0) && !(right.Number == 0 && right.Unit.Length == 0))
                throw new FormatException();
            var unit = left.Unit.Length > 0 ? left.Unit : right.Unit;
            left = new Quantity(op == '+' ? left.Number + right.Number : left.Number - right.Number, unit);
        }
        return left;
    }

    private static Quantity Product(List<object> tokens, ref int position)
    {
        var left = Primary(tokens, ref position);
        while (position < tokens.Count && tokens[position] is '*' or '/')
        {
            var op = (char)tokens[position++];
            var right = Primary(tokens, ref position);
            if (op == '*')
            {
                if (left.Unit.Length > 0 && right.Unit.Length > 0)
                    throw new FormatException();
                left = new Quantity(left.Number * right.Number, left.Unit.Length > 0 ? left.Unit : right.Unit);
            }
            else
            {
                if (right.Unit.Length > 0 || right.Number == 0)
                    throw new FormatException();
                left = new Quantity(left.Number / right.Number, left.Unit);
            }
        }
        return left;
    }

    private static Quantity Primary(List<object> tokens, ref int position)
    {
        if (position >= tokens.Count)
            throw new FormatException();
        var token = tokens[position++];
        if (token is '(')
        {
            var inner = Sum(tokens, ref position);
            if (position >= tokens.Count || tokens[position++] is not ')')
                throw new FormatException();
            return inner;
        }
        return token is Quantity quantity ? quantity : throw new FormatException();
    }

    /// <summary>Whitespace collapsed to single spaces and trimmed.</summary>
    public static string CollapseWhitespace(string value)
    {
        var builder = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value.AsSpan().Trim())
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
