using OmniOS.Design.Commands;
using OmniOS.Design.Deltas;
using OmniOS.Design.Model;
using OmniOS.Design.Source;
using OmniOS.Syntax;

namespace OmniOS.Design.Documents;

/// <summary>
/// One open file: its text, tree and design model, and the history of the commands applied to it.
/// Every change (a command, an undo, typing, the file changing on disk) goes through here and
/// comes back as a <see cref="DocumentChange"/> with the element deltas. Commands, undo and redo are
/// prepared first and committed once the host has made them durable. Not thread-safe: the host
/// applies changes to a document one at a time.
/// </summary>
public sealed class DesignDocument
{
    private readonly ModuleResolver? _resolver;
    private readonly List<HistoryEntry> _undo = [];
    private readonly List<HistoryEntry> _redo = [];

    public DesignDocument(string path, string text, ModuleResolver? resolver = null)
    {
        Path = path;
        _resolver = resolver;
        Tree = SyntaxTree.Parse(text, path);
        Model = DesignModelBuilder.Build(Tree, path, resolver);
        LastGoodModel = Model;
    }

    public string Path { get; }

    public SyntaxTree Tree { get; private set; }

    public string Text => Tree.Text;

    public DesignModel Model { get; private set; }

    /// <summary>The model of the last text that parsed without errors: what the canvas keeps showing while the user is mid-typing.</summary>
    public DesignModel LastGoodModel { get; private set; }

    public int Version { get; private set; }

    public bool CanUndo => _undo.Count > 0;

    public bool CanRedo => _redo.Count > 0;

    public DocumentResult Execute(DesignCommand command) => CommitOrRefuse(Prepare(command));

    public DocumentResult Undo() => CommitOrRefuse(PrepareUndo());

    public DocumentResult Redo() => CommitOrRefuse(PrepareRedo());

    /// <summary>Works out a command's edits without changing the document (null change: refused, with the reason).</summary>
    public (PreparedChange? Change, string? Refused) Prepare(DesignCommand command)
    {
        var result = CommandEngine.Execute(Tree, command);
        if (result is CommandRefused refused)
            return (null, refused.Message);
        var applied = (CommandApplied)result;
        return (new PreparedChange(Version, applied.Edits, applied.Tree, ChangeOrigin.Command, command.Op, null), null);
    }

    public (PreparedChange? Change, string? Refused) PrepareUndo() => PrepareReversal(_undo, ChangeOrigin.Undo, "undo");

    public (PreparedChange? Change, string? Refused) PrepareRedo() => PrepareReversal(_redo, ChangeOrigin.Redo, "redo");

    /// <summary>Makes a prepared change; it must have been prepared from this document at its current version.</summary>
    public DocumentChange Commit(PreparedChange change)
    {
        if (change.BaseVersion != Version)
            throw new InvalidOperationException($"The change was prepared at version {change.BaseVersion}, the document is at {Version}.");
        if (change.Edits.Count == 0)
            return new DocumentChange(Version, [], change.Origin, []);
        var reversal = HistoryEntry.Reversing(Text, change.Edits, change.Consumed?.Description ?? change.Description);
        switch (change.Origin)
        {
            case ChangeOrigin.Command:
                _undo.Add(reversal);
                _redo.Clear();
                break;
            case ChangeOrigin.Undo:
                _undo.Remove(change.Consumed!);
                _redo.Add(reversal);
                break;
            case ChangeOrigin.Redo:
                _redo.Remove(change.Consumed!);
                _undo.Add(reversal);
                break;
        }
        return Commit(change.Edits, change.Tree, change.Origin);
    }

    /// <summary>Text changes made elsewhere (typing, disk, a collaborator), each relative to the text the previous one left.</summary>
    public DocumentChange ApplyTextChanges(IReadOnlyList<TextChange> changes, ChangeOrigin origin)
    {
        var original = Text;
        var tree = Tree;
        List<TextEdit> composed = [];
        foreach (var change in changes)
        {
            var edit = new TextEdit(change.Span, change.NewText);
            foreach (var entry in _undo.Concat(_redo))
                entry.Transform([edit]);
            composed = TextEdits.Compose(original, composed, [edit]);
            tree = tree.WithChange(change);
        }
        return Commit(composed, tree, origin);
    }

    /// <summary>The whole text replaced (the file was rewritten on disk): the difference is found and applied as an ordinary change.</summary>
    public DocumentChange ReplaceText(string newText, ChangeOrigin origin)
    {
        var old = Text;
        var prefix = old.AsSpan().CommonPrefixLength(newText);
        var suffix = TextDifference.CommonSuffixLength(old.AsSpan(prefix), newText.AsSpan(prefix));
        if (prefix == old.Length && old.Length == newText.Length)
            return new DocumentChange(Version, [], origin, []);
        var change = new TextChange(TextSpan.FromBounds(prefix, old.Length - suffix), newText.Substring(prefix, newText.Length - suffix - prefix));
        return ApplyTextChanges([change], origin);
    }

    private (PreparedChange?, string?) PrepareReversal(List<HistoryEntry> stack, ChangeOrigin origin, string verb)
    {
        if (stack.Count == 0)
            return (null, $"There is nothing to {verb}.");
        var entry = stack[^1];
        var (edits, problem) = entry.Check(Text);
        if (edits is null)
        {
            // A step that can no longer be reversed is dropped, so the ones below it stay reachable.
            stack.RemoveAt(stack.Count - 1);
            return (null, $"Cannot {verb} {entry.Description}: {problem}.");
        }
        return (new PreparedChange(Version, edits, CommandEngine.Reparse(Tree, edits), origin, $"{verb} {entry.Description}", entry), null);
    }

    private DocumentResult CommitOrRefuse((PreparedChange? Change, string? Refused) prepared) =>
        prepared.Change is { } change ? new DocumentResult(Commit(change), null) : DocumentResult.Refused(prepared.Refused!);

    private DocumentChange Commit(IReadOnlyList<TextEdit> edits, SyntaxTree tree, ChangeOrigin origin)
    {
        var before = LastGoodModel;
        Model = DesignModelBuilder.Build(tree, Path, _resolver, (Tree, Model));
        Tree = tree;
        Version++;
        // A file that does not parse keeps its last good design; deltas are against that.
        if (tree.Diagnostics.Count > 0)
            return new DocumentChange(Version, edits, origin, []);
        var deltas = ModelDiff.Compute(before, Model);
        LastGoodModel = Model;
        return new DocumentChange(Version, edits, origin, deltas);
    }
}
