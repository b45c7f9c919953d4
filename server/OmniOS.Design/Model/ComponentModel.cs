using OmniOS.Syntax;

namespace OmniOS.Design.Model;

/// <summary>How a component (or other top-level JSX owner) is declared.</summary>
public enum ComponentKind
{
    Function,
    Arrow,
    Class,
    ForwardRef,
    Memo,

    /// <summary>A top-level value that holds JSX but is not a component (`const icon = &lt;svg/&gt;`, a render helper).</summary>
    Value,
}

public enum ExportKind
{
    None,
    Named,
    Default,
}

/// <summary>
/// A top-level declaration that renders JSX: its name, how it is declared and exported, its props
/// and the JSX it returns (<see cref="Roots"/>, in source order).
/// </summary>
public sealed record ComponentModel(
    string Name,
    ComponentKind Kind,
    ExportKind Export,
    TextSpan Span,
    string? PropsType,
    IReadOnlyList<PropModel> Props,
    IReadOnlyList<DesignNode> Roots)
{
    /// <summary>
    /// Shared by the models whose <see cref="Roots"/> come from one reading of the same text, carried
    /// over (and moved) by later rebuilds that left it alone: their element trees differ only in positions.
    /// </summary>
    internal object Reading { get; init; } = new();

    /// <summary>A component proper: React only treats capitalised names as components.</summary>
    public bool IsComponent => Kind != ComponentKind.Value && Name.Length > 0 && (char.IsUpper(Name[0]) || Name == "default");
}

/// <summary>A prop a component takes: its name, declared type (as written), whether optional, and its default (as written).</summary>
public sealed record PropModel(string Name, string? Type, bool Optional, string? Default);
