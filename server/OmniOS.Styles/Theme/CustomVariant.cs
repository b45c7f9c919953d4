namespace OmniOS.Styles.Theme;

/// <summary>A project's <c>@custom-variant NAME (TEMPLATE);</c>: a selector with <c>&amp;</c> or an at-rule.</summary>
public sealed record CustomVariant(string Name, string Template);
