using System.Text;
using OmniOS.Design.Source;
using OmniOS.Syntax;

namespace OmniOS.Design.Commands;

/// <summary>Applying, inverting and composing sets of non-overlapping edits.</summary>
public static class TextEdits
{
    /// <summary>Sorts edits and checks they do not overlap (two inserts at one point are allowed, in the given order).</summary>
    public static List<TextEdit> Normalize(IEnumerable<TextEdit> edits)
    {
        var sorted = edits.Where(e => e.Span.Length > 0 || e.NewText.Length > 0)
            .Select((e, i) => (Edit: e, Order: i))
            .OrderBy(x => x.Edit.Span.Start).ThenBy(x => x.Order)
            .Select(x => x.Edit).ToList();
        for (var i = 1; i < sorted.Count; i++)
        {
            if (sorted[i].Span.Start < sorted[i - 1].Span.End)
                throw new ArgumentException($"Edits overlap: {sorted[i - 1].Span} and {sorted[i].Span}.", nameof(edits));
        }
        return sorted;
    }

    public static string Apply(string text, IReadOnlyList<TextEdit> edits)
    {
        var sorted = Normalize(edits);
        var builder = new StringBuilder(text.Length + sorted.Sum(e => e.Delta));
        var position = 0;
        foreach (var edit in sorted)
        {
            builder.Append(text, position, edit.Span.Start - position);
            builder.Append(edit.NewText);
            position = edit.Span.End;
        }
        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }

    /// <summary>The edits that turn the result of applying <paramref name="edits"/> to <paramref name="text"/> back into it.</summary>
    public static List<TextEdit> Invert(string text, IReadOnlyList<TextEdit> edits)
    {
        var inverse = new List<TextEdit>();
        var shift = 0;
        foreach (var edit in Normalize(edits))
        {
            inverse.Add(new TextEdit(new TextSpan(edit.Span.Start + shift, edit.NewText.Length), text.Substring(edit.Span.Start, edit.Span.Length)));
            shift += edit.Delta;
        }
        return inverse;
    }

    /// <summary>
    /// One set of edits against <paramref name="text"/> equivalent to <paramref name="first"/> followed by
    /// <paramref name="second"/> (which is relative to the text after the first), as small as possible.
    /// </summary>
    public static List<TextEdit> Compose(string text, IReadOnlyList<TextEdit> first, IReadOnlyList<TextEdit> second)
    {
        // One edit after none is itself: typing composes a change at a time, and spelling out the
        // final text below would copy the whole file twice per keystroke.
        if (first.Count == 0 && second.Count <= 1)
            return Trim(text, Normalize(second));
        var firstSorted = Normalize(first);
        var final = Apply(Apply(text, firstSorted), second);

        // Every edit, in the coordinates of the original text, with how much it lengthens the text.
        var regions = firstSorted.Select(e => (Span: e.Span, Delta: e.Delta)).ToList();
        foreach (var edit in Normalize(second))
        {
            var start = MapBack(firstSorted, edit.Span.Start);
            var end = MapBack(firstSorted, edit.Span.End);
            regions.Add((TextSpan.FromBounds(start.Start, Math.Max(start.Start, end.End)), edit.Delta));
        }
        regions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));

        // Merge overlapping or touching regions; between them the text is the same before and after.
        var merged = new List<(TextSpan Span, int Delta)>();
        foreach (var region in regions)
        {
            if (merged.Count > 0 && region.Span.Start <= merged[^1].Span.End)
                merged[^1] = (TextSpan.FromBounds(merged[^1].Span.Start, Math.Max(merged[^1].Span.End, region.Span.End)), merged[^1].Delta + region.Delta);
            else
                merged.Add(region);
        }
        var result = new List<TextEdit>();
        var shift = 0;
        foreach (var (span, delta) in merged)
        {
            result.Add(new TextEdit(span, final.Substring(span.Start + shift, span.Length + delta)));
            shift += delta;
        }
        return Trim(text, result);
    }

    /// <summary>
    /// Maps a position in the text after <paramref name="edits"/> to the text before them: a position
    /// inside (or at the edge of) an edit's new text maps to that edit's whole old span.
    /// </summary>
    private static TextSpan MapBack(List<TextEdit> edits, int position)
    {
        var shift = 0;
        foreach (var edit in edits)
        {
            var newStart = edit.Span.Start + shift;
            var newEnd = newStart + edit.NewText.Length;
            if (position < newStart)
                break;
            if (position <= newEnd)
                return edit.Span;
            shift += edit.Delta;
        }
        return new TextSpan(position - shift, 0);
    }

    /// <summary>Drops the common prefix and suffix of each edit's old and new text, so an edit changes only what differs.</summary>
    public static List<TextEdit> Trim(string text, IEnumerable<TextEdit> edits)
    {
        var result = new List<TextEdit>();
        foreach (var edit in edits)
        {
            var old = text.AsSpan(edit.Span.Start, edit.Span.Length);
            var prefix = old.CommonPrefixLength(edit.NewText);
            var oldRest = old[prefix..];
            var newRest = edit.NewText.AsSpan(prefix);
            var suffix = TextDifference.CommonSuffixLength(oldRest, newRest);
            var trimmed = new TextEdit(new TextSpan(edit.Span.Start + prefix, oldRest.Length - suffix), newRest[..^suffix].ToString());
            if (trimmed.Span.Length > 0 || trimmed.NewText.Length > 0)
                result.Add(trimmed);
        }
        return result;
    }
}
