using OmniOS.Design.Model;

namespace OmniOS.Design.Deltas;

/// <summary>An element-level change between two models of a file, keyed by element id, so a view patches only what changed.</summary>
public abstract record ElementDelta;

/// <summary>A new element (with its subtree) at <paramref name="Index"/> among the element children of <paramref name="ParentId"/> (null: a component root).</summary>
public sealed record ElementAdded(ElementNode Element, string? ParentId, int Index, string Component) : ElementDelta;

public sealed record ElementRemoved(string Id) : ElementDelta;

/// <summary>The same element under a new id: moved to another parent or position, or shifted by a sibling's insertion or removal.</summary>
public sealed record ElementMoved(string FromId, string Id, string? ParentId, int Index) : ElementDelta;

/// <summary>An element whose own content changed; <paramref name="Changes"/> names what: "name", "attributes", "className", "style", "content".</summary>
public sealed record ElementUpdated(string Id, IReadOnlyList<string> Changes, ElementNode Before, ElementNode After) : ElementDelta;
