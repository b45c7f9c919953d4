using OmniOS.Styles.Css;
using OmniOS.Styles.Tailwind.Utilities;

namespace OmniOS.Styles.Theme;

/// <summary>
/// The palette and scales of a theme, for the inspector's controls: colours (swatches), spacing steps, font sizes,
/// weights, line heights and letter spacings, radii, shadows and breakpoints (smallest first), each step with its value.
/// </summary>
public sealed record ThemeScales(
    IReadOnlyList<ScaleStep> Colors,
    IReadOnlyList<ScaleStep> Spacing,
    IReadOnlyList<ScaleStep> FontSizes,
    IReadOnlyList<ScaleStep> FontWeights,
    IReadOnlyList<ScaleStep> LineHeights,
    IReadOnlyList<ScaleStep> LetterSpacings,
    IReadOnlyList<ScaleStep> Radii,
    IReadOnlyList<ScaleStep> Shadows,
    IReadOnlyList<ScaleStep> Breakpoints)
{
    internal static ThemeScales Of(TailwindStyles styles)
    {
        var theme = styles.Theme;
        ScaleStep Step(string ns, string key, string value) =>
            new(key, value, CssLength.TryToPixels(value, out var px) ? px : null, TailwindTheme.Default.Resolve($"{ns}-{key}") != value);
        List<ScaleStep> Namespace(string ns) =>
            theme.Keys(ns).Select(key => theme.Resolve($"{ns}-{key}") is { } value ? Step(ns, key, value) : null).OfType<ScaleStep>().ToList();

        // Spacing: the multiples of --spacing Tailwind documents (their values as the classes resolve them), then the project's named steps.
        var spacing = new List<ScaleStep>();
        IEnumerable<string> multiples = theme.Spacing is null ? [] : UtilityTable.SpacingScale.Prepend("px");
        foreach (var step in multiples)
        {
            if (styles.Resolve("p-" + step)?.Declarations.FirstOrDefault(d => d.Property == "padding")?.Value is { } value)
                spacing.Add(new ScaleStep(step, value, CssLength.TryToPixels(value, out var px) ? px : null, false));
        }
        spacing.AddRange(Namespace("--spacing").Where(s => spacing.All(known => known.Name != s.Name)));

        return new ThemeScales(
            Namespace("--color"),
            spacing,
            Namespace("--text"),
            Namespace("--font-weight"),
            Namespace("--leading"),
            Namespace("--tracking"),
            Namespace("--radius"),
            Namespace("--shadow"),
            theme.Breakpoints.Select(b => Step("--breakpoint", b.Name, theme.Resolve("--breakpoint-" + b.Name)!)).ToList());
    }
}
