using OmniOS.Design.Commands;
using OmniOS.Syntax;

namespace OmniOS.Design.Documents;

/// <summary>
/// A change worked out but not yet made: the edits, the tree they give, and what it is (a command,
/// an undo, a redo). The host makes it durable (writes the file, or has the editor apply it) and
/// then commits it to the document it was prepared from, at the same version.
/// </summary>
public sealed class PreparedChange
{
    internal PreparedChange(int baseVersion, IReadOnlyList<TextEdit> edits, SyntaxTree tree, ChangeOrigin origin, string description, HistoryEntry? consumed)
    {
        BaseVersion = baseVersion;
        Edits = edits;
        Tree = tree;
        Origin = origin;
        Description = description;
        Consumed = consumed;
    }

    public int BaseVersion { get; }

    /// <summary>The edits, relative to the document's text at <see cref="BaseVersion"/>.</summary>
    public IReadOnlyList<TextEdit> Edits { get; }

    public SyntaxTree Tree { get; }

    public string NewText => Tree.Text;

    public ChangeOrigin Origin { get; }

    /// <summary>What the change is, for messages and the journal ("setText", "undo move" …).</summary>
    public string Description { get; }

    /// <summary>The history entry an undo or redo takes off its stack.</summary>
    internal HistoryEntry? Consumed { get; }
}
