namespace OmniOS.Styles.Theme;

/// <summary>What a project's CSS adds to the theme.</summary>
public sealed record ThemeSheet(IReadOnlyList<ThemeVariable> Variables, IReadOnlyList<CustomVariant> CustomVariants, IReadOnlyList<Keyframes> Keyframes);
