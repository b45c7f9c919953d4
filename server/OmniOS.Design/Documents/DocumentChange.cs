using OmniOS.Design.Commands;
using OmniOS.Design.Deltas;

namespace OmniOS.Design.Documents;

/// <summary>A change made to a document: its new version, the edits (relative to the text before), where it came from, and the element deltas.</summary>
public sealed record DocumentChange(int Version, IReadOnlyList<TextEdit> Edits, ChangeOrigin Origin, IReadOnlyList<ElementDelta> Deltas);

/// <summary>The outcome of a command, an undo or a redo: the change it made, or why it made none.</summary>
public sealed record DocumentResult(DocumentChange? Change, string? RefusedBecause)
{
    public bool Applied => Change is not null;

    public static DocumentResult Refused(string message) => new(null, message);
}
