using OmniOS.Styles.Css;

namespace OmniOS.Styles.Tailwind.Utilities;

/// <summary>Backgrounds: colour, image and gradients (with their colour stops), size, position, repeat, attachment, clip, origin, blend mode.</summary>
internal static class BackgroundUtilities
{
    private static readonly (string Key, string Value)[] Positions =
    [
        ("center", "center"), ("top", "top"), ("bottom", "bottom"), ("left", "left"), ("right", "right"),
        ("left-top", "left top"), ("top-left", "left top"), ("right-top", "right top"), ("top-right", "right top"),
        ("left-bottom", "left bottom"), ("bottom-left", "left bottom"), ("right-bottom", "right bottom"), ("bottom-right", "right bottom"),
    ];

    private static readonly (string Key, string Value)[] GradientDirections =
    [
        ("t", "to top"), ("tr", "to top right"), ("r", "to right"), ("br", "to bottom right"),
        ("b", "to bottom"), ("bl", "to bottom left"), ("l", "to left"), ("tl", "to top left"),
    ];

    /// <summary>What <c>--tw-gradient-stops</c> is when only from/to are set, and when a via colour is.</summary>
    private const string TwoStops =
        "var(--tw-gradient-via-stops, var(--tw-gradient-position), var(--tw-gradient-from) var(--tw-gradient-from-position), var(--tw-gradient-to) var(--tw-gradient-to-position))";

    private const string ThreeStops =
        "var(--tw-gradient-position), var(--tw-gradient-from) var(--tw-gradient-from-position), var(--tw-gradient-via) var(--tw-gradient-via-position), var(--tw-gradient-to) var(--tw-gradient-to-position)";

    private const string OklabSupport = "@supports (background-image: linear-gradient(in lab, red, red))";

    public static void Register(UtilityTable table)
    {
        var values = table.Values;
        // bg-red-500, bg-[#0af], bg-[url(…)], bg-[center_top], bg-[length:200px_100px], bg-(--x).
        table.Functional("bg", candidate =>
        {
            if (candidate.Negative || candidate.Value is not { } value)
                return null;
            if (values.Color(candidate, "--background-color", "--color") is { } color)
                return [new UtilityBlock([new("background-color", color)])];
            if (!value.IsArbitrary || candidate.Modifier is not null)
                return null;
            var property = value.DataType switch
            {
                "url" or "image" => "background-image",
                "length" or "size" or "bg-size" => "background-size",
                "position" or "percentage" => "background-position",
                null when DataTypes.Is("image", value.Text) => "background-image",
                null when DataTypes.Is("position", value.Text) => "background-position",
                null when DataTypes.Is("bg-size", value.Text) => "background-size",
                _ => null,
            };
            return property is null ? null : [new UtilityBlock([new(property, value.Text)])];
        }, () => ["inherit", "current", "transparent", .. table.Theme.Keys("--color")]);
        table.Keywords("bg", "background-attachment", "fixed", "local", "scroll");
        table.Keywords("bg", "background-size", "auto", "cover", "contain");
        table.Value("bg-size", ["background-size"], new ValueOptions { Types = ["any"] });
        table.Keywords("bg", "background-position", Positions);
        table.Value("bg-position", ["background-position"], new ValueOptions { Types = ["any"] });
        table.Keywords("bg", "background-repeat", ("repeat", "repeat"), ("no-repeat", "no-repeat"), ("repeat-x", "repeat-x"), ("repeat-y", "repeat-y"), ("repeat-round", "round"), ("repeat-space", "space"));
        table.Static("bg-none", "background-image: none");
        foreach (var (key, box) in new[] { ("border", "border-box"), ("padding", "padding-box"), ("content", "content-box") })
        {
            table.Static($"bg-clip-{key}", $"background-clip: {box}");
            table.Static($"bg-origin-{key}", $"background-origin: {box}");
        }
        table.Static("bg-clip-text", "background-clip: text");
        table.Keywords("bg-blend", "background-blend-mode", EffectUtilities.BlendModes);

        RegisterGradients(table);
    }

