using OmniOS.Design.Commands;
using static OmniOS.Design.Tests.CommandTestHelpers;

namespace OmniOS.Design.Tests;

/// <summary>`addClass` and `removeClass` on each form a className takes.</summary>
public sealed class ClassTests
{
    private static Func<int, int, DesignCommand> Add(string name) => (at, _) => new AddClassCommand(at, name);

    private static Func<int, int, DesignCommand> Remove(string name) => (at, _) => new RemoveClassCommand(at, name);

    [Fact]
    public void A_class_is_added_at_the_end_of_a_string_className()
    {
        Assert.Equal("const a = <p className=\"a b p-4\">x</p>;", Apply("const a = $0<p className=\"a b\">x</p>;", Add("p-4")));
        Assert.Equal("const a = <p className={\"a p-4\"}>x</p>;", Apply("const a = $0<p className={\"a\"}>x</p>;", Add("p-4")));
        Assert.Equal("const a = <p className=\"p-4\">x</p>;", Apply("const a = $0<p className=\"\">x</p>;", Add("p-4")));
    }

    [Fact]
    public void A_class_is_added_to_the_static_end_of_a_template_literal()
    {
        Assert.Equal("const a = <p className={`a p-4`} />;", Apply("const a = $0<p className={`a`} />;", Add("p-4")));
        Assert.Equal("const a = <p className={`a ${b} p-4`} />;", Apply("const a = $0<p className={`a ${b}`} />;", Add("p-4")));
        Assert.Equal("const a = <p className={`${b} c p-4`} />;", Apply("const a = $0<p className={`${b} c`} />;", Add("p-4")));
    }

    [Fact]
    public void A_class_is_added_to_the_outer_template_not_one_nested_in_its_expression()
    {
        var result = Apply("const a = $0<p className={`a ${x ? `b ${y}` : \"\"} c`} />;", Add("p-4"));

        Assert.Equal("const a = <p className={`a ${x ? `b ${y}` : \"\"} c p-4`} />;", result);
    }

    [Fact]
    public void A_class_is_added_to_the_first_string_of_a_cn_call_or_as_a_new_argument()
    {
        Assert.Equal("const a = <p className={cn(\"a p-4\", on && \"b\")} />;", Apply("const a = $0<p className={cn(\"a\", on && \"b\")} />;", Add("p-4")));
        Assert.Equal("const a = <p className={clsx(on && 'b', 'p-4')} />;", Apply("const a = $0<p className={clsx(on && 'b')} />;", Add("p-4")));
        Assert.Equal("const a = <p className={cn(\"p-4\")} />;", Apply("const a = $0<p className={cn()} />;", Add("p-4")));
    }

    [Fact]
    public void An_element_without_a_className_gets_one_in_the_files_jsx_quote()
    {
        Assert.Equal("const a = <p id=\"x\" className=\"p-4\" />;", Apply("const a = $0<p id=\"x\" />;", Add("p-4")));
        Assert.Equal("const a = <p id='x' className='p-4' />;", Apply("const a = $0<p id='x' />;", Add("p-4")));
    }

    [Fact]
    public void A_class_the_element_already_has_changes_nothing()
    {
        Assert.Equal("const a = <p className=\"a p-4\" />;", Apply("const a = $0<p className=\"a p-4\" />;", Add("p-4")));
    }

    [Fact]
    public void A_class_attribute_is_used_where_the_element_has_one()
    {
        Assert.Equal("const a = <svg class=\"icon big\" />;", Apply("const a = $0<svg class=\"icon\" />;", Add("big")));
    }

    [Fact]
    public void A_computed_className_is_refused_and_left_alone()
    {
        Assert.Contains("computed", Refusal("const a = $0<p className={styles.box} />;", Add("p-4")));
        Assert.Contains("computed", Refusal("const a = $0<p className={on ? \"a\" : \"b\"} />;", Add("p-4")));
        Assert.Contains("computed", Refusal("const a = $0<p className={styles.box} />;", Remove("box")));
    }

    [Fact]
    public void A_class_name_with_spaces_or_quotes_is_refused()
    {
        Assert.Contains("not a single class name", Refusal("const a = $0<p />;", Add("a b")));
        Assert.Contains("not a single class name", Refusal("const a = $0<p />;", Add("a\"")));
    }

    [Fact]
    public void A_class_is_removed_with_one_space_next_to_it()
    {
        Assert.Equal("const a = <p className=\"a c\" />;", Apply("const a = $0<p className=\"a b c\" />;", Remove("b")));
        Assert.Equal("const a = <p className=\"b c\" />;", Apply("const a = $0<p className=\"a b c\" />;", Remove("a")));
        Assert.Equal("const a = <p className={`a ${x}`} />;", Apply("const a = $0<p className={`a b ${x}`} />;", Remove("b")));
        Assert.Equal("const a = <p className={cn(\"a\", on && \"b\")} />;", Apply("const a = $0<p className={cn(\"a c\", on && \"b\")} />;", Remove("c")));
    }

