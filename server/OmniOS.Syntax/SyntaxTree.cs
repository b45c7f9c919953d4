using OmniOS.Syntax.InternalSyntax;
using OmniOS.Syntax.Parser;

namespace OmniOS.Syntax;

/// <summary>
/// A parsed file: its text, its lossless tree and the diagnostics found in it. Parsing never
/// throws: broken input gives a tree with error nodes and missing tokens plus diagnostics.
/// Immutable; an edit makes a new tree that shares the untouched parts of this one.
/// </summary>
public sealed class SyntaxTree
{
    private IReadOnlyList<Diagnostic>? _diagnostics;
    private LineMap? _lines;

    private SyntaxTree(string text, ParseOptions options, GreenNode root)
    {
        Text = text;
        Options = options;
        Root = new SyntaxNode(root, null, 0);
    }

    public string Text { get; }

    public ParseOptions Options { get; }

    public SyntaxNode Root { get; }

    public LineMap Lines => _lines ??= new LineMap(Text);

    /// <summary>The diagnostics in source order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics ??= CollectDiagnostics();

    public static SyntaxTree Parse(string text, ParseOptions options) =>
        new(text, options, new Parser.Parser(text, options).ParseSourceFile());

    /// <summary>Parses <paramref name="text"/> as the language its <paramref name="path"/> extension names.</summary>
    public static SyntaxTree Parse(string text, string path) => Parse(text, ParseOptions.ForPath(path));

    /// <summary>
    /// The tree for this text with <paramref name="change"/> applied. Subtrees the change cannot
    /// affect are reused as they are; the result is the same as parsing the new text afresh.
    /// </summary>
    public SyntaxTree WithChange(TextChange change)
    {
        var newText = change.ApplyTo(Text);
        var reuser = new NodeReuser(Root.Green, change);
        return new SyntaxTree(newText, Options, new Parser.Parser(newText, Options, reuser).ParseSourceFile());
    }

    /// <summary>Applies <paramref name="changes"/> one after another, each against the text the previous one left.</summary>
    public SyntaxTree WithChanges(IEnumerable<TextChange> changes)
    {
        var tree = this;
        foreach (var change in changes)
            tree = tree.WithChange(change);
        return tree;
    }

    private List<Diagnostic> CollectDiagnostics()
    {
        var result = new List<Diagnostic>();
        if (!Root.Green.ContainsDiagnostics)
            return result;
        var stack = new Stack<(GreenNode Node, int Position)>();
        stack.Push((Root.Green, 0));
        while (stack.Count > 0)
        {
            var (node, position) = stack.Pop();
            foreach (var d in GreenDiagnostics.Get(node))
                result.Add(MakeDiagnostic(d, position));
            if (node is GreenToken token)
            {
                var triviaPosition = position;
                foreach (var trivia in token.Leading)
                {
                    AddTriviaDiagnostics(trivia, triviaPosition, result);
                    triviaPosition += trivia.FullWidth;
                }
                triviaPosition += token.Text.Length;
                foreach (var trivia in token.Trailing)
                {
                    AddTriviaDiagnostics(trivia, triviaPosition, result);
                    triviaPosition += trivia.FullWidth;
                }
                continue;
            }
            var childPosition = position;
            var children = new List<(GreenNode, int)>();
            for (var i = 0; i < node.SlotCount; i++)
            {
                var child = node.GetSlot(i);
                if (child.ContainsDiagnostics)
                    children.Add((child, childPosition));
                childPosition += child.FullWidth;
            }
            for (var i = children.Count - 1; i >= 0; i--)
                stack.Push(children[i]);
        }
        result.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return result;
    }

    private void AddTriviaDiagnostics(GreenTrivia trivia, int position, List<Diagnostic> result)
    {
        if (!trivia.ContainsDiagnostics)
            return;
        foreach (var d in GreenDiagnostics.Get(trivia))
            result.Add(MakeDiagnostic(d, position));
    }

    private Diagnostic MakeDiagnostic(GreenDiagnostic d, int position)
    {
        var start = Math.Clamp(position + d.Offset, 0, Text.Length);
        var end = Math.Clamp(start + d.Length, start, Text.Length);
        var (line, column) = Lines.GetLineAndColumn(start);
        return new Diagnostic(d.Info.Code, d.Info.Message, TextSpan.FromBounds(start, end), line + 1, column);
    }
}
