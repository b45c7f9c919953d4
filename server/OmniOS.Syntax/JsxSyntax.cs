using OmniOS.Syntax.InternalSyntax;

namespace OmniOS.Syntax;

/// <summary>Typed access to the parts of JSX nodes: tags, names, attributes and children.</summary>
public static class JsxSyntax
{
    public static bool IsElement(SyntaxNode node) => node.Kind is SyntaxKind.JsxElement or SyntaxKind.JsxSelfClosingElement or SyntaxKind.JsxFragment;

    /// <summary>The tag that holds the name and attributes: the opening element, the self-closing element itself, or the opening fragment.</summary>
    public static SyntaxNode OpeningTag(SyntaxNode element) => element.Kind switch
    {
        SyntaxKind.JsxElement => element.ChildNode(SyntaxKind.JsxOpeningElement)!,
        SyntaxKind.JsxFragment => element.ChildNode(SyntaxKind.JsxOpeningFragment)!,
        _ => element,
    };

    /// <summary>The closing tag, or null for a self-closing element.</summary>
    public static SyntaxNode? ClosingTag(SyntaxNode element) => element.Kind switch
    {
        SyntaxKind.JsxElement => element.ChildNode(SyntaxKind.JsxClosingElement),
        SyntaxKind.JsxFragment => element.ChildNode(SyntaxKind.JsxClosingFragment),
        _ => null,
    };

    /// <summary>The name node of a tag (IdentifierName, JsxMemberName or JsxNamespacedName); null for fragments.</summary>
    public static SyntaxNode? NameNode(SyntaxNode tag) =>
        tag.ChildNodes().FirstOrDefault(n => n.Kind is SyntaxKind.IdentifierName or SyntaxKind.JsxMemberName or SyntaxKind.JsxNamespacedName);

    /// <summary>The tag name as written, without trivia ("div", "Foo.Bar", "svg:path"); "" for a fragment.</summary>
    public static string Name(SyntaxNode element) =>
        element.Kind == SyntaxKind.JsxFragment || NameNode(OpeningTag(element)) is not { } name ? string.Empty : TokenText(name);

    /// <summary>The attributes and spread attributes of an element, in order.</summary>
    public static IEnumerable<SyntaxNode> Attributes(SyntaxNode element) =>
        OpeningTag(element).ChildNodes().Where(n => n.Kind is SyntaxKind.JsxAttribute or SyntaxKind.JsxSpreadAttribute);

    /// <summary>The name of an attribute as written ("className", "xlink:href").</summary>
    public static string AttributeName(SyntaxNode attribute) => TokenText(attribute.ChildNodes().First());

    /// <summary>The value node of an attribute (a string literal, an expression container or an element), or null when it has none.</summary>
    public static SyntaxNode? AttributeValue(SyntaxNode attribute) => attribute.ChildNodes().Skip(1).FirstOrDefault();

    /// <summary>The children between the opening and the closing tag (text, expression containers, elements).</summary>
    public static IEnumerable<SyntaxNode> Children(SyntaxNode element) =>
        element.Kind == SyntaxKind.JsxSelfClosingElement
            ? []
            : element.ChildNodes().Where(n => n.Kind is not (SyntaxKind.JsxOpeningElement or SyntaxKind.JsxClosingElement or SyntaxKind.JsxOpeningFragment or SyntaxKind.JsxClosingFragment));

    /// <summary>The expression inside an expression container or spread (null for an empty container).</summary>
    public static SyntaxNode? ContainedExpression(SyntaxNode container) => container.ChildNodes().FirstOrDefault();

    /// <summary>
    /// The JSX elements nested anywhere inside <paramref name="node"/> (in children, expressions and
    /// attribute values) that are not inside a deeper element, in source order.
    /// </summary>
    public static List<SyntaxNode> NestedElements(SyntaxNode node)
    {
        var result = new List<SyntaxNode>();
        var stack = new List<SyntaxNode>();
        SyntaxNode.PushChildNodesReversed(stack, node);
        while (stack.Count > 0)
        {
            var current = stack[^1];
            stack.RemoveAt(stack.Count - 1);
            if (IsElement(current))
            {
                result.Add(current);
                continue;
            }
            SyntaxNode.PushChildNodesReversed(stack, current);
        }
        return result;
    }

    /// <summary>The text of the tokens of <paramref name="node"/>, without any trivia.</summary>
    public static string TokenText(SyntaxNode node)
    {
        // Most names are one token under one node: its own text, with nothing joined.
        var green = node.Green;
        while (green.SlotCount == 1)
            green = green.GetSlot(0);
        return green is GreenToken token ? token.Text : string.Concat(node.DescendantTokens().Select(t => t.Text));
    }
}
