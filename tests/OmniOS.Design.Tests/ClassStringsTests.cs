using OmniOS.Design.Source;
using OmniOS.Syntax;

namespace OmniOS.Design.Tests;

/// <summary>
/// Where the editor features find classes: the class strings of every className form, the class or word at a
/// position (what hover describes and completion replaces), and the strings that are not classes.
/// </summary>
public sealed class ClassStringsTests
{
    private static SyntaxNode Parse(string code) => SyntaxTree.Parse(code, "a.tsx").Root;

    /// <summary>The whole classes of every class string, each with the text at its span (checked against the source).</summary>
    private static List<string> Classes(string code) =>
        [.. ClassStrings.In(Parse(code)).SelectMany(s => s.Classes).Select(c =>
        {
            Assert.Equal(c.Name, code.Substring(c.Span.Start, c.Span.Length));
            return c.Name;
        })];

    /// <summary>The class string and word at the position of "|" (removed from the code).</summary>
    private static (ClassString? String, ClassToken? Class, string? Word) At(string marked)
    {
        var offset = marked.IndexOf('|', StringComparison.Ordinal);
        var code = marked.Remove(offset, 1);
        var found = ClassStrings.At(Parse(code), offset);
        return (found, found?.ClassAt(offset), found?.WordAt(offset).Name);
    }

    [Fact]
    public void A_string_className_in_quotes_or_braces_gives_its_classes_at_their_exact_spans()
    {
        Assert.Equal(["p-4", "flex"], Classes("const a = <div className=\"p-4  flex\" />;"));
        Assert.Equal(["p-4", "md:hover:bg-red-500/50"], Classes("const a = <div className={\"p-4\tmd:hover:bg-red-500/50\"} />;"));
        Assert.Equal(["a", "b"], Classes("const a = <div className={'a b'} />;"));
        Assert.Equal(["w-4", "h-4", "fill-current"], Classes("const a = <svg class=\"w-4 h-4\"><path class=\"fill-current\" /></svg>;"));
    }

    [Fact]
    public void A_template_gives_its_static_classes_and_the_strings_in_its_substitutions_not_the_classes_cut_by_them()
    {
        const string code = "const a = <p className={`p-4 ${on ? \"bg-red-500\" : \"bg-white\"} text-${size} m-2`} />;";

        Assert.Equal(["p-4", "bg-red-500", "bg-white", "m-2"], Classes(code));
        var strings = ClassStrings.In(Parse(code));
        var template = strings.Where(s => s.Text is "p-4 " or " text-" or " m-2").ToList();
        Assert.Equal(3, template.Count);
        Assert.Single(template.Select(s => s.Group).Distinct());
        Assert.DoesNotContain(strings.Where(s => s.Text is "bg-red-500" or "bg-white"), s => s.Group == template[0].Group);
    }

    [Fact]
    public void A_class_helper_call_gives_its_strings_conditional_strings_object_keys_and_array_items()
    {
        const string code = "const a = <p className={cn(\"px-4 py-2\", \"rounded\", isActive && \"bg-blue-500\", { \"opacity-50\": disabled, hidden: !shown }, [\"ring-2\", big ? \"text-lg\" : \"text-sm\"], className)} />;";

        Assert.Equal(["px-4", "py-2", "rounded", "bg-blue-500", "opacity-50", "ring-2", "text-lg", "text-sm"], Classes(code));
        var strings = ClassStrings.In(Parse(code));
        Assert.Equal(strings[0].Group, strings[1].Group);
        Assert.Equal(6, strings.Select(s => s.Group).Distinct().Count());
    }

    [Theory]
    [InlineData("clsx")]
    [InlineData("classNames")]
    [InlineData("twMerge")]
    [InlineData("cx")]
    public void Every_class_helper_is_read_also_outside_jsx_and_its_conditions_are_not(string helper)
    {
        var code = $"const button = {helper}(\"inline-flex\", size === \"lg\" && \"h-12\", variant ?? \"bg-white\");";

        Assert.Equal(["inline-flex", "h-12", "bg-white"], Classes(code));
    }