    [Fact]
    public void Removing_the_only_class_removes_the_attribute()
    {
        Assert.Equal("const a = <p id=\"x\" />;", Apply("const a = $0<p id=\"x\" className=\"a\" />;", Remove("a")));
    }

    [Fact]
    public void A_class_glued_to_a_template_expression_is_not_a_class_of_its_own()
    {
        // `btn-${size}` is one computed class: "btn-" alone cannot be removed, and "x" is not there.
        Assert.Contains("no static class 'btn-'", Refusal("const a = $0<p className={`btn-${size} a`} />;", Remove("btn-")));
        Assert.Contains("no static class 'x'", Refusal("const a = $0<p className={`a ${y}x`} />;", Remove("x")));
    }

    [Fact]
    public void Removing_a_class_the_element_does_not_have_is_refused()
    {
        Assert.Contains("no static class 'z'", Refusal("const a = $0<p className=\"a\" />;", Remove("z")));
        Assert.Contains("no className", Refusal("const a = $0<p />;", Remove("z")));
    }

    [Fact]
    public void A_class_is_added_on_an_element_in_a_map_callback_in_a_crlf_file()
    {
        var result = Apply("const a = (\r\n  <ul>\r\n    {list.map(i => $0<li key={i} className=\"row\">{i}</li>)}\r\n  </ul>\r\n);\r\n", Add("odd"));

        Assert.Equal("const a = (\r\n  <ul>\r\n    {list.map(i => <li key={i} className=\"row odd\">{i}</li>)}\r\n  </ul>\r\n);\r\n", result);
    }

    private static Func<int, int, DesignCommand> Replace(string remove, string add) =>
        (at, _) => new ReplaceClassesCommand(at, remove.Split(' ', StringSplitOptions.RemoveEmptyEntries), add.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void Replacing_a_class_puts_the_new_one_where_the_old_one_stood()
    {
        Assert.Equal("const a = <p className=\"flex p-6 text-sm\" />;", Apply("const a = $0<p className=\"flex p-4 text-sm\" />;", Replace("p-4", "p-6")));
        Assert.Equal("const a = <p className=\"flex pl-2 pr-4 text-sm\" />;", Apply("const a = $0<p className=\"flex px-4 text-sm\" />;", Replace("px-4", "pl-2 pr-4")));
    }

    [Fact]
    public void Several_classes_go_in_one_edit_whatever_their_order_and_neighbours()
    {
        Assert.Equal("const a = <p className=\"px-4 flex\" />;", Apply("const a = $0<p className=\"pl-4 pr-2 flex\" />;", Replace("pl-4 pr-2", "px-4")));
        Assert.Equal("const a = <p className=\"flex p-4\" />;", Apply("const a = $0<p className=\"flex px-4 p-4 py-4\" />;", Replace("px-4 py-4", "")));
        Assert.Equal("const a = <p className=\"a\" />;", Apply("const a = $0<p className=\"x a y\" />;", Replace("x y", "")));
    }

    [Fact]
    public void Replacing_works_in_templates_and_cn_calls_without_touching_the_code()
    {
        Assert.Equal("const a = <p className={`${b} p-6 c`} />;", Apply("const a = $0<p className={`${b} p-4 c`} />;", Replace("p-4", "p-6")));
        Assert.Equal("const a = <p className={`${b} c`} />;", Apply("const a = $0<p className={`${b} p-4 c`} />;", Replace("p-4", "")));
        Assert.Equal("const a = <p className={`a ${b}`} />;", Apply("const a = $0<p className={`a p-4 ${b}`} />;", Replace("p-4", "")));
        Assert.Equal("const a = <p className={cn(\"a md:p-6\", on && \"b\")} />;", Apply("const a = $0<p className={cn(\"a md:p-4\", on && \"b\")} />;", Replace("md:p-4", "md:p-6")));
    }

    [Fact]
    public void Removing_every_class_of_a_plain_className_removes_the_attribute_and_adding_only_appends()
    {
        Assert.Equal("const a = <p id=\"x\" />;", Apply("const a = $0<p id=\"x\" className=\"p-4 m-2\" />;", Replace("p-4 m-2", "")));
        Assert.Equal("const a = <p className=\"flex md:flex-row\" />;", Apply("const a = $0<p className=\"flex\" />;", Replace("", "md:flex-row")));
        Assert.Equal("const a = <p className=\"p-4 m-2\" />;", Apply("const a = $0<p />;", Replace("", "p-4 m-2")));
        Assert.Equal("const a = <p className=\"flex p-4\" />;", Apply("const a = $0<p className=\"flex p-4\" />;", Replace("p-4", "p-4 flex")));
    }

    [Fact]
    public void Replacing_a_class_the_element_does_not_have_or_in_a_computed_className_is_refused()
    {
        Assert.Contains("no static class 'p-8'", Refusal("const a = $0<p className=\"p-4\" />;", Replace("p-8", "p-6")));
        Assert.Contains("computed", Refusal("const a = $0<p className={styles.box} />;", Replace("p-4", "p-6")));
        Assert.Contains("not a single class name", Refusal("const a = $0<p className=\"p-4\" />;", Replace("p-4", "a\"b")));
    }
}
