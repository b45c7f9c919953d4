using OmniOS.Design.Commands;
using static OmniOS.Design.Tests.CommandTestHelpers;

namespace OmniOS.Design.Tests;

public sealed class SetStyleTests
{
    private static Func<int, int, DesignCommand> Style(string property, string? value) => (at, _) => new SetStyleCommand(at, property, value);

    [Fact]
    public void An_element_without_a_style_gets_an_inline_style_object()
    {
        Assert.Equal("const a = <p id=\"x\" style={{ paddingTop: \"24px\" }} />;", Apply("const a = $0<p id=\"x\" />;", Style("paddingTop", "24px")));
        Assert.Equal("import r from 'r';\nconst a = <p id='x' style={{ color: 'red' }} />;", Apply("import r from 'r';\nconst a = $0<p id='x' />;", Style("color", "red")));
    }

    [Fact]
    public void A_property_in_a_one_line_style_is_changed_in_place()
    {
        var result = Apply("const a = $0<p style={{ color: \"blue\", margin: 0 }} />;", Style("color", "red"));

        Assert.Equal("const a = <p style={{ color: \"red\", margin: 0 }} />;", result);
    }

    [Fact]
    public void A_property_is_added_to_a_one_line_style_after_the_last()
    {
        Assert.Equal("const a = <p style={{ color: \"blue\", paddingTop: \"24px\" }} />;", Apply("const a = $0<p style={{ color: \"blue\" }} />;", Style("paddingTop", "24px")));
        Assert.Equal("const a = <p style={{ color: \"blue\", paddingTop: \"24px\", }} />;", Apply("const a = $0<p style={{ color: \"blue\", }} />;", Style("paddingTop", "24px")));
        Assert.Equal("const a = <p style={{ color: \"red\" }} />;", Apply("const a = $0<p style={{}} />;", Style("color", "red")));
    }

    [Fact]
    public void A_property_is_added_to_a_multi_line_style_on_its_own_line_keeping_the_comma_habit()
    {
        var withComma = Apply("const a = (\n  $0<p\n    style={{\n      color: \"blue\",\n    }}\n  />\n);\n", Style("margin", "0 auto"));
        var withoutComma = Apply("const a = (\n  $0<p\n    style={{\n      color: \"blue\"\n    }}\n  />\n);\n", Style("margin", "0 auto"));

        Assert.Equal("const a = (\n  <p\n    style={{\n      color: \"blue\",\n      margin: \"0 auto\",\n    }}\n  />\n);\n", withComma);
        Assert.Equal("const a = (\n  <p\n    style={{\n      color: \"blue\",\n      margin: \"0 auto\"\n    }}\n  />\n);\n", withoutComma);
    }

    [Fact]
    public void A_multi_line_style_in_a_crlf_file_with_tabs_stays_so()
    {
        var result = Apply("const a = (\r\n\t$0<p\r\n\t\tstyle={{\r\n\t\t\tcolor: \"blue\",\r\n\t\t}}\r\n\t/>\r\n);\r\n", Style("margin", "0"));

        Assert.Equal("const a = (\r\n\t<p\r\n\t\tstyle={{\r\n\t\t\tcolor: \"blue\",\r\n\t\t\tmargin: 0,\r\n\t\t}}\r\n\t/>\r\n);\r\n", result);
    }

    [Fact]
    public void Property_names_are_camel_cased_and_custom_properties_quoted()
    {
        Assert.Equal("const a = <p style={{ paddingTop: 4 }} />;", Apply("const a = $0<p />;", Style("padding-top", "4")));
        Assert.Equal("const a = <p style={{ WebkitLineClamp: 2 }} />;", Apply("const a = $0<p />;", Style("-webkit-line-clamp", "2")));
        Assert.Equal("const a = <p style={{ \"--gap\": \"4px\" }} />;", Apply("const a = $0<p />;", Style("--gap", "4px")));
        Assert.Equal("const a = <p style={{'--dark': '#000', color: 'red'} as CSSProperties} />;", Apply("const a = $0<p style={{'--dark': '#000'} as CSSProperties} />;", Style("color", "red")));
        Assert.Equal("const a = <p style={{'--dark': '#fff'}} />;", Apply("const a = $0<p style={{'--dark': '#000'}} />;", Style("--dark", "#fff")));
    }

    [Fact]
    public void Numbers_stay_numbers_and_everything_else_is_a_string()
    {
        Assert.Equal("const a = <p style={{ opacity: 0.5 }} />;", Apply("const a = $0<p />;", Style("opacity", "0.5")));
        Assert.Equal("const a = <p style={{ width: \"50%\" }} />;", Apply("const a = $0<p />;", Style("width", "50%")));
        Assert.Equal("const a = <p style={{ content: \"\\\"x\\\"\" }} />;", Apply("const a = $0<p />;", Style("content", "\"x\"")));
    }

    [Fact]
    public void No_value_removes_the_property_with_its_comma_or_line()
    {
        Assert.Equal("const a = <p style={{ margin: 0 }} />;", Apply("const a = $0<p style={{ color: \"blue\", margin: 0 }} />;", Style("color", null)));
        Assert.Equal("const a = <p style={{ color: \"blue\" }} />;", Apply("const a = $0<p style={{ color: \"blue\", margin: 0 }} />;", Style("margin", "")));
        Assert.Equal("const a = <p style={{}} />;", Apply("const a = $0<p style={{ color: \"blue\" }} />;", Style("color", null)));
        Assert.Equal("const a = (\n  <p\n    style={{\n      margin: 0,\n    }}\n  />\n);\n",
            Apply("const a = (\n  $0<p\n    style={{\n      color: \"blue\",\n      margin: 0,\n    }}\n  />\n);\n", Style("color", null)));
        Assert.Equal("const a = <p />;", Apply("const a = $0<p />;", Style("color", null)));
    }

    [Fact]
    public void A_style_with_a_spread_keeps_it_and_gains_the_property()
    {
        var result = Apply("const a = $0<p style={{ ...base, color: c }} />;", Style("color", "red"));

        Assert.Equal("const a = <p style={{ ...base, color: \"red\" }} />;", result);
    }

    [Fact]
    public void A_computed_style_is_refused()
    {
        Assert.Contains("computed", Refusal("const a = $0<p style={styles.box} />;", Style("color", "red")));
        Assert.Contains("computed", Refusal("const a = $0<p style={merge(a, b)} />;", Style("color", "red")));
    }
}
