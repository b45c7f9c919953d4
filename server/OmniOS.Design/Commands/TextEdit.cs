using OmniOS.Syntax;

namespace OmniOS.Design.Commands;

/// <summary>Replace <see cref="Span"/> of a text with <see cref="NewText"/>.</summary>
public sealed record TextEdit(TextSpan Span, string NewText)
{
    public static TextEdit Insert(int position, string text) => new(new TextSpan(position, 0), text);

    public static TextEdit Delete(TextSpan span) => new(span, string.Empty);

    public int Delta => NewText.Length - Span.Length;
}
