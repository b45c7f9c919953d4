namespace OmniOS.Styles.Tailwind.Utilities;

/// <summary>Flexbox and grid: direction, wrap, flex, grow, shrink, basis, order, templates, spans, placement, gaps, alignment.</summary>
internal static class FlexboxGridUtilities
{
    private static readonly (string Key, string Value)[] Directions =
        [("row", "row"), ("row-reverse", "row-reverse"), ("col", "column"), ("col-reverse", "column-reverse")];

    /// <summary>The alignment keywords of justify-content and align-content (<c>justify-between</c> → space-between).</summary>
    private static readonly (string Key, string Value)[] ContentAlignment =
    [
        ("normal", "normal"), ("center", "center"), ("start", "flex-start"), ("end", "flex-end"), ("between", "space-between"),
        ("around", "space-around"), ("evenly", "space-evenly"), ("stretch", "stretch"), ("baseline", "baseline"),
        ("center-safe", "safe center"), ("end-safe", "safe flex-end"),
    ];

    private static readonly (string Key, string Value)[] ItemAlignment =
    [
        ("start", "flex-start"), ("end", "flex-end"), ("center", "center"), ("baseline", "baseline"), ("baseline-last", "last baseline"),
        ("stretch", "stretch"), ("center-safe", "safe center"), ("end-safe", "safe flex-end"),
    ];

    private static readonly (string Key, string Value)[] SelfAlignment =
    [
        ("auto", "auto"), ("start", "flex-start"), ("end", "flex-end"), ("center", "center"), ("stretch", "stretch"),
        ("baseline", "baseline"), ("baseline-last", "last baseline"), ("center-safe", "safe center"), ("end-safe", "safe flex-end"),
    ];

    private static readonly (string Key, string Value)[] GridAlignment =
        [("start", "start"), ("end", "end"), ("center", "center"), ("stretch", "stretch"), ("center-safe", "safe center"), ("end-safe", "safe end")];

    private static readonly (string Key, string Value)[] PlaceContent =
    [
        ("center", "center"), ("start", "start"), ("end", "end"), ("between", "space-between"), ("around", "space-around"),
        ("evenly", "space-evenly"), ("stretch", "stretch"), ("baseline", "baseline"), ("center-safe", "safe center"), ("end-safe", "safe end"),
    ];

