using OmniOS.Design.Commands;
using static OmniOS.Design.Tests.CommandTestHelpers;

namespace OmniOS.Design.Tests;

public sealed class SetAttributeTests
{
    private static Func<int, int, DesignCommand> Set(string name, string value) => (at, _) => new SetAttributeCommand(at, name, AttributeValue.String(value));

    [Fact]
    public void A_new_attribute_goes_after_the_last_one_on_the_same_line()
    {
        Assert.Equal("const a = <div id=\"x\" title=\"Hi\">x</div>;", Apply("const a = $0<div id=\"x\">x</div>;", Set("title", "Hi")));
        Assert.Equal("const a = <div title=\"Hi\">x</div>;", Apply("const a = $0<div>x</div>;", Set("title", "Hi")));
        Assert.Equal("const a = <img src=\"a\" alt=\"Hi\" />;", Apply("const a = $0<img src=\"a\" />;", Set("alt", "Hi")));
    }

    [Fact]
    public void A_new_attribute_gets_a_line_of_its_own_when_the_attributes_have_one_each()
    {
        var result = Apply("""
            const a = (
              $0<input
                id="x"
                type="text"
              />
            );
            """, Set("title", "Hi"));

        Assert.Equal("""
            const a = (
              <input
                id="x"
                type="text"
                title="Hi"
              />
            );
            """, result);
    }

    [Fact]
    public void A_new_attribute_line_uses_the_files_crlf_and_tabs()
    {
        var result = Apply("const a = (\r\n\t$0<input\r\n\t\tid=\"x\"\r\n\t/>\r\n);\r\n", Set("title", "Hi"));

        Assert.Equal("const a = (\r\n\t<input\r\n\t\tid=\"x\"\r\n\t\ttitle=\"Hi\"\r\n\t/>\r\n);\r\n", result);
    }

    [Fact]
    public void A_changed_value_keeps_the_attributes_place_and_the_files_jsx_quote()
    {
        Assert.Equal("const a = <a title='New' href='/'>x</a>;", Apply("const a = $0<a title='Old' href='/'>x</a>;", Set("title", "New")));
    }

    [Fact]
    public void A_value_holding_the_quote_takes_the_other_quote_or_a_string_expression()
    {
        Assert.Equal("const a = <p title='A \"quoted\" title' />;", Apply("const a = $0<p title=\"x\" />;", Set("title", "A \"quoted\" title")));
        Assert.Equal("const a = <p title={\"Both \\\" and '\"} />;", Apply("const a = $0<p title=\"x\" />;", Set("title", "Both \" and '")));
    }

    [Fact]
    public void A_value_a_jsx_string_cannot_hold_exactly_becomes_a_string_expression()
    {
        // JSX strings decode entities and have no escapes: "&amp;" and line breaks need a JavaScript string.
        Assert.Equal("const a = <p title={\"&amp;\"} />;", Apply("const a = $0<p />;", Set("title", "&amp;")));
        Assert.Equal("const a = <p title={\"two\\nlines\"} />;", Apply("const a = $0<p />;", Set("title", "two\nlines")));
        Assert.Equal("const a = <p title=\"a & b < c\" />;", Apply("const a = $0<p />;", Set("title", "a & b < c")));
    }

    [Fact]
    public void An_attribute_given_as_an_expression_is_replaced_by_the_new_value()
    {
        var result = Apply("const a = $0<p title={t(\"x\")}>x</p>;", Set("title", "Plain"));

        Assert.Equal("const a = <p title=\"Plain\">x</p>;", result);
    }

    [Fact]
    public void A_code_value_is_written_in_braces()
    {
        var result = Apply("const a = $0<input maxLength=\"3\" />;", (at, _) => new SetAttributeCommand(at, "maxLength", AttributeValue.Code("10")));

        Assert.Equal("const a = <input maxLength={10} />;", result);
    }

    [Fact]
    public void An_attribute_without_a_value_gets_one()
    {
        var result = Apply("const a = $0<input disabled />;", (at, _) => new SetAttributeCommand(at, "disabled", AttributeValue.Code("false")));

        Assert.Equal("const a = <input disabled={false} />;", result);
    }

    [Fact]
    public void A_new_attribute_goes_after_a_spread_so_it_wins()
    {
        var result = Apply("const a = $0<Button {...props}>x</Button>;", Set("type", "submit"));

        Assert.Equal("const a = <Button {...props} type=\"submit\">x</Button>;", result);
    }

    [Fact]
    public void A_namespaced_or_data_attribute_is_set_by_its_full_name()
    {
        Assert.Equal("const a = <use xlink:href=\"#b\" />;", Apply("const a = $0<use xlink:href=\"#a\" />;", Set("xlink:href", "#b")));
        Assert.Equal("const a = <div data-id=\"7\" />;", Apply("const a = $0<div />;", Set("data-id", "7")));
    }

    [Fact]
    public void An_element_inside_a_map_callback_or_a_ternary_gets_its_attribute()
    {
        Assert.Equal("const a = list.map(i => <li key={i} title=\"t\" />);", Apply("const a = list.map(i => $0<li key={i} />);", Set("title", "t")));
        Assert.Equal("const a = ok ? <b /> : <i title=\"t\" />;", Apply("const a = ok ? <b /> : $0<i />;", Set("title", "t")));
    }

    [Fact]
    public void Setting_an_attribute_on_a_fragment_or_with_a_bad_name_is_refused()
    {
        Assert.Contains("fragment", Refusal("const a = $0<>x</>;", Set("title", "x")));
        Assert.Contains("not a valid JSX attribute name", Refusal("const a = $0<p />;", Set("on click", "x")));
        Assert.Contains("not a valid JSX attribute name", Refusal("const a = $0<p />;", Set("", "x")));
    }

    [Fact]
    public void Code_that_would_not_parse_is_refused_and_nothing_changes()
    {
        var message = Refusal("const a = $0<p />;", (at, _) => new SetAttributeCommand(at, "title", AttributeValue.Code("1 +")));

        Assert.Contains("invalid", message);
    }
}