    private static void RegisterGradients(UtilityTable table)
    {
        foreach (var (key, direction) in GradientDirections)
        {
            table.Static($"bg-linear-to-{key}", LinearGradient(direction));
            table.Static($"bg-gradient-to-{key}", UtilityBlock.Parse($"--tw-gradient-position: {direction} in oklab; background-image: linear-gradient(var(--tw-gradient-stops))"));
        }
        table.Functional("bg-linear", candidate =>
        {
            if (candidate.Modifier is not null || candidate.IsBare)
                return null;
            if (UtilityValues.Arbitrary(candidate, "any") is { } arbitrary)
                return candidate.Negative ? null : [UtilityBlock.Parse($"--tw-gradient-position: {arbitrary}; background-image: linear-gradient(var(--tw-gradient-stops,{arbitrary}))")];
            if (UtilityValues.Integer(candidate.Named!) is not { } degrees)
                return null;
            var angle = candidate.Negative ? UtilityValues.Negate(degrees + "deg") : degrees + "deg";
            return LinearGradient(angle);
        }, () => ["0", "45", "90", "135", "180", "225", "270", "315"], negative: true);
        foreach (var (root, function) in new[] { ("bg-radial", "radial-gradient"), ("bg-conic", "conic-gradient") })
        {
            table.Functional(root, candidate =>
            {
                if (candidate.Modifier is not null || candidate.Negative)
                    return null;
                if (candidate.IsBare)
                    return [UtilityBlock.Parse($"--tw-gradient-position: in oklab; background-image: {function}(var(--tw-gradient-stops))")];
                if (UtilityValues.Arbitrary(candidate, "any") is { } arbitrary)
                    return [UtilityBlock.Parse($"--tw-gradient-position: {arbitrary}; background-image: {function}(var(--tw-gradient-stops,{arbitrary}))")];
                return function == "conic-gradient" && UtilityValues.Integer(candidate.Named!) is { } degrees
                    ? [UtilityBlock.Parse($"--tw-gradient-position: from {degrees}deg in oklab; background-image: conic-gradient(var(--tw-gradient-stops))")]
                    : null;
            });
        }

        foreach (var stop in new[] { "from", "via", "to" })
        {
            var stops = stop == "via"
                ? $"--tw-gradient-via-stops: {ThreeStops}; --tw-gradient-stops: var(--tw-gradient-via-stops)"
                : $"--tw-gradient-stops: {TwoStops}";
            table.Functional(stop, candidate => candidate.Negative || table.Values.Color(candidate) is not { } color ? null
                : [new UtilityBlock([new CssDeclaration($"--tw-gradient-{stop}", color), .. UtilityBlock.ParseDeclarations(stops)], SortAs: $"--tw-gradient-{stop}")],
                () => ["transparent", "current", "inherit", .. table.Theme.Keys("--color")]);
            table.Functional(stop, candidate =>
            {
                if (candidate.Negative || candidate.Modifier is not null || candidate.Value is not { } value)
                    return null;
                var position = value.IsArbitrary
                    ? (value.DataType is "length" or "percentage" || value.DataType is null && (DataTypes.IsLength(value.Text) || DataTypes.IsPercentage(value.Text)) ? value.Text : null)
                    : value.Text.EndsWith('%') && UtilityValues.IsSpacingMultiplier(value.Text[..^1]) ? value.Text : null;
                return position is null ? null : [new UtilityBlock([new($"--tw-gradient-{stop}-position", position)])];
            }, () => ["0%", "5%", "10%", "20%", "25%", "30%", "40%", "50%", "60%", "70%", "75%", "80%", "90%", "95%", "100%"]);
        }
    }

    /// <summary>A linear gradient along a direction or angle, interpolated in OKLab where the browser can.</summary>
    private static UtilityBlock[] LinearGradient(string position) =>
    [
        UtilityBlock.Parse($"--tw-gradient-position: {position}; background-image: linear-gradient(var(--tw-gradient-stops))"),
        UtilityBlock.Parse($"--tw-gradient-position: {position} in oklab", "&", OklabSupport),
    ];
}