    public static void Register(UtilityTable table)
    {
        table.Keywords("flex", "flex-direction", Directions);
        table.Keywords("flex", "flex-wrap", ("wrap", "wrap"), ("wrap-reverse", "wrap-reverse"), ("nowrap", "nowrap"));
        table.Value("flex", ["flex"], new ValueOptions
        {
            Keywords = ValueOptions.Map(("auto", "auto"), ("initial", "0 auto"), ("none", "none")),
            Namespaces = ["--flex"],
            BareValue = UtilityValues.Integer,
            Fractions = true,
            Types = ["any"],
            Suggestions = ["1"],
        });
        foreach (var (root, property) in new[] { ("grow", "flex-grow"), ("shrink", "flex-shrink") })
        {
            table.Value(root, [property], new ValueOptions { Bare = "1", BareValue = UtilityValues.Integer, Types = ["number"], Suggestions = ["0"] });
        }
        table.Value("basis", ["flex-basis"], new ValueOptions
        {
            Keywords = ValueOptions.Map(("auto", "auto"), ("full", "100%"), ("px", "1px")),
            Namespaces = ["--flex-basis", "--spacing", "--container"],
            Spacing = true,
            Fractions = true,
            Types = ["length", "percentage", "any"],
        });
        table.Value("order", ["order"], new ValueOptions
        {
            Keywords = ValueOptions.Map(("first", "-9999"), ("last", "9999"), ("none", "0")),
            Namespaces = ["--order"],
            BareValue = UtilityValues.Integer,
            Negative = true,
            Types = ["integer", "number"],
        });

        foreach (var (root, property) in new[] { ("grid-cols", "grid-template-columns"), ("grid-rows", "grid-template-rows") })
        {
            table.Value(root, [property], new ValueOptions
            {
                Keywords = ValueOptions.Map(("none", "none"), ("subgrid", "subgrid")),
                Namespaces = [property == "grid-template-columns" ? "--grid-template-columns" : "--grid-template-rows"],
                BareValue = named => UtilityValues.Integer(named) is { } n && n != "0" ? $"repeat({n}, minmax(0, 1fr))" : null,
                Types = ["any"],
                Suggestions = ["1", "2", "3", "4", "5", "6", "12"],
            });
        }
        foreach (var (axis, property) in new[] { ("col", "grid-column"), ("row", "grid-row") })
        {
            table.Value($"{axis}-span", [property], new ValueOptions
            {
                Keywords = ValueOptions.Map(("full", "1 / -1")),
                BareValue = named => UtilityValues.Integer(named) is { } n ? $"span {n} / span {n}" : null,
                Types = [],
                Suggestions = ["1", "2", "3", "4", "6", "12"],
            });
            table.Functional($"{axis}-span", candidate => UtilityValues.Arbitrary(candidate, "any") is { } value && !candidate.Negative
                ? [new UtilityBlock([new(property, $"span {value} / span {value}")])] : null);
            table.Value(axis, [property], new ValueOptions
            {
                Keywords = ValueOptions.Map(("auto", "auto")),
                Namespaces = [$"--{property}"],
                BareValue = UtilityValues.Integer,
                Negative = true,
                Types = ["any"],
            });
            foreach (var edge in new[] { "start", "end" })
            {
                table.Value($"{axis}-{edge}", [$"{property}-{edge}"], new ValueOptions
                {
                    Keywords = ValueOptions.Map(("auto", "auto")),
                    Namespaces = [$"--{property}-{edge}"],
                    BareValue = UtilityValues.Integer,
                    Negative = true,
                    Types = ["any"],
                    Suggestions = ["1", "2", "3", "4", "5", "6", "7", "13"],
                });
            }
        }
        table.Keywords("grid-flow", "grid-auto-flow", ("row", "row"), ("col", "column"), ("dense", "dense"), ("row-dense", "row dense"), ("col-dense", "column dense"));
        foreach (var (root, property) in new[] { ("auto-cols", "grid-auto-columns"), ("auto-rows", "grid-auto-rows") })
        {
            table.Value(root, [property], new ValueOptions
            {
                Keywords = ValueOptions.Map(("auto", "auto"), ("min", "min-content"), ("max", "max-content"), ("fr", "minmax(0, 1fr)")),
                Namespaces = [$"--{property}"],
                Types = ["any"],
            });
        }

        foreach (var (root, property) in new[] { ("gap", "gap"), ("gap-x", "column-gap"), ("gap-y", "row-gap") })
            table.Value(root, [property], new ValueOptions { Keywords = ValueOptions.Map(("px", "1px")), Namespaces = ["--gap", "--spacing"], Spacing = true });

        table.Keywords("justify", "justify-content", ContentAlignment);
        table.Keywords("justify-items", "justify-items", [.. GridAlignment, ("normal", "normal")]);
        table.Keywords("justify-self", "justify-self", ("auto", "auto"), ("start", "flex-start"), ("end", "flex-end"), ("center", "center"), ("stretch", "stretch"), ("center-safe", "safe center"), ("end-safe", "safe flex-end"));
        table.Keywords("content", "align-content", ContentAlignment);
        table.Keywords("items", "align-items", ItemAlignment);
        table.Keywords("self", "align-self", SelfAlignment);
        table.Keywords("place-content", "place-content", PlaceContent);
        table.Keywords("place-items", "place-items", [.. GridAlignment, ("baseline", "baseline")]);
        table.Keywords("place-self", "place-self", [("auto", "auto"), .. GridAlignment]);
    }
}
