using OmniOS.Syntax;

namespace OmniOS.Design.Commands;

/// <summary>
/// How a file is written, so new code matches it: its line ending, its indentation unit, the quotes
/// its JSX attributes and its strings use; and where lines begin and end.
/// </summary>
public sealed class SourceLayout
{
    public SourceLayout(SyntaxTree tree)
    {
        Text = tree.Text;
        var crlf = 0;
        var lf = 0;
        for (var i = 0; i < Text.Length; i++)
        {
            if (Text[i] != '\n')
                continue;
            if (i > 0 && Text[i - 1] == '\r')
                crlf++;
            else
                lf++;
        }
        LineEnding = crlf > lf ? "\r\n" : "\n";
        IndentUnit = DetectIndentUnit(Text);
        (JsxQuote, StringQuote) = DetectQuotes(tree);
    }

    public string Text { get; }

    public string LineEnding { get; }

    /// <summary>One level of indentation: a tab, or a number of spaces.</summary>
    public string IndentUnit { get; }

    public char JsxQuote { get; }

    public char StringQuote { get; }

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

    private static string DetectIndentUnit(string text)
    {
        // The most common step between the indentation of consecutive non-blank lines.
        var steps = new Dictionary<string, int>();
        var previous = 0;
        var tabs = 0;
        var spaceLines = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (line.Trim().Length == 0)
                continue;
            if (line[0] == '\t')
            {
                tabs++;
                continue;
            }
            var spaces = line.Length - line.TrimStart(' ').Length;
            if (spaces > 0)
                spaceLines++;
            var step = spaces - previous;
            if (step is > 0 and <= 8)
                steps[new string(' ', step)] = steps.GetValueOrDefault(new string(' ', step)) + 1;
            previous = spaces;
        }
        if (tabs > spaceLines)
            return "\t";
        return steps.Count == 0 ? "  " : steps.MaxBy(s => (s.Value, -s.Key.Length)).Key;
    }

    private static (char Jsx, char String) DetectQuotes(SyntaxTree tree)
    {
        int jsxDouble = 0, jsxSingle = 0, stringDouble = 0, stringSingle = 0;
        foreach (var token in tree.Root.DescendantTokens())
        {
            if (token.Kind != SyntaxKind.StringLiteralToken || token.Text.Length == 0)
                continue;
            var inJsx = token.Parent.Parent?.Kind == SyntaxKind.JsxAttribute;
            if (token.Text[0] == '"')
            {
                if (inJsx)
                    jsxDouble++;
                else
                    stringDouble++;
            }
            else if (token.Text[0] == '\'')
            {
                if (inJsx)
                    jsxSingle++;
                else
                    stringSingle++;
            }
        }
        return (jsxSingle > jsxDouble ? '\'' : '"', stringSingle > stringDouble ? '\'' : '"');
    }
}
