namespace OmniOS.Syntax;

/// <summary>Whitespace, a line break or a comment, with its absolute span.</summary>
public readonly record struct SyntaxTrivia(SyntaxKind Kind, string Text, TextSpan Span);
