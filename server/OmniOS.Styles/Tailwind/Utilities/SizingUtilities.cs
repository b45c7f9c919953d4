namespace OmniOS.Styles.Tailwind.Utilities;

/// <summary>Sizing: width, height, size (both), their minimums and maximums.</summary>
internal static class SizingUtilities
{
    private static readonly (string Key, string Value)[] Intrinsic =
        [("auto", "auto"), ("full", "100%"), ("min", "min-content"), ("max", "max-content"), ("fit", "fit-content"), ("px", "1px")];

    private static readonly (string Key, string Value)[] Viewport =
        [("svw", "100svw"), ("lvw", "100lvw"), ("dvw", "100dvw"), ("svh", "100svh"), ("lvh", "100lvh"), ("dvh", "100dvh")];

    /// <summary>Each root: its properties, its own keywords, the theme namespaces it reads.</summary>
    private static readonly (string Root, string[] Properties, (string Key, string Value)[] Keywords, string[] Namespaces)[] Sizes =
    [
        ("w", ["width"], [("screen", "100vw")], ["--width", "--spacing", "--container"]),
        ("h", ["height"], [("screen", "100vh"), ("lh", "1lh")], ["--height", "--spacing"]),
        ("size", ["width", "height"], [], ["--size", "--spacing"]),
        ("min-w", ["min-width"], [("screen", "100vw")], ["--min-width", "--spacing", "--container"]),
        ("max-w", ["max-width"], [("screen", "100vw"), ("none", "none")], ["--max-width", "--spacing", "--container"]),
        ("min-h", ["min-height"], [("screen", "100vh"), ("lh", "1lh")], ["--min-height", "--spacing"]),
        ("max-h", ["max-height"], [("screen", "100vh"), ("lh", "1lh"), ("none", "none")], ["--max-height", "--spacing"]),
    ];

    public static void Register(UtilityTable table)
    {
        foreach (var (root, properties, keywords, namespaces) in Sizes)
        {
            var all = Intrinsic.Concat(Viewport).Concat(keywords)
                .Where(k => !(k.Key == "auto" && root.StartsWith("max-", StringComparison.Ordinal)))
                .ToArray();
            table.Value(root, properties, new ValueOptions
            {
                Keywords = ValueOptions.Map(all),
                Namespaces = namespaces,
                Spacing = true,
                Fractions = true,
                Types = ["length", "percentage", "any"],
            });
        }
        // max-w-screen-md: the width of a breakpoint.
        table.Functional("max-w-screen", candidate => candidate.Named is { } key && table.Theme.Lookup(key, "--breakpoint") is { } width && candidate.Modifier is null && !candidate.Negative
            ? [new UtilityBlock([new("max-width", width)])] : null, () => table.Theme.Keys("--breakpoint"));
    }
}
