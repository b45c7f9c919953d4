namespace OmniOS.Styles.Theme;

/// <summary>One theme variable: <c>--color-brand-500: #4f6bf5</c>. A value of <c>initial</c> clears it
/// (and <c>--color-*: initial</c> clears the whole namespace).</summary>
public sealed record ThemeVariable(string Name, string Value);
