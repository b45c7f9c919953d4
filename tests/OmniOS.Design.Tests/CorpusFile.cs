using OmniOS.Design.Model;
using OmniOS.Syntax;

namespace OmniOS.Design.Tests;

/// <summary>A corpus file read for the command test: its text, tree, design model and JSX elements in source order.</summary>
public sealed class CorpusFile
{
    private readonly Dictionary<int, ElementNode> _modelByStart;

    public CorpusFile(string path, string text)
    {
        Path = path;
        Text = text;
        Tree = SyntaxTree.Parse(text, path);
        Model = DesignModelBuilder.Build(Tree, path);
        Elements = Tree.Root.DescendantNodesAndSelf().Where(JsxSyntax.IsElement).ToList();
        _modelByStart = Model.Elements().ToDictionary(e => e.Span.Start);
    }

    public string Path { get; }

    public string Text { get; }

    public SyntaxTree Tree { get; }

    public DesignModel Model { get; }

    /// <summary>Every JSX element and fragment of the file, in source order.</summary>
    public IReadOnlyList<SyntaxNode> Elements { get; }

    public bool IsTsx => Path.EndsWith(".tsx", StringComparison.OrdinalIgnoreCase);

    public ElementNode? ModelAt(int position) => _modelByStart.GetValueOrDefault(position);

    public static int CountElements(SyntaxTree tree) => tree.Root.DescendantNodesAndSelf().Count(JsxSyntax.IsElement);
}
