namespace OmniOS.Styles.Css;

/// <summary>One CSS declaration. <see cref="Important"/> is kept apart from the value.</summary>
public sealed record CssDeclaration(string Property, string Value, bool Important = false)
{
    /// <summary>The value as written in CSS: with <c> !important</c> when important.</summary>
    public string Text => Important ? Value + " !important" : Value;

    public bool IsCustomProperty => Property.StartsWith("--", StringComparison.Ordinal);

    public override string ToString() => $"{Property}: {Text}";
}
