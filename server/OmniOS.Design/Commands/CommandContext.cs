using OmniOS.Syntax;

namespace OmniOS.Design.Commands;

/// <summary>The text a command works on, its tree and layout, and how to find the element it names.</summary>
public sealed class CommandContext(SyntaxTree tree)
{
    private SourceLayout? _layout;
    private int? _focus;

    public SyntaxTree Tree { get; } = tree;

    public string Text => Tree.Text;

    /// <summary>How the file is written, judged first around the first element the command named.</summary>
    public SourceLayout Layout => _layout ??= new SourceLayout(Tree, _focus ?? 0);

    /// <summary>
    /// The element whose '&lt;' is at <paramref name="at"/>. An offset anywhere else is refused, never
    /// snapped to a nearby element: the caller's picture of the text may be stale.
    /// </summary>
    public SyntaxNode Element(int at, string role = "element")
    {
        if (at < 0 || at >= Text.Length)
            throw new CommandRefusedException($"Offset {at} is outside the file ({Text.Length} characters).");
        for (var node = Tree.Root.FindNode(at); node is not null; node = node.Parent)
        {
            if (JsxSyntax.IsElement(node) && node.Span.Start == at)
            {
                _focus ??= at;
                return node;
            }
        }
        throw new CommandRefusedException($"No JSX {role} starts at offset {at} (the offset of an element's '<' is needed); the text may have changed.");
    }

    public string TextOf(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>The text of a node without its leading and trailing trivia.</summary>
    public string TextOf(SyntaxNode node) => TextOf(node.Span);

    /// <summary>The syntax parent of an element that is a child of another element (directly), else null.</summary>
    public static SyntaxNode? ParentElement(SyntaxNode element) =>
        element.Parent is { } parent && parent.Kind is SyntaxKind.JsxElement or SyntaxKind.JsxFragment ? parent : null;

    /// <summary>HTML elements that can have no children.</summary>
    public static bool IsVoidElement(string name) => name is "area" or "base" or "br" or "col" or "embed" or "hr" or "img" or "input" or "link" or "meta" or "source" or "track" or "wbr";
}
