namespace OmniOS.Design.Commands;

/// <summary>
/// A change to the design, as a serialisable record. Elements are addressed by <c>At</c>: the UTF-16
/// offset of the element's '&lt;' in the text as it stands before the command.
/// </summary>
public abstract record DesignCommand
{
    /// <summary>The command's name on the wire and in messages ("setText", "move" …).</summary>
    public abstract string Op { get; }
}

/// <summary>Replace the element's text content with <paramref name="Text"/> (escaped as JSX requires).</summary>
public sealed record SetTextCommand(int At, string Text) : DesignCommand
{
    public override string Op => "setText";
}

/// <summary>Set (or add) an attribute. A string value is written as a string; <see cref="AttributeValue.IsCode"/> writes `{code}`.</summary>
public sealed record SetAttributeCommand(int At, string Name, AttributeValue Value) : DesignCommand
{
    public override string Op => "setAttribute";
}

public sealed record RemoveAttributeCommand(int At, string Name) : DesignCommand
{
    public override string Op => "removeAttribute";
}

public sealed record AddClassCommand(int At, string ClassName) : DesignCommand
{
    public override string Op => "addClass";
}

public sealed record RemoveClassCommand(int At, string ClassName) : DesignCommand
{
    public override string Op => "removeClass";
}

/// <summary>
/// Remove the static classes in <paramref name="Remove"/> and add those in <paramref name="Add"/>, as one edit: the added
/// classes take the place of the first removed one (<c>p-4</c> → <c>p-6</c> where it stood). What a styles-aware editor
/// sends for an inspector change (OmniOS.Styles' <c>ClassEdit</c>).
/// </summary>
public sealed record ReplaceClassesCommand(int At, IReadOnlyList<string> Remove, IReadOnlyList<string> Add) : DesignCommand
{
    public override string Op => "replaceClasses";
}

/// <summary>Set an inline style property (camelCase or kebab-case); a null or empty value removes it.</summary>
public sealed record SetStyleCommand(int At, string Property, string? Value) : DesignCommand
{
    public override string Op => "setStyle";
}

public sealed record DeleteCommand(int At) : DesignCommand
{
    public override string Op => "delete";
}

/// <summary>
/// Insert a JSX snippet as the <paramref name="Index"/>-th element child of the element at <paramref name="Parent"/>;
/// with <paramref name="Import"/>, the component it uses is imported too when the file does not have it yet.
/// </summary>
public sealed record InsertCommand(int Parent, int Index, string Jsx, ComponentImport? Import = null) : DesignCommand
{
    public override string Op => "insert";
}

/// <summary>A component to import: its local name, the module (`./Hero`, `@/components/Hero`), and whether it is the default export.</summary>
public sealed record ComponentImport(string Name, string Module, bool IsDefault);

/// <summary>Move the element to be the <paramref name="Index"/>-th element child of <paramref name="Parent"/> (the index after it has been taken out).</summary>
public sealed record MoveCommand(int At, int Parent, int Index) : DesignCommand
{
    public override string Op => "move";
}

/// <summary>Wrap the element in a new <paramref name="Tag"/> element.</summary>
public sealed record WrapCommand(int At, string Tag) : DesignCommand
{
    public override string Op => "wrap";
}

public sealed record DuplicateCommand(int At) : DesignCommand
{
    public override string Op => "duplicate";
}

/// <summary>Turn the element into a new component named <paramref name="Name"/> in the same file, with props for the values that vary.</summary>
public sealed record ExtractComponentCommand(int At, string Name) : DesignCommand
{
    public override string Op => "extractComponent";
}

/// <summary>An attribute value: a plain string, or code written in braces (numbers, booleans, expressions).</summary>
public sealed record AttributeValue(string Text, bool IsCode)
{
    public static AttributeValue String(string text) => new(text, false);

    public static AttributeValue Code(string code) => new(code, true);
}
