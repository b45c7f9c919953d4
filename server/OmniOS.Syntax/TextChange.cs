namespace OmniOS.Syntax;

/// <summary>Replace the text in <see cref="Span"/> (of the old text) with <see cref="NewText"/>.</summary>
public readonly record struct TextChange(TextSpan Span, string NewText)
{
    /// <summary>How much longer the text is after the change (negative when it shrinks).</summary>
    public int Delta => NewText.Length - Span.Length;

    public string ApplyTo(string text)
    {
        if (Span.Start < 0 || Span.End > text.Length)
            throw new ArgumentOutOfRangeException(nameof(text), $"Change {Span} lies outside a text of {text.Length} characters.");
        return string.Concat(text.AsSpan(0, Span.Start), NewText, text.AsSpan(Span.End));
    }
}
