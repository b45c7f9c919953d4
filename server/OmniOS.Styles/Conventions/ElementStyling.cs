namespace OmniOS.Styles.Conventions;

/// <summary>
/// How an element is styled in the source, as the design model reads it (<c>ElementNode.ClassName</c> and
/// <c>ElementNode.Style</c>): its static classes and whether its className can be edited (a string, a template,
/// a <c>cn()</c> call; not a variable), and the properties of its inline style object and whether that is a literal.
/// </summary>
public sealed record ElementStyling(IReadOnlyList<string> StaticClasses, bool ClassNameEditable, IReadOnlyList<string> InlineProperties, bool InlineStyleEditable)
{
    /// <summary>An element with neither a className nor a style.</summary>
    public static readonly ElementStyling Unstyled = new([], true, [], true);

    /// <summary>Whether it has a <c>style</c> object at all.</summary>
    public bool HasInlineStyle => InlineProperties.Count > 0 || !InlineStyleEditable;
}
