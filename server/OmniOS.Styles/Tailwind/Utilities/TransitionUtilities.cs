namespace OmniOS.Styles.Tailwind.Utilities;

/// <summary>Transitions and animation: transition properties, duration, delay, easing, animation.</summary>
internal static class TransitionUtilities
{
    private const string Colors = "color, background-color, border-color, outline-color, text-decoration-color, fill, stroke, --tw-gradient-from, --tw-gradient-via, --tw-gradient-to";

    /// <summary>What each transition utility animates.</summary>
    private static readonly (string Name, string Properties)[] Transitions =
    [
        ("transition", $"{Colors}, opacity, box-shadow, transform, translate, scale, rotate, filter, -webkit-backdrop-filter, backdrop-filter, display, content-visibility, overlay, pointer-events"),
        ("transition-all", "all"),
        ("transition-colors", Colors),
        ("transition-opacity", "opacity"),
        ("transition-shadow", "box-shadow"),
        ("transition-transform", "transform, translate, scale, rotate"),
    ];

    public static void Register(UtilityTable table)
    {
        var theme = table.Theme;
        var timing = $"transition-timing-function: var(--tw-ease, {theme.Resolve("--default-transition-timing-function") ?? "ease"}); transition-duration: var(--tw-duration, {theme.Resolve("--default-transition-duration") ?? "0s"})";
        foreach (var (name, properties) in Transitions)
            table.Static(name, $"transition-property: {properties}; {timing}");
        table.Static("transition-none", "transition-property: none");
        table.Functional("transition", candidate => !candidate.Negative && candidate.Modifier is null && UtilityValues.Arbitrary(candidate, "any") is { } properties
            ? [UtilityBlock.Parse($"transition-property: {properties}; {timing}")] : null);
        table.Static("transition-discrete", "transition-behavior: allow-discrete");
        table.Static("transition-normal", "transition-behavior: normal");

        var milliseconds = new ValueOptions
        {
            Namespaces = ["--transition-duration"],
            BareValue = named => UtilityValues.Integer(named) is { } n ? n + "ms" : null,
            Types = ["time", "any"],
            Suggestions = ["0", "75", "100", "150", "200", "300", "500", "700", "1000"],
        };
        table.Static("duration-initial", "--tw-duration: initial");
        table.Value("duration", ["transition-duration"], milliseconds with { Before = "--tw-duration: {value}" });
        table.Value("delay", ["transition-delay"], milliseconds with { Namespaces = ["--transition-delay"] });

        table.Static("ease-initial", "--tw-ease: initial");
        table.Value("ease", ["transition-timing-function"], new ValueOptions
        {
            Keywords = ValueOptions.Map(("linear", "linear")),
            Namespaces = ["--ease"],
            Types = ["any"],
            Before = "--tw-ease: {value}",
        });

        table.Value("animate", ["animation"], new ValueOptions { Keywords = ValueOptions.Map(("none", "none")), Namespaces = ["--animate"], Types = ["any"] });
        table.Keywords("will-change", "will-change", ("auto", "auto"), ("scroll", "scroll-position"), ("contents", "contents"), ("transform", "transform"));
        table.Value("will-change", ["will-change"], new ValueOptions { Types = ["any"] });
    }
}
