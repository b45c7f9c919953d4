namespace OmniOS.Syntax;

/// <summary>A JSX element or fragment and the JSX nested in it, with exact spans (the shape `omnios parse` prints).</summary>
public sealed record JsxOutlineElement(string Name, int Start, int End, IReadOnlyList<JsxOutlineAttribute> Attributes, IReadOnlyList<JsxOutlineElement> Children);

/// <summary>An attribute of a JSX element: its name ("..." for a spread) and span.</summary>
public sealed record JsxOutlineAttribute(string Name, int Start, int End);

/// <summary>
/// The JSX skeleton of a file: the elements that are not inside another element, each with the
/// elements nested anywhere inside it (children, expression containers, attribute values) that
/// are not inside a deeper element.
/// </summary>
public static class JsxOutline
{
    public static IReadOnlyList<JsxOutlineElement> Build(SyntaxTree tree)
    {
        var roots = new List<JsxOutlineElement>();
        var stack = new Stack<(SyntaxNode Node, List<JsxOutlineElement> Siblings)>();
        stack.Push((tree.Root, roots));
        while (stack.Count > 0)
        {
            var (node, siblings) = stack.Pop();
            var childList = siblings;
            if (IsElement(node.Kind))
            {
                var children = new List<JsxOutlineElement>();
                var span = node.Span;
                siblings.Add(new JsxOutlineElement(ElementName(node), span.Start, span.End, Attributes(node), children));
                childList = children;
            }
            var childNodes = node.ChildNodes().ToList();
            for (var i = childNodes.Count - 1; i >= 0; i--)
                stack.Push((childNodes[i], childList));
        }
        return roots;
    }

    public static bool IsElement(SyntaxKind kind) => kind is SyntaxKind.JsxElement or SyntaxKind.JsxSelfClosingElement or SyntaxKind.JsxFragment;

    /// <summary>The tag of an element as written, without trivia: "div", "Foo.Bar", "svg:path"; "" for a fragment.</summary>
    public static string ElementName(SyntaxNode element)
    {
        var tag = element.Kind == SyntaxKind.JsxElement ? element.ChildNode(SyntaxKind.JsxOpeningElement) : element;
        var name = tag?.ChildNodes().FirstOrDefault(n => n.Kind is SyntaxKind.IdentifierName or SyntaxKind.JsxMemberName or SyntaxKind.JsxNamespacedName);
        return name is null || element.Kind == SyntaxKind.JsxFragment ? string.Empty : TokenText(name);
    }

    private static List<JsxOutlineAttribute> Attributes(SyntaxNode element)
    {
        var tag = element.Kind == SyntaxKind.JsxElement ? element.ChildNode(SyntaxKind.JsxOpeningElement) : element;
        var result = new List<JsxOutlineAttribute>();
        if (tag is null)
            return result;
        foreach (var child in tag.ChildNodes())
        {
            if (child.Kind == SyntaxKind.JsxAttribute)
            {
                var span = child.Span;
                result.Add(new JsxOutlineAttribute(TokenText(child.ChildNodes().First()), span.Start, span.End));
            }
            else if (child.Kind == SyntaxKind.JsxSpreadAttribute)
            {
                var span = child.Span;
                result.Add(new JsxOutlineAttribute("...", span.Start, span.End));
            }
        }
        return result;
    }

    private static string TokenText(SyntaxNode node) => string.Concat(node.DescendantTokens().Select(t => t.Text));
}
