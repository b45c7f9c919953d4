using OmniOS.Styles.Css;

namespace OmniOS.Styles.Tailwind.Utilities;

/// <summary>Typography: font family, size, weight, letter spacing, line height, text colour and alignment, decoration, wrapping, lists, line clamping.</summary>
internal static class TypographyUtilities
{
    private const string LineClamp = "overflow: hidden; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: {0}";

    private const string NumericVariants =
        "font-variant-numeric: var(--tw-ordinal,) var(--tw-slashed-zero,) var(--tw-numeric-figure,) var(--tw-numeric-spacing,) var(--tw-numeric-fraction,)";

    public static void Register(UtilityTable table)
    {
        var values = table.Values;

        // font-sans (a family from --font-*), font-bold (a weight from --font-weight-*), font-[550], font-[Inter].
        table.Functional("font", candidate =>
        {
            if (candidate.Negative || candidate.Modifier is not null || candidate.Value is not { } value)
                return null;
            if (!value.IsArbitrary)
            {
                if (values.FromTheme(candidate, "--font") is { } family)
                    return [FontFamily(table, value.Text, family)];
                return values.FromTheme(candidate, "--font-weight") is { } weight ? [FontWeight(weight)] : null;
            }
            if (value.DataType is "family-name" or "generic-name")
                return [new UtilityBlock([new("font-family", value.Text)])];
            if (value.DataType is "number" || value.DataType is null && (DataTypes.IsNumber(value.Text) || value.Text.StartsWith("var(", StringComparison.Ordinal)))
                return [FontWeight(value.Text)];
            return value.DataType is null or "any" ? [new UtilityBlock([new("font-family", value.Text)])] : null;
        }, () => [.. table.Theme.Keys("--font"), .. table.Theme.Keys("--font-weight")]);

        // text-lg (a size and its line height), text-lg/7, text-red-500, text-[14px], text-[#333].
        table.Functional("text", candidate =>
        {
            if (candidate.Negative || candidate.Value is not { } value)
                return null;
            if (!value.IsArbitrary && !value.Text.Contains("--", StringComparison.Ordinal) && table.Theme.Lookup(value.Text, "--text") is { } size)
                return FontSize(table, candidate, size, value.Text);
            if (value.IsArbitrary && (value.DataType is "length" or "percentage" or "absolute-size" or "relative-size"
                || value.DataType is null && !DataTypes.Is("color", value.Text)
                    && (DataTypes.IsLength(value.Text) || DataTypes.IsPercentage(value.Text) || DataTypes.Is("absolute-size", value.Text) || DataTypes.Is("relative-size", value.Text))))
                return FontSize(table, candidate, value.Text, null);
            return values.Color(candidate, "--text-color", "--color") is { } color ? [new UtilityBlock([new("color", color)])] : null;
        }, () => ["inherit", "current", "transparent", .. table.Theme.Keys("--text"), .. table.Theme.Keys("--color")]);
        table.Keywords("text", "text-align", "left", "center", "right", "justify", "start", "end");
        table.Keywords("text", "text-wrap", "wrap", "nowrap", "balance", "pretty");
        table.Static("truncate", "overflow: hidden; text-overflow: ellipsis; white-space: nowrap");
        table.Keywords("text", "text-overflow", "ellipsis", "clip");

        table.Value("tracking", ["letter-spacing"], new ValueOptions
        {
            Namespaces = ["--tracking"],
            Negative = true,
            Types = ["length", "any"],
            Before = "--tw-tracking: {value}",
        });
        table.Value("leading", ["line-height"], new ValueOptions
        {
            Keywords = ValueOptions.Map(("none", "1")),
            Namespaces = ["--leading"],
            Spacing = true,
            Types = ["length", "number", "percentage", "any"],
            Before = "--tw-leading: {value}",
        });

        table.Static("italic", "font-style: italic");
        table.Static("not-italic", "font-style: normal");
        table.Keywords("font-stretch", "font-stretch", "normal", "ultra-condensed", "extra-condensed", "condensed", "semi-condensed", "semi-expanded", "expanded", "extra-expanded", "ultra-expanded");
        foreach (var (name, variable, value) in new[]
        {
            ("ordinal", "--tw-ordinal", "ordinal"), ("slashed-zero", "--tw-slashed-zero", "slashed-zero"), ("lining-nums", "--tw-numeric-figure", "lining-nums"),
            ("oldstyle-nums", "--tw-numeric-figure", "oldstyle-nums"), ("proportional-nums", "--tw-numeric-spacing", "proportional-nums"),
            ("tabular-nums", "--tw-numeric-spacing", "tabular-nums"), ("diagonal-fractions", "--tw-numeric-fraction", "diagonal-fractions"),
            ("stacked-fractions", "--tw-numeric-fraction", "stacked-fractions"),
        })
            table.Static(name, $"{variable}: {value}; {NumericVariants}");
        table.Static("normal-nums", "font-variant-numeric: normal");
        table.Static("antialiased", "-webkit-font-smoothing: antialiased; -moz-osx-font-smoothing: grayscale");
        table.Static("subpixel-antialiased", "-webkit-font-smoothing: auto; -moz-osx-font-smoothing: auto");
        table.Keywords("", "text-transform", ("uppercase", "uppercase"), ("lowercase", "lowercase"), ("capitalize", "capitalize"), ("normal-case", "none"));

        table.Keywords("", "text-decoration-line", ("underline", "underline"), ("overline", "overline"), ("line-through", "line-through"), ("no-underline", "none"));
        table.Keywords("decoration", "text-decoration-style", "solid", "double", "dotted", "dashed", "wavy");
        table.Value("decoration", ["text-decoration-thickness"], new ValueOptions
        {
            Keywords = ValueOptions.Map(("auto", "auto"), ("from-font", "from-font")),
            BareValue = named => UtilityValues.Integer(named) is { } n ? n + "px" : null,
            Types = ["length", "percentage"],
            Suggestions = ["0", "1", "2", "4", "8"],
        });
        table.Color("decoration", "text-decoration-color");
        table.Value("underline-offset", ["text-underline-offset"], new ValueOptions
        {
            Keywords = ValueOptions.Map(("auto", "auto")),
            BareValue = named => UtilityValues.Integer(named) is { } n ? n + "px" : null,
            Negative = true,
            Types = ["length", "percentage", "any"],
            Suggestions = ["0", "1", "2", "4", "8"],
        });
        table.Value("indent", ["text-indent"], new ValueOptions { Keywords = ValueOptions.Map(("px", "1px")), Namespaces = ["--text-indent", "--spacing"], Spacing = true, Negative = true });
        table.Keywords("align", "vertical-align", "baseline", "top", "middle", "bottom", "text-top", "text-bottom", "sub", "super");
        table.Value("align", ["vertical-align"], new ValueOptions { Types = ["any"] });

        table.Keywords("whitespace", "white-space", "normal", "nowrap", "pre", "pre-line", "pre-wrap", "break-spaces");
        table.Static("break-normal", "overflow-wrap: normal; word-break: normal");
        table.Static("break-words", "overflow-wrap: break-word");
        table.Static("break-all", "word-break: break-all");
        table.Static("break-keep", "word-break: keep-all");
        table.Keywords("wrap", "overflow-wrap", ("break-word", "break-word"), ("anywhere", "anywhere"), ("normal", "normal"));
        foreach (var hyphens in new[] { "none", "manual", "auto" })
            table.Static($"hyphens-{hyphens}", $"-webkit-hyphens: {hyphens}; hyphens: {hyphens}");

        table.Keywords("list", "list-style-type", "disc", "decimal", "none");
        table.Keywords("list", "list-style-position", "inside", "outside");
        table.Value("list", ["list-style-type"], new ValueOptions { Namespaces = ["--list-style-type"], Types = ["any"] });
        table.Static("list-image-none", "list-style-image: none");
        table.Value("list-image", ["list-style-image"], new ValueOptions { Namespaces = ["--list-style-image"], Types = ["url", "image", "any"] });

        table.Static("line-clamp-none", "overflow: visible; display: block; -webkit-box-orient: horizontal; -webkit-line-clamp: unset");
        table.Functional("line-clamp", candidate =>
        {
            if (candidate.Negative || candidate.Modifier is not null)
                return null;
            var value = candidate.Named is { } named ? table.Values.FromTheme(candidate, "--line-clamp") ?? UtilityValues.Integer(named) : UtilityValues.Arbitrary(candidate, "number", "any");
            return value is null ? null : [UtilityBlock.Parse(string.Format(System.Globalization.CultureInfo.InvariantCulture, LineClamp, value))];
        }, () => ["1", "2", "3", "4", "5", "6"]);

        table.Static("content-none", "--tw-content: none; content: none");
        table.Functional("content", candidate => UtilityValues.Arbitrary(candidate, "any") is { } value && !candidate.Negative && candidate.Modifier is null
            ? [UtilityBlock.Parse($"--tw-content: {value}; content: var(--tw-content)")] : null);

        table.Functional("placeholder", candidate => candidate.Negative || values.Color(candidate) is not { } color ? null : [new UtilityBlock([new("color", color)], "&::placeholder", SortAs: "placeholder-color")],
            () => table.Theme.Keys("--color"));
        table.Color("caret", "caret-color");
        table.Color("accent", "accent-color");
    }

