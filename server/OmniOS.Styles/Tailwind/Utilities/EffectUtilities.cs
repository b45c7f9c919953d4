using OmniOS.Styles.Css;

namespace OmniOS.Styles.Tailwind.Utilities;

/// <summary>Effects: box and text shadows (with their colours), opacity, blend modes.</summary>
internal static class EffectUtilities
{
    public static readonly string[] BlendModes =
    [
        "normal", "multiply", "screen", "overlay", "darken", "lighten", "color-dodge", "color-burn", "hard-light", "soft-light",
        "difference", "exclusion", "hue", "saturation", "color", "luminosity",
    ];

    public static void Register(UtilityTable table)
    {
        RegisterShadow(table, "shadow", "--tw-shadow", "--shadow", "0 0 #0000");
        RegisterShadow(table, "inset-shadow", "--tw-inset-shadow", "--inset-shadow", "inset 0 0 #0000");
        table.Functional("text-shadow", candidate =>
        {
            if (candidate.Negative || candidate.Modifier is not null || candidate.IsBare)
                return null;
            var shadow = candidate.Named == "none" ? "none" : table.Values.FromTheme(candidate, "--text-shadow") ?? UtilityValues.Arbitrary(candidate, "shadow", "any");
            return shadow is null ? null : [new UtilityBlock([new("text-shadow", shadow == "none" ? shadow : WithShadowColor(shadow, "--tw-text-shadow-color"))])];
        }, () => ["none", .. table.Theme.Keys("--text-shadow")]);
        ShadowColor(table, "text-shadow", "--tw-text-shadow-color", "--tw-text-shadow-alpha");

        table.Value("opacity", ["opacity"], new ValueOptions
        {
            Namespaces = ["--opacity"],
            BareValue = named => UtilityValues.IsSpacingMultiplier(named) ? named + "%" : null,
            Types = ["number", "percentage", "any"],
            Suggestions = ["0", "5", "10", "15", "20", "25", "30", "35", "40", "45", "50", "55", "60", "65", "70", "75", "80", "85", "90", "95", "100"],
        });
        table.Keywords("mix-blend", "mix-blend-mode", [.. BlendModes, "plus-darker", "plus-lighter"]);
    }

    /// <summary>A shadow utility: sizes from the theme (their colours replaceable by <c>shadow-red-500</c>), none, arbitrary, and colours.</summary>
    private static void RegisterShadow(UtilityTable table, string root, string variable, string ns, string none)
    {
        var color = variable + "-color";
        table.Functional(root, candidate =>
        {
            if (candidate.Negative || candidate.Modifier is not null)
                return null;
            string? shadow;
            if (candidate.IsBare)
                shadow = table.Theme.Resolve(ns);
            else if (candidate.Named == "none")
                return [UtilityBlock.Parse($"{variable}: {none}; {BorderUtilities.ShadowComposition}")];
            else
                shadow = table.Values.FromTheme(candidate, ns) ?? (candidate.Value is { DataType: null } v && v.Text.StartsWith("var(", StringComparison.Ordinal) ? null : UtilityValues.Arbitrary(candidate, "shadow"));
            return shadow is null ? null : [new UtilityBlock([new(variable, WithShadowColor(shadow, color)), .. UtilityBlock.ParseDeclarations(BorderUtilities.ShadowComposition)])];
        }, () => ["none", .. table.Theme.Keys(ns)]);
        ShadowColor(table, root, color, variable + "-alpha");
    }

    private static void ShadowColor(UtilityTable table, string root, string colorVariable, string alphaVariable) =>
        table.Color(root, color => [new CssDeclaration(colorVariable, $"color-mix(in oklab, {color} var({alphaVariable}), transparent)")]);

    /// <summary>Each layer's colour as <c>var(--tw-shadow-color, COLOUR)</c>, so a colour utility can replace it.</summary>
    public static string WithShadowColor(string shadow, string colorVariable) =>
        string.Join(", ", CssValues.SplitTopLevel(shadow, ',').Select(layer =>
        {
            var parts = CssValues.SplitWhitespace(layer.Trim());
            var index = parts.FindLastIndex(p => CssColor.LooksLikeColor(p));
            if (index < 0 || parts[index].StartsWith("var(", StringComparison.Ordinal))
                return layer.Trim();
            parts[index] = $"var({colorVariable}, {parts[index]})";
            return string.Join(' ', parts);
        }));
}
