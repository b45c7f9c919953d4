namespace OmniOS.Styles.Theme;

/// <summary>An animation's <c>@keyframes NAME { … }</c>, defined in a theme next to the <c>--animate-*</c> variable that uses it.</summary>
/// <param name="Body">The text between the braces.</param>
public sealed record Keyframes(string Name, string Body);
