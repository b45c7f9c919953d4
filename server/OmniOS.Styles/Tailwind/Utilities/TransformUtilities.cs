namespace OmniOS.Styles.Tailwind.Utilities;

/// <summary>Transforms: translate, rotate, scale, skew (composed through Tailwind's <c>--tw-*</c> variables), origin, perspective, backface.</summary>
internal static class TransformUtilities
{
    private const string Transform =
        "transform: var(--tw-rotate-x,) var(--tw-rotate-y,) var(--tw-rotate-z,) var(--tw-skew-x,) var(--tw-skew-y,)";

    private static readonly (string Key, string Value)[] Origins =
    [
        ("center", "center"), ("top", "top"), ("top-right", "100% 0"), ("right", "100%"), ("bottom-right", "100% 100%"),
        ("bottom", "bottom"), ("bottom-left", "0 100%"), ("left", "0"), ("top-left", "0 0"),
    ];

    public static void Register(UtilityTable table)
    {
        var translate = new ValueOptions
        {
            Keywords = ValueOptions.Map(("full", "100%"), ("px", "1px")),
            Namespaces = ["--translate", "--spacing"],
            Spacing = true,
            Fractions = true,
            Negative = true,
            Types = ["length", "percentage", "any"],
        };
        foreach (var (root, axes) in new[] { ("translate", "xy"), ("translate-x", "x"), ("translate-y", "y"), ("translate-z", "z") })
        {
            var set = string.Concat(axes.Select(a => $"--tw-translate-{a}: {{value}}; "));
            var use = axes == "z" ? "translate: var(--tw-translate-x) var(--tw-translate-y) var(--tw-translate-z)" : "translate: var(--tw-translate-x) var(--tw-translate-y)";
            table.Value(root, [], translate with { Before = set + use });
        }
        table.Static("translate-none", "translate: none");

        table.Value("rotate", ["rotate"], new ValueOptions
        {
            Keywords = ValueOptions.Map(("none", "none")),
            BareValue = named => UtilityValues.Integer(named) is { } n ? n + "deg" : null,
            Negative = true,
            Types = ["angle", "any"],
            Suggestions = ["0", "1", "2", "3", "6", "12", "45", "90", "180"],
        });
        foreach (var axis in new[] { "x", "y", "z" })
        {
            var function = "rotate" + char.ToUpperInvariant(axis[0]);
            table.Value($"rotate-{axis}", [], new ValueOptions
            {
                BareValue = named => UtilityValues.Integer(named) is { } n ? n + "deg" : null,
                Negative = true,
                Types = ["angle", "any"],
                Before = $"--tw-rotate-{axis}: {function}({{value}}); {Transform}",
            });
        }

        table.Value("scale", [], new ValueOptions
        {
            BareValue = named => UtilityValues.Integer(named) is { } n ? n + "%" : null,
            Negative = true,
            Types = [],
            Before = "--tw-scale-x: {value}; --tw-scale-y: {value}; --tw-scale-z: {value}; scale: var(--tw-scale-x) var(--tw-scale-y)",
            Suggestions = ["0", "50", "75", "90", "95", "100", "105", "110", "125", "150"],
        });
        // scale-[1.7]: the arbitrary value is the scale itself.
        table.Functional("scale", candidate => !candidate.Negative && candidate.Modifier is null && UtilityValues.Arbitrary(candidate, "any") is { } value
            ? [new UtilityBlock([new("scale", value)])] : null);
        table.Static("scale-none", "scale: none");
        foreach (var axis in new[] { "x", "y", "z" })
        {
            var use = axis == "z" ? "scale: var(--tw-scale-x) var(--tw-scale-y) var(--tw-scale-z)" : "scale: var(--tw-scale-x) var(--tw-scale-y)";
            table.Value($"scale-{axis}", [], new ValueOptions
            {
                BareValue = named => UtilityValues.Integer(named) is { } n ? n + "%" : null,
                Negative = true,
                Types = ["number", "percentage", "any"],
                Before = $"--tw-scale-{axis}: {{value}}; {use}",
                Suggestions = ["0", "50", "75", "90", "95", "100", "105", "110", "125", "150"],
            });
        }

        foreach (var (root, axes) in new[] { ("skew", "xy"), ("skew-x", "x"), ("skew-y", "y") })
        {
            table.Value(root, [], new ValueOptions
            {
                BareValue = named => UtilityValues.Integer(named) is { } n ? n + "deg" : null,
                Negative = true,
                Types = ["angle", "any"],
                Before = string.Concat(axes.Select(a => $"--tw-skew-{a}: skew{char.ToUpperInvariant(a)}({{value}}); ")) + Transform,
                Suggestions = ["0", "1", "2", "3", "6", "12"],
            });
        }
        table.Static("transform-none", "transform: none");
        table.Static("transform-cpu", Transform);
        table.Static("transform-gpu", Transform.Replace("transform: ", "transform: translateZ(0) ", StringComparison.Ordinal));

        table.Keywords("origin", "transform-origin", Origins);
        table.Value("origin", ["transform-origin"], new ValueOptions { Namespaces = ["--transform-origin"], Types = ["any"] });
        table.Value("perspective", ["perspective"], new ValueOptions { Keywords = ValueOptions.Map(("none", "none")), Namespaces = ["--perspective"], Types = ["length", "any"] });
        table.Keywords("perspective-origin", "perspective-origin", Origins);
        table.Keywords("backface", "backface-visibility", "visible", "hidden");
    }
}
