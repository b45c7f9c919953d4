namespace OmniOS.Styles.Tailwind.Utilities;

/// <summary>Spacing: padding, margin (with negative and auto values), scroll margin and padding, and the space between children.</summary>
internal static class SpacingUtilities
{
    /// <summary>Padding roots and the property each sets.</summary>
    public static readonly (string Root, string Property)[] Padding =
    [
        ("p", "padding"), ("px", "padding-inline"), ("py", "padding-block"), ("ps", "padding-inline-start"), ("pe", "padding-inline-end"),
        ("pt", "padding-top"), ("pr", "padding-right"), ("pb", "padding-bottom"), ("pl", "padding-left"),
    ];

    public static readonly (string Root, string Property)[] Margin =
    [
        ("m", "margin"), ("mx", "margin-inline"), ("my", "margin-block"), ("ms", "margin-inline-start"), ("me", "margin-inline-end"),
        ("mt", "margin-top"), ("mr", "margin-right"), ("mb", "margin-bottom"), ("ml", "margin-left"),
    ];

    /// <summary>Scroll margin and scroll padding roots (<c>scroll-mt-4</c>, <c>scroll-px-2</c>) and the property each sets.</summary>
    private static readonly (string Root, string Property)[] ScrollSpacing =
    [
        ("scroll-m", "scroll-margin"), ("scroll-mx", "scroll-margin-inline"), ("scroll-my", "scroll-margin-block"),
        ("scroll-ms", "scroll-margin-inline-start"), ("scroll-me", "scroll-margin-inline-end"),
        ("scroll-mbs", "scroll-margin-block-start"), ("scroll-mbe", "scroll-margin-block-end"),
        ("scroll-mt", "scroll-margin-top"), ("scroll-mr", "scroll-margin-right"), ("scroll-mb", "scroll-margin-bottom"), ("scroll-ml", "scroll-margin-left"),
        ("scroll-p", "scroll-padding"), ("scroll-px", "scroll-padding-inline"), ("scroll-py", "scroll-padding-block"),
        ("scroll-ps", "scroll-padding-inline-start"), ("scroll-pe", "scroll-padding-inline-end"),
        ("scroll-pbs", "scroll-padding-block-start"), ("scroll-pbe", "scroll-padding-block-end"),
        ("scroll-pt", "scroll-padding-top"), ("scroll-pr", "scroll-padding-right"), ("scroll-pb", "scroll-padding-bottom"), ("scroll-pl", "scroll-padding-left"),
    ];

    /// <summary>The selector space-x/space-y style: every child but the last.</summary>
    private const string BetweenChildren = ":where(& > :not(:last-child))";

    public static void Register(UtilityTable table)
    {
        var padding = new ValueOptions { Keywords = ValueOptions.Map(("px", "1px")), Namespaces = ["--padding", "--spacing"], Spacing = true };
        foreach (var (root, property) in Padding)
            table.Value(root, [property], padding);
        var margin = padding with { Keywords = ValueOptions.Map(("px", "1px"), ("auto", "auto")), Namespaces = ["--margin", "--spacing"], Negative = true };
        foreach (var (root, property) in Margin)
            table.Value(root, [property], margin);
        foreach (var (root, property) in ScrollSpacing)
        {
            var scroll = root.StartsWith("scroll-m", StringComparison.Ordinal)
                ? padding with { Namespaces = ["--scroll-margin", "--spacing"], Negative = true }
                : padding with { Namespaces = ["--scroll-padding", "--spacing"] };
            table.Value(root, [property], scroll);
        }

        foreach (var (axis, logical, sortAs) in new[] { ("x", "inline", "row-gap"), ("y", "block", "column-gap") })
        {
            var options = padding with { Namespaces = ["--space", "--spacing"], Negative = true };
            table.Functional($"space-{axis}", candidate =>
            {
                var value = ReadSpace(table, candidate, options);
                if (value is null)
                    return null;
                var reverse = $"--tw-space-{axis}-reverse";
                return [new UtilityBlock(UtilityBlock.ParseDeclarations(
                    $"{reverse}: 0; margin-{logical}-start: calc({value} * var({reverse})); margin-{logical}-end: calc({value} * calc(1 - var({reverse})))"), BetweenChildren, SortAs: sortAs)];
            }, () => ["px", .. UtilityTable.SpacingScale], negative: true);
            table.Static($"space-{axis}-reverse", UtilityBlock.Parse($"--tw-space-{axis}-reverse: 1", BetweenChildren) with { SortAs = sortAs });
        }
    }

    private static string? ReadSpace(UtilityTable table, UtilityCandidate candidate, ValueOptions options)
    {
        if (candidate.IsBare || candidate.Modifier is not null)
            return null;
        var value = candidate.Named == "px" ? "1px"
            : table.Values.FromTheme(candidate, options.Namespaces) ?? table.Values.Multiplier(candidate) ?? UtilityValues.Arbitrary(candidate, options.Types);
        return value is null ? null : candidate.Negative ? UtilityValues.Negate(value) : value;
    }
}
