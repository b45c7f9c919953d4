using OmniOS.Syntax;

namespace OmniOS.Design.Source;

/// <summary>
/// The text of one string that holds classes (a className string, a template literal's text between its
/// <c>${…}</c> parts, a string argument of <c>cn(…)</c>), as written between its quotes.
/// </summary>
/// <param name="Content">Where the text lies in the file (the quotes, backticks, <c>${</c> and <c>}</c> excluded).</param>
/// <param name="Text">The text as written (escapes are not resolved; class names have none).</param>
/// <param name="Group">Strings with the same group always apply together (one string, the text parts of one
/// template, the plain string arguments of one call); strings under a condition each have their own.</param>
/// <param name="OpenStart">A <c>${…}</c> comes right before the text, so a class touching the start is not whole.</param>
/// <param name="OpenEnd">A <c>${…}</c> comes right after the text, so a class touching the end is not whole.</param>
public sealed record ClassString(TextSpan Content, string Text, int Group, bool OpenStart, bool OpenEnd)
{
    /// <summary>The whole classes of the string, in order (a class touching a <c>${…}</c> is left out).</summary>
    public IEnumerable<ClassToken> Classes
    {
        get
        {
            var i = 0;
            while (i < Text.Length)
            {
                while (i < Text.Length && char.IsWhiteSpace(Text[i]))
                    i++;
                var start = i;
                while (i < Text.Length && !char.IsWhiteSpace(Text[i]))
                    i++;
                if (i > start && IsWhole(start, i))
                    yield return new ClassToken(Text[start..i], new TextSpan(Content.Start + start, i - start));
            }
        }
    }

    /// <summary>Whether <paramref name="offset"/> lies in the text or at either end of it (the cursor right after the opening quote or before the closing one).</summary>
    public bool Contains(int offset) => Content.Start <= offset && offset <= Content.End;

    /// <summary>
    /// The whitespace-delimited word around <paramref name="offset"/> (empty between two spaces), and whether it is a
    /// whole class: what completion replaces and hover describes.
    /// </summary>
    public ClassToken WordAt(int offset)
    {
        var at = Math.Clamp(offset - Content.Start, 0, Text.Length);
        var start = at;
        while (start > 0 && !char.IsWhiteSpace(Text[start - 1]))
            start--;
        var end = at;
        while (end < Text.Length && !char.IsWhiteSpace(Text[end]))
            end++;
        return new ClassToken(Text[start..end], new TextSpan(Content.Start + start, end - start));
    }

    /// <summary>The whole class whose characters include <paramref name="offset"/> (the one a hover at that character is on), or null.</summary>
    public ClassToken? ClassAt(int offset)
    {
        if (offset < Content.Start || offset >= Content.End || char.IsWhiteSpace(Text[offset - Content.Start]))
            return null;
        var word = WordAt(offset);
        return IsWhole(word.Span.Start - Content.Start, word.Span.End - Content.Start) ? word : null;
    }

    /// <summary>Whether the word at [start, end) of the text can be completed as a class (it does not run into a <c>${…}</c>).</summary>
    public bool IsWhole(int start, int end) => !(OpenStart && start == 0) && !(OpenEnd && end == Text.Length);
}
