using OmniOS.Design.Commands;
using OmniOS.Design.Model;
using OmniOS.Syntax;

namespace OmniOS.Design.Tests;

/// <summary>A command's result, re-read from scratch: a full parse of the new text (not the engine's incremental tree) and its model.</summary>
public sealed class CorpusOutcome(string path, string text, IReadOnlyList<TextEdit> edits)
{
    private DesignModel? _model;

    public string Text { get; } = text;

    public IReadOnlyList<TextEdit> Edits { get; } = edits;

    public SyntaxTree Tree { get; } = SyntaxTree.Parse(text, path);

    public DesignModel Model => _model ??= DesignModelBuilder.Build(Tree, path);

    public SyntaxNode? ElementAt(int position)
    {
        for (var node = Tree.Root.FindNode(position); node is not null; node = node.Parent)
        {
            if (JsxSyntax.IsElement(node) && node.Span.Start == position)
                return node;
        }
        return null;
    }

    /// <summary>Where a position before the edits is after them (it must not be inside an edit).</summary>
    public int? Map(int position)
    {
        var shift = 0;
        foreach (var edit in TextEdits.Normalize(Edits))
        {
            if (edit.Span.End <= position)
                shift += edit.Delta;
            else if (edit.Span.Start < position)
                return null;
        }
        return position + shift;
    }
}
