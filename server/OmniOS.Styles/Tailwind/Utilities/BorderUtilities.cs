using OmniOS.Styles.Css;

namespace OmniOS.Styles.Tailwind.Utilities;

/// <summary>Borders: width, colour and style per side, radius per corner, outlines, rings, dividers.</summary>
internal static class BorderUtilities
{
    /// <summary>Border sides: the root and the property prefix (<c>border-x</c> → <c>border-inline</c>-width, -style, -color).</summary>
    public static readonly (string Root, string Property)[] Sides =
    [
        ("border", "border"), ("border-x", "border-inline"), ("border-y", "border-block"), ("border-s", "border-inline-start"), ("border-e", "border-inline-end"),
        ("border-bs", "border-block-start"), ("border-be", "border-block-end"),
        ("border-t", "border-top"), ("border-r", "border-right"), ("border-b", "border-bottom"), ("border-l", "border-left"),
    ];

    /// <summary>Radius roots and the corners they round.</summary>
    public static readonly (string Root, string[] Properties)[] Corners =
    [
        ("rounded", ["border-radius"]),
        ("rounded-s", ["border-start-start-radius", "border-end-start-radius"]),
        ("rounded-e", ["border-start-end-radius", "border-end-end-radius"]),
        ("rounded-t", ["border-top-left-radius", "border-top-right-radius"]),
        ("rounded-r", ["border-top-right-radius", "border-bottom-right-radius"]),
        ("rounded-b", ["border-bottom-right-radius", "border-bottom-left-radius"]),
        ("rounded-l", ["border-top-left-radius", "border-bottom-left-radius"]),
        ("rounded-ss", ["border-start-start-radius"]),
        ("rounded-se", ["border-start-end-radius"]),
        ("rounded-ee", ["border-end-end-radius"]),
        ("rounded-es", ["border-end-start-radius"]),
        ("rounded-tl", ["border-top-left-radius"]),
        ("rounded-tr", ["border-top-right-radius"]),
        ("rounded-br", ["border-bottom-right-radius"]),
        ("rounded-bl", ["border-bottom-left-radius"]),
    ];

    private static readonly string[] Styles = ["solid", "dashed", "dotted", "double", "hidden", "none"];

    /// <summary>How rings and shadows compose into one box-shadow.</summary>
    public const string ShadowComposition =
        "box-shadow: var(--tw-inset-shadow), var(--tw-inset-ring-shadow), var(--tw-ring-offset-shadow), var(--tw-ring-shadow), var(--tw-shadow)";

    private const string BetweenChildren = ":where(& > :not(:last-child))";

