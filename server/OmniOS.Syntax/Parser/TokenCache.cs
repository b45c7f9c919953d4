using OmniOS.Syntax.InternalSyntax;

namespace OmniOS.Syntax.Parser;

/// <summary>
/// Shares the tokens that recur thousands of times in a file: punctuation and keywords with no
/// leading trivia and a common trailing trivia (none, one space, a line break). Green tokens are
/// immutable and position-free, so one instance serves every place and every tree.
/// </summary>
internal static class TokenCache
{
    private const int Variants = 4;
    private static readonly GreenToken?[] Tokens = new GreenToken?[((int)SyntaxKind.WithKeyword + 1) * Variants];

    public static GreenToken Get(SyntaxKind kind, string text, GreenTrivia[] leading, GreenTrivia[] trailing)
    {
        if (leading.Length != 0 || (int)kind > (int)SyntaxKind.WithKeyword || SyntaxFacts.GetText(kind) is not { } fixedText || !ReferenceEquals(fixedText, text))
            return GreenToken.Create(kind, text, leading, trailing);

        int variant;
        if (trailing.Length == 0)
            variant = 0;
        else if (ReferenceEquals(trailing, TriviaCache.SingleSpace))
            variant = 1;
        else if (ReferenceEquals(trailing, TriviaCache.LineFeed))
            variant = 2;
        else if (ReferenceEquals(trailing, TriviaCache.CarriageReturnLineFeed))
            variant = 3;
        else
            return GreenToken.Create(kind, text, leading, trailing);

        var index = (int)kind * Variants + variant;
        // A race makes two equal tokens; either is fine.
        return Tokens[index] ??= GreenToken.Create(kind, text, leading, trailing);
    }
}
