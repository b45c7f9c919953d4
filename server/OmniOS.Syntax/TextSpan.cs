namespace OmniOS.Syntax;

/// <summary>A range of UTF-16 code units in a text: <see cref="Start"/> inclusive, <see cref="End"/> exclusive.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public bool Contains(int position) => position >= Start && position < End;

    public bool IntersectsWith(TextSpan other) => other.Start <= End && other.End >= Start;

    public override string ToString() => $"{Start}..{End}";
}
