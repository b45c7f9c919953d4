using OmniOS.Syntax.InternalSyntax;

namespace OmniOS.Syntax;

/// <summary>A token in the tree: its text, its trivia and its absolute position.</summary>
public readonly struct SyntaxToken
{
    internal SyntaxToken(SyntaxNode parent, GreenToken green, int position)
    {
        Parent = parent;
        Green = green;
        Position = position;
    }

    internal GreenToken Green { get; }

    public SyntaxNode Parent { get; }

    /// <summary>Where the token's leading trivia starts.</summary>
    public int Position { get; }

    public SyntaxKind Kind => Green.Kind;

    public string Text => Green.Text;

    /// <summary>A token the parser expected but did not find; it has no text.</summary>
    public bool IsMissing => Green.IsMissing;

    public TextSpan Span => new(Position + Green.LeadingWidth, Green.Text.Length);

    public TextSpan FullSpan => new(Position, Green.FullWidth);

    public IEnumerable<SyntaxTrivia> LeadingTrivia => Enumerate(Green.Leading, Position);

    public IEnumerable<SyntaxTrivia> TrailingTrivia => Enumerate(Green.Trailing, Span.End);

    private static IEnumerable<SyntaxTrivia> Enumerate(GreenTrivia[] trivia, int position)
    {
        foreach (var t in trivia)
        {
            yield return new SyntaxTrivia(t.Kind, t.Text, new TextSpan(position, t.FullWidth));
            position += t.FullWidth;
        }
    }

    public override string ToString() => Text;
}