    private static UtilityBlock FontWeight(string weight) =>
        new([new("--tw-font-weight", weight), new("font-weight", weight)]);

    /// <summary>A family, with the feature and variation settings the theme gives it (<c>--font-sans--font-feature-settings</c>).</summary>
    private static UtilityBlock FontFamily(UtilityTable table, string key, string family)
    {
        var declarations = new List<CssDeclaration> { new("font-family", family) };
        foreach (var setting in new[] { "font-feature-settings", "font-variation-settings" })
        {
            if (table.Theme.Resolve($"--font-{key}--{setting}") is { } value)
                declarations.Add(new(setting, value));
        }
        return new UtilityBlock(declarations);
    }

    /// <summary>
    /// A font size: with the theme's line height for it (which <c>leading-*</c> overrides through
    /// <c>--tw-leading</c>), or the one the modifier gives (<c>/7</c>, <c>/loose</c>, <c>/[1.1]</c>).
    /// </summary>
    private static IReadOnlyList<UtilityBlock>? FontSize(UtilityTable table, UtilityCandidate candidate, string size, string? key)
    {
        var declarations = new List<CssDeclaration> { new("font-size", size) };
        if (candidate.Modifier is { } modifier)
        {
            var lineHeight = modifier.IsArbitrary ? modifier.Text
                : table.Theme.Lookup(modifier.Text, "--leading")
                  ?? (modifier.Text == "none" ? "1" : UtilityValues.IsSpacingMultiplier(modifier.Text) && table.Theme.Spacing is { } spacing ? $"calc({spacing} * {modifier.Text})" : null);
            if (lineHeight is null)
                return null;
            declarations.Add(new("line-height", lineHeight));
        }
        else if (key is not null)
        {
            if (table.Theme.Resolve($"--text-{key}--line-height") is { } lineHeight)
                declarations.Add(new("line-height", $"var(--tw-leading, {lineHeight})"));
            if (table.Theme.Resolve($"--text-{key}--letter-spacing") is { } tracking)
                declarations.Add(new("letter-spacing", $"var(--tw-tracking, {tracking})"));
            if (table.Theme.Resolve($"--text-{key}--font-weight") is { } weight)
                declarations.Add(new("font-weight", $"var(--tw-font-weight, {weight})"));
        }
        return [new UtilityBlock(declarations)];
    }
}
