using OmniOS.Syntax;

namespace OmniOS.Design.Model;

/// <summary>`{user.name}`: a value read from a variable or a member path.</summary>
public sealed record BindingNode(string Path, string Code, TextSpan Span) : DesignNode(Span)
{
    public override IReadOnlyList<DesignNode> ChildNodes => [];
}

/// <summary>`{children}` (or `{props.children}`): where the component's caller puts its content.</summary>
public sealed record SlotNode(string Name, string Code, TextSpan Span) : DesignNode(Span)
{
    public override IReadOnlyList<DesignNode> ChildNodes => [];
}

/// <summary>
/// `{items.map(item =&gt; &lt;X key={item.id}/&gt;)}`: a template rendered once per item of
/// <see cref="Source"/>. <see cref="Item"/> and <see cref="Index"/> are the callback's parameters as
/// written; <see cref="Key"/> is the code of the template's key prop. <see cref="Items"/> are the
/// source's items when the file writes them literally (`const features = [...]`), else null.
/// </summary>
public sealed record RepeaterNode(string Source, string Item, string? Index, string? Key, string Code, TextSpan Span, IReadOnlyList<DesignNode> Template, IReadOnlyList<LiteralValue>? Items = null) : DesignNode(Span)
{
    public override IReadOnlyList<DesignNode> ChildNodes => Template;
}

/// <summary>`{a &amp;&amp; &lt;X/&gt;}`, `{a ? &lt;X/&gt; : &lt;Y/&gt;}`, `{a || &lt;X/&gt;}`: content shown depending on a condition.</summary>
public sealed record ConditionalNode(string Operator, string Condition, string Code, TextSpan Span, IReadOnlyList<DesignNode> Then, IReadOnlyList<DesignNode> Else) : DesignNode(Span)
{
    public override IReadOnlyList<DesignNode> ChildNodes => [.. Then, .. Else];
}

/// <summary>Any other expression, kept as code; JSX found inside it is still part of the tree.</summary>
public sealed record CodeNode(string Code, TextSpan Span, IReadOnlyList<DesignNode> Children) : DesignNode(Span)
{
    public override IReadOnlyList<DesignNode> ChildNodes => Children;
}
