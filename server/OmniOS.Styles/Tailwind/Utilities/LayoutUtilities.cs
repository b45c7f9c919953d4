namespace OmniOS.Styles.Tailwind.Utilities;

/// <summary>Layout: display, position and inset, z-index, overflow, visibility, floats, object fit, aspect ratio, columns.</summary>
internal static class LayoutUtilities
{
    private static readonly string[] Displays =
    [
        "block", "inline-block", "inline", "flex", "inline-flex", "grid", "inline-grid", "contents", "flow-root", "list-item",
        "table", "inline-table", "table-caption", "table-cell", "table-column", "table-column-group", "table-footer-group",
        "table-header-group", "table-row-group", "table-row",
    ];

    /// <summary>Inset roots and the properties they set (top, right, … and their logical forms).</summary>
    private static readonly (string Root, string Property)[] Insets =
    [
        ("inset", "inset"), ("inset-x", "inset-inline"), ("inset-y", "inset-block"), ("start", "inset-inline-start"), ("end", "inset-inline-end"),
        ("inset-s", "inset-inline-start"), ("inset-e", "inset-inline-end"), ("top", "top"), ("right", "right"), ("bottom", "bottom"), ("left", "left"),
    ];

    private static readonly (string Key, string Value)[] ObjectPositions =
    [
        ("center", "center"), ("top", "top"), ("bottom", "bottom"), ("left", "left"), ("right", "right"),
        ("left-top", "left top"), ("top-left", "left top"), ("right-top", "right top"), ("top-right", "right top"),
        ("left-bottom", "left bottom"), ("bottom-left", "left bottom"), ("right-bottom", "right bottom"), ("bottom-right", "right bottom"),
    ];

    public static void Register(UtilityTable table)
    {
        foreach (var display in Displays)
            table.Static(display, $"display: {display}");
        table.Static("hidden", "display: none");
        // Full width, capped at each breakpoint's width from that breakpoint up (the theme's breakpoints, smallest first).
        table.Static("container", [
            UtilityBlock.Parse("width: 100%") with { SortAs = "--tw-container-component" },
            .. table.Theme.Breakpoints.Select(b => UtilityBlock.Parse($"max-width: {b.Width}", "&", $"@media (width >= {b.Width})")),
        ]);
        table.Static("sr-only", "position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; border-width: 0");
        table.Static("not-sr-only", "position: static; width: auto; height: auto; padding: 0; margin: 0; overflow: visible; clip-path: none; white-space: normal");

        foreach (var position in new[] { "static", "fixed", "absolute", "relative", "sticky" })
            table.Static(position, $"position: {position}");
        var inset = new ValueOptions
        {
            Keywords = ValueOptions.Map(("auto", "auto"), ("full", "100%"), ("px", "1px")),
            Namespaces = ["--inset", "--spacing"],
            Spacing = true,
            Fractions = true,
            Negative = true,
        };
        foreach (var (root, property) in Insets)
            table.Value(root, [property], inset);

        table.Value("z", ["z-index"], new ValueOptions
        {
            Keywords = ValueOptions.Map(("auto", "auto")),
            Namespaces = ["--z-index"],
            BareValue = UtilityValues.Integer,
            Types = ["integer", "number"],
            Negative = true,
            Suggestions = ["0", "10", "20", "30", "40", "50"],
        });

        foreach (var (prefix, property) in new[] { ("overflow", "overflow"), ("overflow-x", "overflow-x"), ("overflow-y", "overflow-y") })
            table.Keywords(prefix, property, "auto", "hidden", "clip", "visible", "scroll");
        foreach (var (prefix, property) in new[] { ("overscroll", "overscroll-behavior"), ("overscroll-x", "overscroll-behavior-x"), ("overscroll-y", "overscroll-behavior-y") })
            table.Keywords(prefix, property, "auto", "contain", "none");

        table.Static("visible", "visibility: visible");
        table.Static("invisible", "visibility: hidden");
        table.Static("collapse", "visibility: collapse");
        table.Keywords("box", "box-sizing", ("border", "border-box"), ("content", "content-box"));
        table.Static("isolate", "isolation: isolate");
        table.Static("isolation-auto", "isolation: auto");
        table.Keywords("float", "float", ("left", "left"), ("right", "right"), ("none", "none"), ("start", "inline-start"), ("end", "inline-end"));
        table.Keywords("clear", "clear", ("left", "left"), ("right", "right"), ("both", "both"), ("none", "none"), ("start", "inline-start"), ("end", "inline-end"));
        foreach (var key in new[] { "clone", "slice" })
            table.Static($"box-decoration-{key}", $"-webkit-box-decoration-break: {key}; box-decoration-break: {key}");

        table.Keywords("object", "object-fit", "contain", "cover", "fill", "none", "scale-down");
        table.Keywords("object", "object-position", ObjectPositions);
        table.Value("object", ["object-position"], new ValueOptions { Namespaces = ["--object-position"], Types = ["position", "any"] });

        table.Value("aspect", ["aspect-ratio"], new ValueOptions
        {
            Keywords = ValueOptions.Map(("auto", "auto"), ("square", "1 / 1")),
            Namespaces = ["--aspect"],
            Types = ["ratio", "number", "any"],
        });
        // A ratio written as a fraction: aspect-3/2.
        table.Functional("aspect", candidate => candidate.Value?.Fraction is { } fraction && !candidate.Negative ? [new UtilityBlock([new("aspect-ratio", fraction)])] : null);

        table.Value("columns", ["columns"], new ValueOptions
        {
            Keywords = ValueOptions.Map(("auto", "auto")),
            Namespaces = ["--columns", "--container"],
            BareValue = UtilityValues.Integer,
            Types = ["length", "integer", "number"],
        });
        foreach (var (prefix, property) in new[] { ("break-before", "break-before"), ("break-after", "break-after") })
            table.Keywords(prefix, property, "auto", "avoid", "all", "avoid-page", "page", "left", "right", "column");
        table.Keywords("break-inside", "break-inside", "auto", "avoid", "avoid-page", "avoid-column");
    }
}
