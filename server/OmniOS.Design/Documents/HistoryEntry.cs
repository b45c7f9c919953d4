using OmniOS.Design.Commands;
using OmniOS.Syntax;

namespace OmniOS.Design.Documents;

/// <summary>
/// One undoable step: the edits that reverse it, kept in the coordinates of the current text as
/// later changes arrive. Each edit remembers the text it expects to find; a later change that
/// touches that text makes the step impossible to reverse, and it says so.
/// </summary>
internal sealed class HistoryEntry(List<HistoryEntry.Reversal> reversals, string description)
{
    public sealed record Reversal(TextSpan Span, string Expected, string Replacement);

    public List<Reversal> Reversals { get; } = reversals;

    public string Description { get; } = description;

    public string? BrokenBecause { get; private set; }

    /// <summary>The entry that undoes <paramref name="edits"/> applied to <paramref name="before"/>.</summary>
    public static HistoryEntry Reversing(string before, IReadOnlyList<TextEdit> edits, string description)
    {
        var reversals = new List<Reversal>();
        var shift = 0;
        foreach (var edit in TextEdits.Normalize(edits))
        {
            reversals.Add(new Reversal(new TextSpan(edit.Span.Start + shift, edit.NewText.Length), edit.NewText, before.Substring(edit.Span.Start, edit.Span.Length)));
            shift += edit.Delta;
        }
        return new HistoryEntry(reversals, description);
    }

    /// <summary>Follows a later change: spans after it shift; a change overlapping a span breaks the entry.</summary>
    public void Transform(IReadOnlyList<TextEdit> edits)
    {
        if (BrokenBecause is not null)
            return;
        var sorted = TextEdits.Normalize(edits);
        for (var i = 0; i < Reversals.Count; i++)
        {
            var span = Reversals[i].Span;
            var shift = 0;
            foreach (var edit in sorted)
            {
                if (edit.Span.End <= span.Start && !(edit.Span.Length == 0 && edit.Span.Start == span.Start && span.Length == 0))
                {
                    shift += edit.Delta;
                }
                else if (edit.Span.Start >= span.End)
                {
                    break;
                }
                else
                {
                    BrokenBecause = $"the text it changed at offset {span.Start} has been edited since";
                    return;
                }
            }
            Reversals[i] = Reversals[i] with { Span = new TextSpan(span.Start + shift, span.Length) };
        }
    }

    /// <summary>The reversing edits, if the text still holds what they expect; else why not.</summary>
    public (List<TextEdit>? Edits, string? Problem) Check(string text)
    {
        if (BrokenBecause is not null)
            return (null, BrokenBecause);
        foreach (var reversal in Reversals)
        {
            if (reversal.Span.End > text.Length || string.CompareOrdinal(text, reversal.Span.Start, reversal.Expected, 0, reversal.Span.Length) != 0 || reversal.Expected.Length != reversal.Span.Length)
                return (null, $"the text at offset {reversal.Span.Start} is no longer what the change left there");
        }
        return (Reversals.Select(r => new TextEdit(r.Span, r.Replacement)).ToList(), null);
    }
}
