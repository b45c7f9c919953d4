namespace OmniOS.Styles.Conventions;

/// <summary>
/// The value an inline style object gives a property: the key it is written under (<c>padding</c> for
/// <c>padding-top</c> when the shorthand sets it) and the value for the property, null when the source computes it.
/// </summary>
public sealed record InlineValue(string Key, string? Value);
