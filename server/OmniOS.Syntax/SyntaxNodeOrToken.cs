namespace OmniOS.Syntax;

/// <summary>A child of a node: either a node or a token.</summary>
public readonly struct SyntaxNodeOrToken
{
    private readonly SyntaxNode? _node;
    private readonly SyntaxToken _token;

    public SyntaxNodeOrToken(SyntaxNode node)
    {
        _node = node;
        _token = default;
    }

    public SyntaxNodeOrToken(SyntaxToken token)
    {
        _node = null;
        _token = token;
    }

    public bool IsToken => _node is null;

    public SyntaxNode? AsNode() => _node;

    public SyntaxToken AsToken() => _token;

    public SyntaxKind Kind => _node?.Kind ?? _token.Kind;

    public TextSpan FullSpan => _node?.FullSpan ?? _token.FullSpan;

    public TextSpan Span => _node?.Span ?? _token.Span;
}
