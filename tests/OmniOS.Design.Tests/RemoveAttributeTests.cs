using OmniOS.Design.Commands;
using static OmniOS.Design.Tests.CommandTestHelpers;

namespace OmniOS.Design.Tests;

public sealed class RemoveAttributeTests
{
    private static Func<int, int, DesignCommand> Remove(string name) => (at, _) => new RemoveAttributeCommand(at, name);

    [Fact]
    public void An_attribute_on_the_tag_line_goes_with_the_space_before_it()
    {
        Assert.Equal("const a = <div id=\"x\">x</div>;", Apply("const a = $0<div id=\"x\" title=\"t\">x</div>;", Remove("title")));
        Assert.Equal("const a = <div title=\"t\">x</div>;", Apply("const a = $0<div id=\"x\" title=\"t\">x</div>;", Remove("id")));
        Assert.Equal("const a = <img src=\"a\" />;", Apply("const a = $0<img src=\"a\" alt=\"b\" />;", Remove("alt")));
    }

    [Fact]
    public void An_attribute_on_a_line_of_its_own_goes_with_its_line_in_a_crlf_file()
    {
        var result = Apply("const a = (\r\n  $0<input\r\n    id=\"x\"\r\n    title={t}\r\n    type=\"text\"\r\n  />\r\n);\r\n", Remove("title"));

        Assert.Equal("const a = (\r\n  <input\r\n    id=\"x\"\r\n    type=\"text\"\r\n  />\r\n);\r\n", result);
    }

    [Fact]
    public void The_first_attribute_on_the_tag_line_goes_when_the_others_have_lines_of_their_own()
    {
        var result = Apply("const a = (\n  $0<div id=\"x\"\n    title=\"t\">\n    x\n  </div>\n);\n", Remove("id"));

        Assert.Equal("const a = (\n  <div\n    title=\"t\">\n    x\n  </div>\n);\n", result);
    }

    [Fact]
    public void An_attribute_given_as_an_expression_or_holding_an_element_is_removed_whole()
    {
        Assert.Equal("const a = <Button>x</Button>;", Apply("const a = $0<Button icon={<Star size={2} />}>x</Button>;", Remove("icon")));
        Assert.Equal("const a = <p>x</p>;", Apply("const a = $0<p onClick={() => go({ to: 1 })}>x</p>;", Remove("onClick")));
    }

    [Fact]
    public void Every_copy_of_a_repeated_attribute_goes()
    {
        var result = Apply("const a = $0<p id=\"a\" title=\"t\" id=\"b\" />;", Remove("id"));

        Assert.Equal("const a = <p title=\"t\" />;", result);
    }

    [Fact]
    public void Removing_an_attribute_the_element_does_not_have_is_refused()
    {
        var message = Refusal("const a = $0<p {...rest} />;", Remove("title"));

        Assert.Contains("no attribute 'title'", message);
    }
}
