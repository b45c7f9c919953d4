using OmniOS.Styles.Css;

namespace OmniOS.Styles.Tailwind.Utilities;

/// <summary>Filters and backdrop filters: blur, brightness, contrast, drop shadow, grayscale, hue rotation, inversion, saturation, sepia.</summary>
internal static class FilterUtilities
{
    private const string Filter =
        "filter: var(--tw-blur,) var(--tw-brightness,) var(--tw-contrast,) var(--tw-grayscale,) var(--tw-hue-rotate,) var(--tw-invert,) var(--tw-saturate,) var(--tw-sepia,) var(--tw-drop-shadow,)";

    private const string BackdropFunctions =
        "var(--tw-backdrop-blur,) var(--tw-backdrop-brightness,) var(--tw-backdrop-contrast,) var(--tw-backdrop-grayscale,) var(--tw-backdrop-hue-rotate,) var(--tw-backdrop-invert,) var(--tw-backdrop-opacity,) var(--tw-backdrop-saturate,) var(--tw-backdrop-sepia,)";

    /// <summary>Each percentage filter: its name, the value of the bare utility (null: none), and the values completion offers.</summary>
    private static readonly (string Name, string? Bare, string[] Suggestions)[] Percentages =
    [
        ("brightness", null, ["0", "50", "75", "90", "95", "100", "105", "110", "125", "150", "200"]),
        ("contrast", null, ["0", "50", "75", "100", "125", "150", "200"]),
        ("grayscale", "100%", ["0"]),
        ("invert", "100%", ["0"]),
        ("saturate", null, ["0", "50", "100", "150", "200"]),
        ("sepia", "100%", ["0"]),
    ];

    public static void Register(UtilityTable table)
    {
        foreach (var backdrop in new[] { false, true })
        {
            var prefix = backdrop ? "backdrop-" : "";
            var variable = backdrop ? "--tw-backdrop-" : "--tw-";
            var apply = backdrop ? $"-webkit-backdrop-filter: {BackdropFunctions}; backdrop-filter: {BackdropFunctions}" : Filter;
            table.Static($"{prefix}filter-none", backdrop ? "-webkit-backdrop-filter: none; backdrop-filter: none" : "filter: none");

            table.Functional($"{prefix}blur", candidate =>
            {
                if (candidate.Negative || candidate.Modifier is not null)
                    return null;
                if (candidate.Named == "none")
                    return [UtilityBlock.Parse($"{variable}blur: ; {apply}")];
                var radius = candidate.IsBare ? table.Theme.Resolve("--blur") : table.Values.FromTheme(candidate, "--blur") ?? UtilityValues.Arbitrary(candidate, "length", "any");
                return radius is null ? null : [UtilityBlock.Parse($"{variable}blur: blur({radius}); {apply}")];
            }, () => ["none", .. table.Theme.Keys("--blur")]);

            foreach (var (name, bare, suggestions) in backdrop ? [.. Percentages, ("opacity", null, ["0", "50", "100"])] : Percentages)
            {
                table.Functional($"{prefix}{name}", candidate =>
                {
                    if (candidate.Negative || candidate.Modifier is not null)
                        return null;
                    var amount = candidate.IsBare ? bare
                        : candidate.Named is { } named ? (UtilityValues.Integer(named) is { } n ? n + "%" : null)
                        : UtilityValues.Arbitrary(candidate, "any");
                    return amount is null ? null : [UtilityBlock.Parse($"{variable}{name}: {name}({amount}); {apply}")];
                }, () => suggestions);
            }

            table.Functional($"{prefix}hue-rotate", candidate =>
            {
                if (candidate.IsBare || candidate.Modifier is not null)
                    return null;
                var angle = candidate.Named is { } named ? (UtilityValues.Integer(named) is { } n ? n + "deg" : null) : UtilityValues.Arbitrary(candidate, "angle", "any");
                if (angle is null)
                    return null;
                return [UtilityBlock.Parse($"{variable}hue-rotate: hue-rotate({(candidate.Negative ? UtilityValues.Negate(angle) : angle)}); {apply}")];
            }, () => ["0", "15", "30", "60", "90", "180"], negative: true);
        }

        table.Functional("drop-shadow", candidate =>
        {
            if (candidate.Negative || candidate.Modifier is not null)
                return null;
            if (candidate.Named == "none")
                return [UtilityBlock.Parse($"--tw-drop-shadow: ; {Filter}")];
            var shadow = candidate.IsBare ? table.Theme.Resolve("--drop-shadow")
                : table.Values.FromTheme(candidate, "--drop-shadow") ?? UtilityValues.Arbitrary(candidate, "shadow", "any");
            if (shadow is null)
                return null;
            var layers = CssValues.SplitTopLevel(shadow, ',').Select(l => l.Trim()).ToList();
            var sized = string.Join(' ', layers.Select(l => $"drop-shadow({EffectUtilities.WithShadowColor(l, "--tw-drop-shadow-color")})"));
            var plain = string.Join(' ', layers.Select(l => $"drop-shadow({l})"));
            return [UtilityBlock.Parse($"--tw-drop-shadow-size: {sized}; --tw-drop-shadow: {plain}; {Filter}")];
        }, () => ["none", .. table.Theme.Keys("--drop-shadow")]);
        table.Color("drop-shadow", color => UtilityBlock.ParseDeclarations(
            $"--tw-drop-shadow-color: color-mix(in oklab, {color} var(--tw-drop-shadow-alpha), transparent); --tw-drop-shadow: var(--tw-drop-shadow-size)"));
    }
}
