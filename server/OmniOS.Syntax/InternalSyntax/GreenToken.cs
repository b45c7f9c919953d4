using System.Text;

namespace OmniOS.Syntax.InternalSyntax;

/// <summary>
/// A token with its text and its trivia. Ownership follows Roslyn: a token's trailing trivia runs
/// to the end of its line (line break included); everything after that leads the next token.
/// Tokens without trivia, or with trailing trivia only, are the common case and are stored
/// without the fields they do not need.
/// </summary>
internal class GreenToken : GreenNode
{
    public static readonly GreenTrivia[] NoTrivia = [];

    private GreenToken(SyntaxKind kind, string text, int fullWidth, GreenFlags flags)
        : base(kind, fullWidth, flags)
    {
        Text = text;
    }

    public string Text { get; }

    public virtual GreenTrivia[] Leading => NoTrivia;

    public virtual GreenTrivia[] Trailing => NoTrivia;

    public override bool IsToken => true;

    public int LeadingWidth => Width(Leading);

    public int TrailingWidth => Width(Trailing);

    public static GreenToken Create(SyntaxKind kind, string text, GreenTrivia[] leading, GreenTrivia[] trailing, GreenFlags flags = GreenFlags.None)
    {
        var fullWidth = text.Length + Width(leading) + Width(trailing);
        flags |= CombineFlags(leading) | CombineFlags(trailing);
        if (leading.Length != 0)
            return new WithTrivia(kind, text, fullWidth, flags, leading, trailing);
        if (trailing.Length != 0)
            return new WithTrailingTrivia(kind, text, fullWidth, flags, trailing);
        return new GreenToken(kind, text, fullWidth, flags);
    }

    public static GreenToken Missing(SyntaxKind kind, GreenFlags flags = GreenFlags.None) =>
        new(kind, string.Empty, 0, flags | GreenFlags.IsMissing);

    public void WriteTokenTo(StringBuilder builder)
    {
        foreach (var trivia in Leading)
            builder.Append(trivia.Text);
        builder.Append(Text);
        foreach (var trivia in Trailing)
            builder.Append(trivia.Text);
    }

    private static int Width(GreenTrivia[] trivia)
    {
        var width = 0;
        foreach (var t in trivia)
            width += t.FullWidth;
        return width;
    }

    private static GreenFlags CombineFlags(GreenTrivia[] trivia)
    {
        var flags = GreenFlags.None;
        foreach (var t in trivia)
            flags |= t.Flags & GreenFlags.Inherited;
        return flags;
    }

    public override string ToString() => $"{Kind} \"{Text}\"";

    private sealed class WithTrailingTrivia(SyntaxKind kind, string text, int fullWidth, GreenFlags flags, GreenTrivia[] trailing)
        : GreenToken(kind, text, fullWidth, flags)
    {
        public override GreenTrivia[] Trailing => trailing;
    }

    private sealed class WithTrivia(SyntaxKind kind, string text, int fullWidth, GreenFlags flags, GreenTrivia[] leading, GreenTrivia[] trailing)
        : GreenToken(kind, text, fullWidth, flags)
    {
        public override GreenTrivia[] Leading => leading;

        public override GreenTrivia[] Trailing => trailing;
    }
}
