namespace OmniOS.Syntax.InternalSyntax;

/// <summary>Whitespace, a line break or a comment, owned by the token it leads or trails.</summary>
internal sealed class GreenTrivia : GreenNode
{
    public GreenTrivia(SyntaxKind kind, string text, GreenFlags flags = GreenFlags.None)
        : base(kind, text.Length, flags)
    {
        Text = text;
    }

    public string Text { get; }

    public override bool IsTrivia => true;

    public override string ToString() => $"{Kind} \"{Text}\"";
}