    [Fact]
    public void Conditions_comparisons_and_other_attributes_hold_no_classes()
    {
        Assert.Equal(["bg-blue-500", "bg-gray-100"], Classes("const a = <p className={variant === \"primary\" ? \"bg-blue-500\" : \"bg-gray-100\"} />;"));
        Assert.Empty(Classes("const a = <input placeholder=\"p-4\" title={\"flex\"} data-x={cond ? \"a\" : \"b\"} />;"));
        Assert.Empty(Classes("const x = \"p-4 flex\"; const y = other(\"p-4\");"));
    }

    [Fact]
    public void Joined_arrays_helpers_inside_other_calls_and_concatenations_are_read()
    {
        Assert.Equal(["a", "b"], Classes("const a = <p className={[\"a\", on && \"b\"].join(\" \")} />;"));
        Assert.Equal(["a"], Classes("const a = <p className={wrap(cn(\"a\"))} />;"));
        Assert.Equal(["rounded", "m-2"], Classes("const a = <p className={\"rounded p-\" + size + \" m-2\"} />;"));
    }

    [Fact]
    public void The_class_under_a_position_is_found_in_each_form()
    {
        Assert.Equal("bg-red-500", At("const a = <div className=\"p-4 bg-r|ed-500\" />;").Class?.Name);
        Assert.Equal("p-4", At("const a = <div className=\"|p-4\" />;").Class?.Name);
        Assert.Equal("m-2", At("const a = <p className={`p-4 ${x} m-|2`} />;").Class?.Name);
        Assert.Equal("text-lg", At("const a = <p className={cn(\"a\", on && \"text-l|g\")} />;").Class?.Name);
        Assert.Equal("opacity-50", At("const a = <p className={clsx({ \"opacity-|50\": off })} />;").Class?.Name);
        Assert.Equal("h-12", At("const b = twMerge(\"h|-12\");").Class?.Name);
    }

    [Fact]
    public void Between_classes_or_past_a_class_there_is_a_word_to_complete_but_no_class_to_describe()
    {
        var afterClass = At("const a = <div className=\"p-4| flex\" />;");
        Assert.Null(afterClass.Class);
        Assert.Equal("p-4", afterClass.Word);
        var between = At("const a = <div className=\"p-4 | flex\" />;");
        Assert.Null(between.Class);
        Assert.Equal("", between.Word);
        Assert.Equal("", At("const a = <div className=\"|\" />;").Word);
        Assert.Equal("md:hover:bg-", At("const a = <div className={cn(\"flex md:hover:bg-|\")} />;").Word);
    }

    [Fact]
    public void A_string_the_user_has_not_closed_yet_still_gives_the_word_being_typed()
    {
        var typing = At("const a = <div className=\"p-4 bg-|\n/>;");

        Assert.NotNull(typing.String);
        Assert.Equal("bg-", typing.Word);
    }

    [Fact]
    public void Positions_outside_class_strings_find_nothing()
    {
        Assert.Null(At("const a = <p className={variant === \"prim|ary\" ? \"a\" : \"b\"} />;").String);
        Assert.Null(At("const a = <p className={`p-4 ${si|ze}`} />;").String);
        Assert.Null(At("const a = <p title=\"p-|4\" />;").String);
        Assert.Null(At("const x = \"p-|4\";").String);
        Assert.Null(At("const a = <p className={cn(\"a\")}>p-|4</p>;").String);
    }

    [Fact]
    public void A_word_cut_by_a_substitution_is_neither_described_nor_completed()
    {
        var (found, cut, _) = At("const a = <p className={`bg-|${color}-500`} />;");

        Assert.NotNull(found);
        Assert.Null(cut);
        var word = found!.WordAt(found.Content.End);
        Assert.False(found.IsWhole(word.Span.Start - found.Content.Start, word.Span.End - found.Content.Start));
    }

    [Fact]
    public void Inline_style_values_are_found_with_their_property_also_under_a_condition()
    {
        const string code = "const a = <p style={{ color: \"#333\", backgroundColor: on ? \"rgb(0 0 0)\" : \"white\", \"--accent\": 'red', padding: 4, margin: m }} />;";

        var values = InlineStyleStrings.In(Parse(code));

        Assert.Equal([("color", "#333"), ("backgroundColor", "rgb(0 0 0)"), ("backgroundColor", "white"), ("--accent", "red")], values.Select(v => (v.Property, v.Text)));
        Assert.All(values, v => Assert.Equal(v.Text, code.Substring(v.Content.Start, v.Content.Length)));
    }
}