    public static void Register(UtilityTable table)
    {
        var values = table.Values;
        foreach (var (root, property) in Sides)
        {
            table.Functional(root, candidate =>
            {
                if (candidate.Negative || BorderWidth(candidate) is not { } width)
                    return null;
                return [new UtilityBlock([new($"{property}-style", "var(--tw-border-style)"), new($"{property}-width", width)])];
            }, () => ["0", "2", "4", "8"]);
            table.Color(root, $"{property}-color", "--border-color", "--color");
        }
        foreach (var style in Styles)
            table.Static($"border-{style}", $"--tw-border-style: {style}; border-style: {style}");

        var radius = new ValueOptions
        {
            Keywords = ValueOptions.Map(("none", "0"), ("full", "calc(infinity * 1px)")),
            Namespaces = ["--radius"],
            Bare = "--radius",
            Types = ["length", "percentage", "any"],
        };
        foreach (var (root, properties) in Corners)
            table.Value(root, properties, radius);

        table.Functional("outline", candidate =>
        {
            if (candidate.Negative || BorderWidth(candidate) is not { } width)
                return null;
            return [UtilityBlock.Parse($"outline-style: var(--tw-outline-style); outline-width: {width}")];
        }, () => ["0", "1", "2", "4", "8"]);
        table.Color("outline", "outline-color", "--outline-color", "--color");
        table.Static("outline-hidden",
            UtilityBlock.Parse("--tw-outline-style: none; outline-style: none"),
            UtilityBlock.Parse("outline: 2px solid transparent; outline-offset: 2px", "&", "@media (forced-colors: active)"));
        table.Static("outline-none", "--tw-outline-style: none; outline-style: none");
        foreach (var style in new[] { "solid", "dashed", "dotted", "double" })
            table.Static($"outline-{style}", $"--tw-outline-style: {style}; outline-style: {style}");
        table.Value("outline-offset", ["outline-offset"], new ValueOptions
        {
            BareValue = named => UtilityValues.Integer(named) is { } n ? n + "px" : null,
            Negative = true,
            Types = ["length", "any"],
            Suggestions = ["0", "1", "2", "4", "8"],
        });

        table.Functional("ring", candidate => RingWidth(candidate) is { } width
            ? [UtilityBlock.Parse($"--tw-ring-shadow: var(--tw-ring-inset,) 0 0 0 calc({width} + var(--tw-ring-offset-width)) var(--tw-ring-color, currentcolor); {ShadowComposition}")]
            : null, () => ["0", "1", "2", "4", "8"]);
        table.Color("ring", "--tw-ring-color", "--ring-color", "--color");
        table.Static("ring-inset", "--tw-ring-inset: inset");
        table.Functional("inset-ring", candidate => RingWidth(candidate) is { } width
            ? [UtilityBlock.Parse($"--tw-inset-ring-shadow: inset 0 0 0 {width} var(--tw-inset-ring-color, currentcolor); {ShadowComposition}")]
            : null, () => ["0", "1", "2", "4", "8"]);
        table.Color("inset-ring", "--tw-inset-ring-color", "--ring-color", "--color");
        table.Functional("ring-offset", candidate =>
        {
            if (candidate.Negative || candidate.IsBare || candidate.Modifier is not null)
                return null;
            var width = candidate.Named is { } named ? (UtilityValues.Integer(named) is { } n ? n + "px" : null) : UtilityValues.Arbitrary(candidate, "length");
            return width is null ? null
                : [UtilityBlock.Parse($"--tw-ring-offset-width: {width}; --tw-ring-offset-shadow: var(--tw-ring-inset,) 0 0 0 var(--tw-ring-offset-width) var(--tw-ring-offset-color)")];
        }, () => ["0", "1", "2", "4", "8"]);
        table.Color("ring-offset", "--tw-ring-offset-color", "--ring-offset-color", "--color");

        foreach (var (axis, sides) in new[] { ("x", new[] { "inline-start", "inline-end" }), ("y", new[] { "top", "bottom" }) })
        {
            table.Functional($"divide-{axis}", candidate =>
            {
                if (candidate.Negative || BorderWidth(candidate) is not { } width)
                    return null;
                var reverse = $"--tw-divide-{axis}-reverse";
                var style = axis == "x" ? "border-inline-style: var(--tw-border-style)" : "border-bottom-style: var(--tw-border-style); border-top-style: var(--tw-border-style)";
                return [UtilityBlock.Parse($"{reverse}: 0; {style}; border-{sides[0]}-width: calc({width} * var({reverse})); border-{sides[1]}-width: calc({width} * calc(1 - var({reverse})))", BetweenChildren) with { SortAs = $"divide-{axis}-width" }];
            }, () => ["0", "2", "4", "8"]);
            table.Static($"divide-{axis}-reverse", UtilityBlock.Parse($"--tw-divide-{axis}-reverse: 1", BetweenChildren));
        }
        table.Functional("divide", candidate => candidate.Negative || values.Color(candidate, "--divide-color", "--color") is not { } color
            ? null : [new UtilityBlock([new CssDeclaration("border-color", color)], BetweenChildren, SortAs: "divide-color")], () => table.Theme.Keys("--color"));
        foreach (var style in Styles)
            table.Static($"divide-{style}", UtilityBlock.Parse($"--tw-border-style: {style}; border-style: {style}", BetweenChildren) with { SortAs = "divide-style" });
    }

    /// <summary>A border width: bare 1px, <c>2</c> → 2px, <c>[3px]</c>.</summary>
    private static string? BorderWidth(UtilityCandidate candidate)
    {
        if (candidate.Modifier is not null)
            return null;
        if (candidate.IsBare)
            return "1px";
        if (candidate.Named is { } named)
            return UtilityValues.Integer(named) is { } n ? n + "px" : null;
        return candidate.Value is { DataType: null } value && value.Text.StartsWith("var(", StringComparison.Ordinal) ? null : UtilityValues.Arbitrary(candidate, "line-width", "length");
    }

    private static string? RingWidth(UtilityCandidate candidate) => candidate.Negative ? null : BorderWidth(candidate);
}
