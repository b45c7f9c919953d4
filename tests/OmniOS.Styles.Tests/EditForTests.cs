using OmniOS.Styles.Editing;

namespace OmniOS.Styles.Tests;

/// <summary>CSS → class edits: what the inspector's change does to an element's class list.</summary>
public sealed class EditForTests
{
    /// <summary>The edit as "-removed +added", in order.</summary>
    private static string Edit(string classes, string property, string? value, string? variant = null)
    {
        var edit = TailwindStyles.Default.EditFor(classes.Split(' ', StringSplitOptions.RemoveEmptyEntries), property, value, variant);
        return string.Join(' ', edit.Remove.Select(r => "-" + r).Concat(edit.Add.Select(a => "+" + a)));
    }

    [Fact]
    public void The_class_that_set_the_property_is_replaced_not_kept_beside_the_new_one()
    {
        Assert.Equal("-p-4 +p-6", Edit("flex p-4 text-sm", "padding", "24px"));
        Assert.Equal("-bg-red-500 +bg-black", Edit("bg-red-500 hover:bg-red-600", "backgroundColor", "#000"));
        Assert.Equal("-text-lg +text-xl", Edit("text-lg font-bold", "fontSize", "20px"));
    }

    [Fact]
    public void A_value_already_set_changes_nothing()
    {
        Assert.Equal("", Edit("p-4", "padding", "16px"));
        Assert.Equal("", Edit("p-[23px]", "padding", "23px"));
    }

    [Fact]
    public void Sides_that_agree_are_merged_into_the_shorthand()
    {
        Assert.Equal("-pl-4 -pr-2 +px-4", Edit("pl-4 pr-2", "paddingRight", "16px"));
        Assert.Equal("-px-4 -pt-4 -pb-2 +p-4", Edit("px-4 pt-4 pb-2 flex", "paddingBottom", "16px"));
        Assert.Equal("-pl-4 -pr-4 -pt-4 -pb-2 +p-4", Edit("pl-4 pr-4 pt-4 pb-2", "paddingBottom", "1rem"));
        Assert.Equal("-w-4 -h-8 +size-8", Edit("w-4 h-8", "width", "32px"));
    }

    [Fact]
    public void One_side_that_differs_is_written_after_the_shorthand_which_stays()
    {
        Assert.Equal("+pl-2", Edit("px-4 py-2", "padding-left", "8px"));
        Assert.Equal("+pt-8", Edit("p-4", "paddingTop", "32px"));
        Assert.Equal("+rounded-tl-none", Edit("rounded-lg", "borderTopLeftRadius", "0"));
        Assert.Equal("+w-8", Edit("size-4", "width", "32px"));
    }

    [Fact]
    public void Removing_one_side_of_a_shorthand_keeps_the_others()
    {
        Assert.Equal("-px-4 +pr-4", Edit("px-4", "padding-left", null));
        Assert.Equal("-p-4", Edit("p-4 m-2", "padding", null));
        Assert.Equal("-p-4", Edit("p-4 m-2", "padding", ""));
    }

    [Fact]
    public void The_edit_happens_at_the_variant_the_frame_shows_and_leaves_other_variants_alone()
    {
        Assert.Equal("-md:p-8 +md:p-6", Edit("flex p-4 md:p-8 lg:p-10", "padding", "24px", "md"));
        Assert.Equal("+md:flex-row", Edit("flex flex-col", "flexDirection", "row", "md"));
        Assert.Equal("-hover:bg-red-600 +hover:bg-blue-500", Edit("bg-red-500 hover:bg-red-600", "background-color", "oklch(62.3% 0.214 259.815)", "hover"));
    }

    [Fact]
    public void Nothing_is_written_where_a_smaller_breakpoint_already_gives_the_value()
    {
        Assert.Equal("", Edit("p-4", "padding", "16px", "md"));
        Assert.Equal("-md:p-8", Edit("p-4 md:p-8", "padding", "16px", "md"));
        Assert.Equal("-lg:text-lg", Edit("text-lg sm:text-xl lg:text-lg", "fontSize", "20px", "lg"));
    }

    [Fact]
    public void Classes_that_set_more_than_the_property_and_unknown_classes_are_kept()
    {
        Assert.Equal("+leading-7", Edit("text-lg", "lineHeight", "28px"));
        Assert.Equal("+whitespace-normal", Edit("truncate", "whiteSpace", "normal"));
        Assert.Equal("-p-4 +p-6", Edit("my-widget p-4 js-hook", "padding", "24px"));
        Assert.Equal("-border-red-500 +border-black", Edit("border border-red-500", "borderColor", "#000"));
    }

    [Fact]
    public void Applying_an_edit_puts_the_new_class_where_the_old_one_was()
    {
        string[] classes = ["flex", "p-4", "text-sm"];

        var edit = TailwindStyles.Default.EditFor(classes, "padding", "24px");

        Assert.Equal(["flex", "p-6", "text-sm"], edit.ApplyTo(classes));
        Assert.Equal(["flex", "p-4", "text-sm", "md:flex-row"], TailwindStyles.Default.EditFor(classes, "flex-direction", "row", "md").ApplyTo(classes));
    }

    [Fact]
    public void The_inspector_reads_each_value_with_the_class_it_comes_from_per_breakpoint()
    {
        string[] classes = ["flex", "px-4", "py-2", "md:p-8", "text-lg", "lg:text-xl", "hover:bg-black", "bg-white"];
        var styles = TailwindStyles.Default;

        Assert.Equal(new ClassValue("padding-left", "1rem", "px-4", false), styles.ValueOf(classes, "paddingLeft"));
        Assert.Equal(new ClassValue("padding-left", "2rem", "md:p-8", false), styles.ValueOf(classes, "padding-left", "md"));
        Assert.Equal(new ClassValue("padding", "2rem", "md:p-8", true), styles.ValueOf(classes, "padding", "lg"));
        Assert.Null(styles.ValueOf(classes, "padding"));
        Assert.Equal(new ClassValue("font-size", "1.125rem", "text-lg", true), styles.ValueOf(classes, "fontSize", "md"));
        Assert.Equal("lg:text-xl", styles.ValueOf(classes, "font-size", "xl")?.ClassName);
        Assert.Equal(new ClassValue("background-color", "#000", "hover:bg-black", false), styles.ValueOf(classes, "backgroundColor", "hover"));
        Assert.Null(styles.ValueOf(classes, "color"));
    }
}
