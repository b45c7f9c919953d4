using System.Text;

namespace OmniOS.Syntax.InternalSyntax;

/// <summary>
/// A token with its text and its trivia. Ownership follows Roslyn: a token's trailing trivia runs
/// to the end of its line (line break included); everything after that leads the next token.
/// </summary>
internal sealed class GreenToken : GreenNode
{
    public static readonly GreenTrivia[] NoTrivia = [];

    public GreenToken(SyntaxKind kind, string text, GreenTrivia[] leading, GreenTrivia[] trailing, GreenFlags flags = GreenFlags.None)
        : base(kind, text.Length + Width(leading) + Width(trailing), flags | CombineFlags(leading) | CombineFlags(trailing))
    {
        Text = text;
        Leading = leading;
        Trailing = trailing;
    }

    public string Text { get; }

    public GreenTrivia[] Leading { get; }

    public GreenTrivia[] Trailing { get; }

    public override bool IsToken => true;

    public int LeadingWidth => Width(Leading);

    public int TrailingWidth => Width(Trailing);

    public void WriteTokenTo(StringBuilder builder)
    {
        foreach (var trivia in Leading)
            builder.Append(trivia.Text);
        builder.Append(Text);
        foreach (var trivia in Trailing)
            builder.Append(trivia.Text);
    }

    public static GreenToken Missing(SyntaxKind kind) => new(kind, string.Empty, NoTrivia, NoTrivia, GreenFlags.IsMissing);

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
}
