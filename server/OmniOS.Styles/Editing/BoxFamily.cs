namespace OmniOS.Styles.Editing;

/// <summary>
/// Properties that are sides of one box (padding, margin, inset, border width, colour and radius, gap, size,
/// overflow): each property maps to the sides it sets, so that <c>px-4</c>, <c>pl-2</c> and <c>p-4</c> can be weighed
/// against each other. Logical properties count as the physical sides of a left-to-right page.
/// </summary>
internal sealed record BoxFamily(string Name, IReadOnlyDictionary<string, string[]> Sides)
{
    private static readonly string[] Box = ["top", "right", "bottom", "left"];

    public static readonly BoxFamily[] All =
    [
        Edges("padding", p => $"padding-{p}"),
        Edges("margin", p => $"margin-{p}"),
        new("inset", new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["inset"] = Box, ["inset-inline"] = ["left", "right"], ["inset-block"] = ["top", "bottom"],
            ["inset-inline-start"] = ["left"], ["inset-inline-end"] = ["right"],
            ["top"] = ["top"], ["right"] = ["right"], ["bottom"] = ["bottom"], ["left"] = ["left"],
        }),
        Border("border-width", "width"),
        Border("border-color", "color"),
        new("border-radius", new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["border-radius"] = ["top-left", "top-right", "bottom-right", "bottom-left"],
            ["border-top-left-radius"] = ["top-left"], ["border-top-right-radius"] = ["top-right"],
            ["border-bottom-right-radius"] = ["bottom-right"], ["border-bottom-left-radius"] = ["bottom-left"],
            ["border-start-start-radius"] = ["top-left"], ["border-start-end-radius"] = ["top-right"],
            ["border-end-end-radius"] = ["bottom-right"], ["border-end-start-radius"] = ["bottom-left"],
        }),
        new("gap", new Dictionary<string, string[]>(StringComparer.Ordinal) { ["gap"] = ["row", "column"], ["row-gap"] = ["row"], ["column-gap"] = ["column"] }),
        new("size", new Dictionary<string, string[]>(StringComparer.Ordinal) { ["width"] = ["width"], ["height"] = ["height"] }),
        new("overflow", new Dictionary<string, string[]>(StringComparer.Ordinal) { ["overflow"] = ["x", "y"], ["overflow-x"] = ["x"], ["overflow-y"] = ["y"] }),
    ];

    /// <summary>The family a property belongs to, or null.</summary>
    public static BoxFamily? Of(string property) => All.FirstOrDefault(f => f.Sides.ContainsKey(property));

    /// <summary>Whether two properties set a side in common (<c>padding</c> and <c>padding-top</c>; a property and itself).</summary>
    public static bool Overlap(string a, string b) =>
        a == b || Of(a) is { } family && family.Sides.TryGetValue(b, out var sides) && family.Sides[a].Intersect(sides, StringComparer.Ordinal).Any();

    /// <summary>The sides of a set of properties of this family, or null when one is not of it.</summary>
    public IReadOnlySet<string>? SidesOf(IEnumerable<string> properties)
    {
        var sides = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            if (!Sides.TryGetValue(property, out var own))
                return null;
            sides.UnionWith(own);
        }
        return sides;
    }

    /// <summary>Every side, in order.</summary>
    public IReadOnlyList<string> AllSides => Sides.Values.SelectMany(s => s).Distinct(StringComparer.Ordinal).ToList();

    private static BoxFamily Edges(string name, Func<string, string> side) =>
        new(name, new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            [name] = Box,
            [$"{name}-inline"] = ["left", "right"],
            [$"{name}-block"] = ["top", "bottom"],
            [$"{name}-inline-start"] = ["left"],
            [$"{name}-inline-end"] = ["right"],
            [side("top")] = ["top"],
            [side("right")] = ["right"],
            [side("bottom")] = ["bottom"],
            [side("left")] = ["left"],
        });

    private static BoxFamily Border(string name, string part) =>
        new(name, new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            [name] = Box,
            [$"border-inline-{part}"] = ["left", "right"],
            [$"border-block-{part}"] = ["top", "bottom"],
            [$"border-inline-start-{part}"] = ["left"],
            [$"border-inline-end-{part}"] = ["right"],
            [$"border-block-start-{part}"] = ["top"],
            [$"border-block-end-{part}"] = ["bottom"],
            [$"border-top-{part}"] = ["top"],
            [$"border-right-{part}"] = ["right"],
            [$"border-bottom-{part}"] = ["bottom"],
            [$"border-left-{part}"] = ["left"],
        });
}
