namespace OmniOS.Styles.Theme;

/// <summary>
/// One step of a theme scale as an inspector control offers it: its name (<c>brand-500</c>, <c>6</c>, <c>lg</c>), its
/// value with the theme's variables resolved, the value in pixels when it is a length, and whether the project's own
/// CSS defines it (rather than Tailwind's default theme).
/// </summary>
public sealed record ScaleStep(string Name, string Value, double? Pixels, bool Project);
