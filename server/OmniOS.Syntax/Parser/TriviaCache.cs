using OmniOS.Syntax.InternalSyntax;

namespace OmniOS.Syntax.Parser;

/// <summary>
/// Shared trivia for the runs that make up most of a file (indentation and line breaks), so that a
/// parse allocates almost nothing for them. Cached objects are immutable and never get diagnostics.
/// </summary>
internal static class TriviaCache
{
    private const int MaxSpaces = 96;
    private const int MaxTabs = 24;

    private static readonly GreenTrivia[][] SpaceRuns = MakeRuns(' ', MaxSpaces);
    private static readonly GreenTrivia[][] TabRuns = MakeRuns('\t', MaxTabs);

    public static readonly GreenTrivia[] SingleSpace = SpaceRuns[1];
    public static readonly GreenTrivia[] LineFeed = [new GreenTrivia(SyntaxKind.EndOfLineTrivia, "\n")];
    public static readonly GreenTrivia[] CarriageReturnLineFeed = [new GreenTrivia(SyntaxKind.EndOfLineTrivia, "\r\n")];

    /// <summary>A one-element trivia list for a whitespace run, shared when it is a common one.</summary>
    public static GreenTrivia[] Whitespace(string text, int start, int length)
    {
        var run = Single(text, start, length);
        return run ?? [new GreenTrivia(SyntaxKind.WhitespaceTrivia, text.Substring(start, length))];
    }

    /// <summary>The shared trivia for a whitespace run, or null when it is not a cached one.</summary>
    public static GreenTrivia[]? Single(string text, int start, int length)
    {
        var c = text[start];
        if (c == ' ' && length <= MaxSpaces && IsRunOf(text, start, length, ' '))
            return SpaceRuns[length];
        if (c == '\t' && length <= MaxTabs && IsRunOf(text, start, length, '\t'))
            return TabRuns[length];
        return null;
    }

    public static GreenTrivia[] EndOfLine(string text, int start, int length)
    {
        if (length == 1 && text[start] == '\n')
            return LineFeed;
        if (length == 2)
            return CarriageReturnLineFeed;
        return [new GreenTrivia(SyntaxKind.EndOfLineTrivia, text.Substring(start, length))];
    }

    private static bool IsRunOf(string text, int start, int length, char c)
    {
        for (var i = start + 1; i < start + length; i++)
        {
            if (text[i] != c)
                return false;
        }
        return true;
    }

    private static GreenTrivia[][] MakeRuns(char c, int max)
    {
        var runs = new GreenTrivia[max + 1][];
        runs[0] = GreenToken.NoTrivia;
        for (var i = 1; i <= max; i++)
            runs[i] = [new GreenTrivia(SyntaxKind.WhitespaceTrivia, new string(c, i))];
        return runs;
    }
}
