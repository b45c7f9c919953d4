using OmniOS.Styles.Conventions;

namespace OmniOS.Styles.Tests;

/// <summary>What the inspector reads besides class values: inline style values, where an edit goes, and the theme's scales.</summary>
public sealed class InspectorSupportTests
{
    private static readonly TailwindStyles Styles = TailwindStyles.Default;

    [Fact]
    public void An_inline_value_comes_from_the_property_or_from_the_side_of_a_shorthand_that_sets_it_last()
    {
        (string, string?)[] style = [("padding", "8px 16px 4px"), ("color", "red"), ("marginTop", null), ("borderRadius", "4px"), ("borderTopLeftRadius", "0")];

        Assert.Equal(new InlineValue("padding", "8px"), InlineStyleValues.ValueOf(style, "padding-top"));
        Assert.Equal(new InlineValue("padding", "16px"), InlineStyleValues.ValueOf(style, "paddingLeft"));
        Assert.Equal(new InlineValue("padding", "4px"), InlineStyleValues.ValueOf(style, "padding-bottom"));
        Assert.Equal(new InlineValue("padding", "8px 16px 4px"), InlineStyleValues.ValueOf(style, "padding"));
        Assert.Equal(new InlineValue("color", "red"), InlineStyleValues.ValueOf(style, "color"));
        Assert.Equal(new InlineValue("marginTop", null), InlineStyleValues.ValueOf(style, "margin-top"));
        Assert.Equal(new InlineValue("borderTopLeftRadius", "0"), InlineStyleValues.ValueOf(style, "border-top-left-radius"));
        Assert.Equal(new InlineValue("borderRadius", "4px"), InlineStyleValues.ValueOf(style, "border-bottom-right-radius"));
        Assert.Null(InlineStyleValues.ValueOf(style, "margin-left"));
    }

    [Fact]
    public void The_target_of_an_edit_is_the_elements_own_form_a_class_at_a_breakpoint_or_a_refusal_with_its_reason()
    {
        var inline = new ElementStyling([], true, ["margin"], true);
        var computed = new ElementStyling([], false, ["padding"], true);

        Assert.Equal(new StyleTarget(StyleConvention.Inline, null), StyleConventions.TargetOf(inline, "padding", null, StyleConvention.Inline, Styles));
        Assert.Equal(new StyleTarget(StyleConvention.Classes, null), StyleConventions.TargetOf(inline, "padding", "md", StyleConvention.Inline, Styles));
        Assert.Contains("without a variant", StyleConventions.TargetOf(inline, "margin-top", "md", StyleConvention.Inline, Styles).Refusal);
        Assert.Contains("className is computed", StyleConventions.TargetOf(computed, "padding", "hover", StyleConvention.Inline, Styles).Refusal);
    }

    [Fact]
    public void The_scales_give_the_themes_colours_spacing_type_radii_shadows_and_breakpoints_with_their_values()
    {
        var scales = TailwindStyles.FromCss("@theme { --color-brand-500: #4f6bf5; --radius-card: 10px; }").Scales;

        Assert.Contains(new Theme.ScaleStep("brand-500", "#4f6bf5", null, true), scales.Colors);
        Assert.Contains(scales.Colors, c => c.Name == "red-500" && c.Value.StartsWith("oklch(", StringComparison.Ordinal) && !c.Project);
        Assert.Contains(new Theme.ScaleStep("6", "1.5rem", 24, false), scales.Spacing);
        Assert.Contains(new Theme.ScaleStep("px", "1px", 1, false), scales.Spacing);
        Assert.Equal("96", scales.Spacing[^1].Name);
        Assert.Contains(new Theme.ScaleStep("xl", "1.25rem", 20, false), scales.FontSizes);
        Assert.Contains(new Theme.ScaleStep("bold", "700", null, false), scales.FontWeights);
        Assert.Contains(scales.LineHeights, l => l.Name == "tight" && l.Value == "1.25");
        Assert.Contains(scales.LetterSpacings, l => l.Name == "tight" && l.Value == "-0.025em");
        Assert.Contains(new Theme.ScaleStep("card", "10px", 10, true), scales.Radii);
        Assert.Contains(scales.Shadows, s => s.Name == "md");
        Assert.Equal(["sm", "md", "lg", "xl", "2xl"], scales.Breakpoints.Select(b => b.Name));
        Assert.Equal([640.0, 768, 1024, 1280, 1536], scales.Breakpoints.Select(b => b.Pixels!.Value));
    }

    [Fact]
    public void Every_step_of_a_scale_is_written_back_as_its_theme_class()
    {
        var styles = TailwindStyles.FromCss("@theme { --color-brand-500: #4f6bf5; --radius-card: 10px; }");
        var scales = styles.Scales;
        // Named steps are sent as their variable, so equal values (neutral-50 and zinc-50, rounded and rounded-sm) keep the name picked.
        (string Property, string Prefix, string? Namespace, IReadOnlyList<Theme.ScaleStep> Steps)[] controls =
        [
            ("background-color", "bg-", "--color", scales.Colors), ("padding", "p-", null, scales.Spacing), ("font-size", "text-", "--text", scales.FontSizes),
            ("font-weight", "font-", "--font-weight", scales.FontWeights), ("line-height", "leading-", "--leading", scales.LineHeights),
            ("letter-spacing", "tracking-", "--tracking", scales.LetterSpacings), ("border-radius", "rounded-", "--radius", scales.Radii),
            ("box-shadow", "shadow-", "--shadow", scales.Shadows),
        ];

        var wrong = controls.SelectMany(c => c.Steps.Select(step => (
                Expected: c.Prefix + step.Name,
                Actual: styles.ClassFor(c.Property, c.Namespace is null ? step.Value : $"var({c.Namespace}-{step.Name})"))))
            .Where(pair => pair.Actual != pair.Expected).Select(pair => $"{pair.Expected} written as {pair.Actual}").ToList();

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }
}
