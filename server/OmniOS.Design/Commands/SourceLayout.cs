using OmniOS.Syntax;

namespace OmniOS.Design.Commands;

/// <summary>
/// How a file is written, so new code matches it: its line ending, its indentation unit, the quotes
/// its JSX attributes and its strings use; and where lines begin and end. Each trait is worked out
/// the first time a command needs it, from the text (the tree only confirms what a quote starts):
/// a command needs one or two, and walking the tree of a large file would cost more than the edit.
/// Quotes are judged by the string literals nearest after <paramref name="near"/> (the element a
/// command works on), then before it.
/// </summary>
public sealed class SourceLayout(SyntaxTree tree, int near = 0)
{
    /// <summary>How many string literals of a kind decide its quote: a file's habit shows in a few.</summary>
    private const int QuoteSamples = 9;

    private string? _lineEnding;
    private string? _indentUnit;
    private char? _jsxQuote;
    private char? _stringQuote;

    public string Text { get; } = tree.Text;

    public string LineEnding => _lineEnding ??= DetectLineEnding(Text);

    /// <summary>One level of indentation: a tab, or a number of spaces.</summary>
    public string IndentUnit => _indentUnit ??= DetectIndentUnit(Text);

    /// <summary>The quote of JSX attribute strings, judged from those written `name="…"` (formatters never put spaces around the '=').</summary>
    public char JsxQuote => _jsxQuote ??= DetectQuote(inJsx: true);

    public char StringQuote => _stringQuote ??= DetectQuote(inJsx: false);

    public int LineStart(int position)
    {
        var i = Math.Min(position, Text.Length);
        while (i > 0 && Text[i - 1] is not ('\n' or '\r'))
            i--;
        return i;
    }

    /// <summary>The end of the line holding <paramref name="position"/>, before its line break.</summary>
    public int LineEnd(int position)
    {
        var i = position;
        while (i < Text.Length && Text[i] is not ('\n' or '\r'))
            i++;
        return i;
    }

    /// <summary>The position after the line break that ends the line holding <paramref name="position"/>.</summary>
    public int NextLineStart(int position)
    {
        var i = LineEnd(position);
        if (i < Text.Length && Text[i] == '\r')
            i++;
        if (i < Text.Length && Text[i] == '\n')
            i++;
        return i;
    }

    /// <summary>The whitespace at the start of the line holding <paramref name="position"/>.</summary>
    public string IndentationAt(int position)
    {
        var start = LineStart(position);
        var end = start;
        while (end < Text.Length && Text[end] is ' ' or '\t')
            end++;
        return Text[start..end];
    }

    /// <summary>Whether only whitespace stands between the start of its line and <paramref name="position"/>.</summary>
    public bool StartsLine(int position) => Text.AsSpan(LineStart(position), position - LineStart(position)).IsWhiteSpace();

    /// <summary>Whether only whitespace stands between <paramref name="position"/> and the end of its line.</summary>
    public bool EndsLine(int position) => Text.AsSpan(position, LineEnd(position) - position).IsWhiteSpace();

    /// <summary>Whether <paramref name="span"/> has whole lines to itself (only whitespace before it on its first line and after it on its last).</summary>
    public bool OwnsLines(TextSpan span) => StartsLine(span.Start) && EndsLine(span.End);

    /// <summary>The span of the whole lines <paramref name="span"/> covers, line breaks included.</summary>
    public TextSpan WholeLines(TextSpan span) => TextSpan.FromBounds(LineStart(span.Start), NextLineStart(span.End));

