using OmniOS.Syntax;

namespace OmniOS.Design.Model;

/// <summary>How an attribute's value is written.</summary>
public enum AttributeValueKind
{
    /// <summary>No value: `&lt;input disabled /&gt;` (true).</summary>
    Implicit,
    String,
    Number,
    Boolean,

    /// <summary>Any other expression in braces, kept as code.</summary>
    Expression,

    /// <summary>A JSX element as the value.</summary>
    Element,

    /// <summary>`{...props}`.</summary>
    Spread,
}

/// <summary>
/// An attribute (prop) of an element. Literal values (<see cref="Value"/>, decoded) are editable;
/// anything else is kept as <see cref="Code"/> and shown as such. <see cref="Elements"/> are the JSX
/// elements written inside the value (`icon={&lt;Star /&gt;}`).
/// </summary>
public sealed record AttributeModel(string Name, AttributeValueKind Kind, string? Value, string? Code, TextSpan Span, IReadOnlyList<ElementNode> Elements)
{
    public bool IsEditable => Kind is AttributeValueKind.Implicit or AttributeValueKind.String or AttributeValueKind.Number or AttributeValueKind.Boolean;

    /// <summary>An event handler prop: `on` followed by a capital letter.</summary>
    public bool IsEvent => Name.Length > 2 && Name.StartsWith("on", StringComparison.Ordinal) && char.IsUpper(Name[2]);
}

/// <summary>How a className is written.</summary>
public enum ClassNameForm
{
    /// <summary>`className="a b"` or `className={"a b"}`.</summary>
    String,

    /// <summary>A template literal: static text with `${…}` parts.</summary>
    Template,

    /// <summary>`cn(…)`, `clsx(…)`, `classNames(…)`, `twMerge(…)`: string arguments are static classes.</summary>
    Call,

    /// <summary>Anything else (a variable, a conditional): not editable as classes.</summary>
    Expression,
}

/// <summary>The classes of an element: the static ones (editable) and the dynamic parts (kept as code and marked).</summary>
public sealed record ClassNameModel(ClassNameForm Form, IReadOnlyList<string> Static, IReadOnlyList<string> Dynamic)
{
    public bool IsEditable => Form != ClassNameForm.Expression;
}

/// <summary>An inline `style={{…}}`: its properties, literal ones editable.</summary>
public sealed record StyleModel(IReadOnlyList<StyleProperty> Properties, bool IsObjectLiteral);

/// <summary>One style property: camelCase name, literal value (numbers as written), or code.</summary>
public sealed record StyleProperty(string Name, string? Value, string Code)
{
    public bool IsEditable => Value is not null;
}

/// <summary>
/// What a component instance refers to: a component in a project file (<see cref="Path"/>, the
/// export it comes from), or an external module's export (<see cref="Module"/>).
/// </summary>
public sealed record ComponentReference(string? Path, string? Module, string Export)
{
    public bool IsResolved => Path is not null;
}
