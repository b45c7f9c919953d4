namespace OmniOS.Design.Model;

/// <summary>
/// The design of one source file: its components, each with the element tree it renders, read
/// from the parse. Immutable; rebuilt from the syntax tree after every change.
/// </summary>
public sealed record DesignModel(string Path, IReadOnlyList<ComponentModel> Components, IReadOnlyList<ImportModel> Imports)
{
    /// <summary>Every element of every component, depth first in source order.</summary>
    public IEnumerable<ElementNode> Elements() => Components.SelectMany(c => c.Roots).SelectMany(DesignNode.ElementsIn);

    /// <summary>The element whose '&lt;' is at <paramref name="position"/>, if any.</summary>
    public ElementNode? ElementAt(int position) => Elements().FirstOrDefault(e => e.Span.Start == position);

    public ElementNode? ElementById(string id) => Elements().FirstOrDefault(e => e.Id == id);
}
