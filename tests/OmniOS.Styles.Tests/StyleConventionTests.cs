using OmniOS.Styles.Conventions;

namespace OmniOS.Styles.Tests;

/// <summary>Which convention an edit uses: the file's, the element's, or the project setting's.</summary>
public sealed class StyleConventionTests
{
    private static readonly TailwindStyles Styles = TailwindStyles.Default;

    private static ElementStyling Classes(params string[] classes) => new(classes, true, [], true);

    private static ElementStyling Inline(params string[] properties) => new([], true, properties, true);

    [Fact]
    public void A_file_that_styles_with_tailwind_classes_gets_classes_and_one_with_style_objects_gets_inline_styles()
    {
        Assert.Equal(StyleConvention.Classes, StyleConventions.ForFile([Classes("flex", "p-4"), Classes("text-sm"), Inline("color")], Styles));
        Assert.Equal(StyleConvention.Inline, StyleConventions.ForFile([Inline("padding"), Inline("color"), Classes("flex")], Styles));
    }

    [Fact]
    public void Classes_tailwind_does_not_know_do_not_make_a_file_a_tailwind_file()
    {
        Assert.Equal(StyleConvention.Inline, StyleConventions.ForFile([Classes("card", "card__title"), Classes("btn-primary"), Inline("margin")], Styles));
    }

    [Fact]
    public void A_file_with_no_styles_follows_the_project()
    {
        Assert.Equal(StyleConvention.Classes, StyleConventions.ForFile([ElementStyling.Unstyled], Styles, projectUsesTailwind: true));
        Assert.Equal(StyleConvention.Inline, StyleConventions.ForFile([ElementStyling.Unstyled], Styles, projectUsesTailwind: false));
    }

    [Fact]
    public void An_element_is_edited_the_way_it_is_already_styled_whatever_the_file_does()
    {
        Assert.Equal(StyleConvention.Inline, StyleConventions.ForElement(Inline("margin"), "padding", StyleConvention.Classes, Styles));
        Assert.Equal(StyleConvention.Classes, StyleConventions.ForElement(Classes("p-4"), "color", StyleConvention.Inline, Styles));
        Assert.Equal(StyleConvention.Inline, StyleConventions.ForElement(ElementStyling.Unstyled, "color", StyleConvention.Inline, Styles));
    }

    [Fact]
    public void Where_an_element_uses_both_the_property_is_edited_where_it_is_set()
    {
        var both = new ElementStyling(["p-4", "text-sm"], true, ["color"], true);

        Assert.Equal(StyleConvention.Inline, StyleConventions.ForElement(both, "color", StyleConvention.Classes, Styles));
        Assert.Equal(StyleConvention.Classes, StyleConventions.ForElement(both, "paddingTop", StyleConvention.Classes, Styles));
    }

    [Fact]
    public void The_project_setting_forces_a_convention_unless_that_form_is_computed()
    {
        Assert.Equal(StyleConvention.Inline, StyleConventions.ForElement(Classes("p-4"), "padding", StyleConvention.Classes, Styles, ConventionSetting.Inline));
        Assert.Equal(StyleConvention.Classes, StyleConventions.ForElement(Inline("padding"), "padding", StyleConvention.Inline, Styles, ConventionSetting.Tailwind));
        Assert.Equal(StyleConvention.Inline, StyleConventions.ForFile([Classes("p-4")], Styles, setting: ConventionSetting.Inline));
        var computedClasses = new ElementStyling([], false, [], true);
        Assert.Equal(StyleConvention.Inline, StyleConventions.ForElement(computedClasses, "padding", StyleConvention.Classes, Styles, ConventionSetting.Tailwind));
    }

    [Fact]
    public void The_plan_is_a_class_edit_or_an_inline_property_in_the_elements_convention()
    {
        var classes = Assert.IsType<ClassChange>(StyleConventions.Plan(Classes("flex", "p-4"), "padding", "24px", null, StyleConvention.Classes, Styles));
        Assert.Equal(["p-4"], classes.Edit.Remove);
        Assert.Equal(["p-6"], classes.Edit.Add);

        Assert.Equal(new InlineChange("padding-top", "24px"), StyleConventions.Plan(Inline("margin"), "paddingTop", "24px", null, StyleConvention.Inline, Styles));
        Assert.Equal(new InlineChange("color", null), StyleConventions.Plan(Inline("color"), "color", "", null, StyleConvention.Inline, Styles));
    }

    [Fact]
    public void A_breakpoint_edit_on_an_inline_styled_element_takes_a_class_or_is_refused_with_a_reason()
    {
        var atMd = Assert.IsType<ClassChange>(StyleConventions.Plan(Inline("margin"), "padding", "24px", "md", StyleConvention.Inline, Styles));
        Assert.Equal(["md:p-6"], atMd.Edit.Add);

        var refused = Assert.IsType<RefusedChange>(StyleConventions.Plan(new ElementStyling([], false, ["padding"], true), "padding", "24px", "md", StyleConvention.Inline, Styles));
        Assert.Contains("md", refused.Reason);
    }

    [Fact]
    public void A_class_the_inline_style_would_hide_is_refused_with_a_reason()
    {
        var atMd = Assert.IsType<RefusedChange>(StyleConventions.Plan(Inline("padding"), "padding-top", "24px", "md", StyleConvention.Inline, Styles));
        var forced = Assert.IsType<RefusedChange>(StyleConventions.Plan(Inline("paddingLeft"), "padding", "24px", null, StyleConvention.Classes, Styles, ConventionSetting.Tailwind));

        Assert.Contains("The inline style sets padding", atMd.Reason);
        Assert.Contains("without a variant", atMd.Reason);
        Assert.Contains("The inline style sets paddingLeft", forced.Reason);
        Assert.IsType<ClassChange>(StyleConventions.Plan(Inline("paddingLeft"), "padding", null, "md", StyleConvention.Classes, Styles));
    }

    [Fact]
    public void A_side_of_a_shorthand_the_inline_style_sets_is_edited_in_the_style()
    {
        var both = new ElementStyling(["flex", "gap-2"], true, ["padding"], true);

        Assert.Equal(new InlineChange("padding-top", "24px"), StyleConventions.Plan(both, "paddingTop", "24px", null, StyleConvention.Classes, Styles));
    }
}
