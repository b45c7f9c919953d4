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
            if (JsxSyntax.IsElement(node))
            {
                var children = new List<JsxOutlineElement>();
                var span = node.Span;
                siblings.Add(new JsxOutlineElement(JsxSyntax.Name(node), span.Start, span.End, Attributes(node), children));
                childList = children;
            }
            var childNodes = node.ChildNodes().ToList();
            for (var i = childNodes.Count - 1; i >= 0; i--)
                stack.Push((childNodes[i], childList));
        }
        return roots;
    }

    private static List<JsxOutlineAttribute> Attributes(SyntaxNode element)
    {
        var result = new List<JsxOutlineAttribute>();
        foreach (var attribute in JsxSyntax.Attributes(element))
        {
            var span = attribute.Span;
            var name = attribute.Kind == SyntaxKind.JsxSpreadAttribute ? "..." : JsxSyntax.AttributeName(attribute);
            result.Add(new JsxOutlineAttribute(name, span.Start, span.End));
        }
        return result;
    }
}
