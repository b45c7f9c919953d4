using OmniOS.Syntax;

namespace OmniOS.Design.Model;

/// <summary>A child in the design tree: an element, text, or an expression of one of a few recognised kinds.</summary>
public abstract record DesignNode(TextSpan Span)
{
    /// <summary>The nodes directly below this one in the design tree.</summary>
    public abstract IReadOnlyList<DesignNode> ChildNodes { get; }

    /// <summary>Every element at or below <paramref name="node"/> (those in attribute values included), depth first in source order.</summary>
    public static IEnumerable<ElementNode> ElementsIn(DesignNode node)
    {
        var stack = new Stack<DesignNode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            for (var i = current.ChildNodes.Count - 1; i >= 0; i--)
                stack.Push(current.ChildNodes[i]);
            if (current is ElementNode element)
            {
                for (var i = element.Attributes.Count - 1; i >= 0; i--)
                {
                    for (var j = element.Attributes[i].Elements.Count - 1; j >= 0; j--)
                        stack.Push(element.Attributes[i].Elements[j]);
                }
                yield return element;
            }
        }
    }
}

/// <summary>What an element is: an HTML or SVG tag, an instance of a component, or a fragment.</summary>
public enum ElementKind
{
    Html,
    Svg,
    Component,
    Fragment,
}

/// <summary>
/// A JSX element. <see cref="Id"/> is derived from the parse alone (file, owner, position among
/// the parent's element children), so every peer computes the same id from the same text and no
/// id is ever written into the source.
/// </summary>
public sealed record ElementNode(
    string Id,
    ElementKind Kind,
    string Name,
    TextSpan Span,
    bool SelfClosing,
    ComponentReference? Component,
    IReadOnlyList<AttributeModel> Attributes,
    ClassNameModel? ClassName,
    StyleModel? Style,
    IReadOnlyList<DesignNode> Children) : DesignNode(Span)
{
    public override IReadOnlyList<DesignNode> ChildNodes => Children;

    /// <summary>The event handler props (`onClick`, `onSubmit` …), by name.</summary>
    public IEnumerable<string> Events => Attributes.Where(a => a.IsEvent).Select(a => a.Name);

    public AttributeModel? Attribute(string name) => Attributes.FirstOrDefault(a => a.Name == name);

    /// <summary>The element's text when its content is text only (no elements or expressions), else null.</summary>
    public string? Text => !SelfClosing && Children.All(c => c is TextNode) ? string.Concat(Children.Cast<TextNode>().Select(t => t.Text)) : null;
}

/// <summary>Text content, decoded as React renders it (JSX whitespace rules applied, entities resolved).</summary>
public sealed record TextNode(string Text, TextSpan Span) : DesignNode(Span)
{
    public override IReadOnlyList<DesignNode> ChildNodes => [];
}