    /// <summary>
    /// Re-indents a multi-line snippet: every line after the first loses <paramref name="oldIndentation"/>
    /// (when it has it) and gains <paramref name="newIndentation"/>; line breaks become the file's.
    /// </summary>
    public string Reindent(string snippet, string oldIndentation, string newIndentation)
    {
        var lines = snippet.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
                continue;
            if (line.StartsWith(oldIndentation, StringComparison.Ordinal))
                line = line[oldIndentation.Length..];
            lines[i] = newIndentation + line;
        }
        return string.Join(LineEnding, lines);
    }

    private static string DetectLineEnding(string text)
    {
        var lf = text.AsSpan().Count('\n');
        var crlf = text.AsSpan().Count("\r\n");
        return crlf > lf - crlf ? "\r\n" : "\n";
    }

    private static string DetectIndentUnit(string text)
    {
        // The most common step between the indentation of consecutive non-blank lines.
        var steps = new int[9];
        var previous = 0;
        var tabs = 0;
        var spaceLines = 0;
        var span = text.AsSpan();
        while (span.Length > 0)
        {
            var end = span.IndexOf('\n');
            var line = (end < 0 ? span : span[..end]).TrimEnd('\r');
            span = end < 0 ? [] : span[(end + 1)..];
            var indentation = line.IndexOfAnyExcept(' ', '\t');
            if (indentation < 0)
                continue;
            if (line[0] == '\t')
            {
                tabs++;
                continue;
            }
            if (indentation > 0)
                spaceLines++;
            var step = indentation - previous;
            if (step is > 0 and <= 8)
                steps[step]++;
            previous = indentation;
        }
        if (tabs > spaceLines)
            return "\t";
        // Ties go to the smaller step; no indentation at all means two spaces.
        var best = 0;
        for (var step = 1; step < steps.Length; step++)
        {
            if (steps[step] > steps[best])
                best = step;
        }
        return best == 0 ? "  " : new string(' ', best);
    }

    /// <summary>The quote most of the string literals of a kind (JSX attribute values, or the others) near the focus use; '"' when there are none.</summary>
    private char DetectQuote(bool inJsx)
    {
        int doubles = 0, singles = 0;
        foreach (var token in StringTokens(inJsx))
        {
            if ((token.Parent.Parent?.Kind == SyntaxKind.JsxAttribute) != inJsx)
                continue;
            if (token.Text[0] == '"')
                doubles++;
            else
                singles++;
            if (doubles + singles == QuoteSamples)
                break;
        }
        return singles > doubles ? '\'' : '"';
    }

    /// <summary>
    /// The string literals after <paramref name="near"/> and then those before it, nearest first,
    /// found by their quotes: for JSX attribute values only those written right after an '='.
    /// </summary>
    private IEnumerable<SyntaxToken> StringTokens(bool inJsx)
    {
        var start = Math.Clamp(near, 0, Text.Length);
        for (var position = start; position < Text.Length;)
        {
            var found = NextQuote(position, inJsx);
            if (found < 0)
                break;
            var token = StringTokenAt(found);
            position = token?.Span.End ?? found + 1;
            if (token is { } t)
                yield return t;
        }
        for (var position = start; position > 0;)
        {
            var found = PreviousQuote(position, inJsx);
            if (found < 0)
                break;
            var token = StringTokenAt(found);
            position = found;
            if (token is { } t && t.Span.End <= start)
                yield return t;
        }
    }

    /// <summary>The first quote at or after <paramref name="position"/> that could start a literal of the kind.</summary>
    private int NextQuote(int position, bool inJsx)
    {
        var rest = Text.AsSpan(position);
        if (!inJsx)
            return rest.IndexOfAny('"', '\'') is var i and >= 0 ? position + i : -1;
        var doubleQuote = rest.IndexOf("=\"");
        var singleQuote = rest.IndexOf("='");
        var first = doubleQuote < 0 ? singleQuote : singleQuote < 0 ? doubleQuote : Math.Min(doubleQuote, singleQuote);
        return first < 0 ? -1 : position + first + 1;
    }

    /// <summary>The last quote before <paramref name="position"/> that could start a literal of the kind.</summary>
    private int PreviousQuote(int position, bool inJsx)
    {
        var before = Text.AsSpan(0, position);
        if (!inJsx)
            return before.LastIndexOfAny('"', '\'');
        var doubleQuote = before.LastIndexOf("=\"");
        var singleQuote = before.LastIndexOf("='");
        var last = Math.Max(doubleQuote, singleQuote);
        return last < 0 ? -1 : last + 1;
    }

    /// <summary>The string literal token that starts at <paramref name="position"/>, if one does.</summary>
    private SyntaxToken? StringTokenAt(int position)
    {
        foreach (var token in tree.Root.FindNode(position).ChildTokens())
        {
            if (token.Kind == SyntaxKind.StringLiteralToken && token.Span.Start == position)
                return token;
        }
        return null;
    }
}
