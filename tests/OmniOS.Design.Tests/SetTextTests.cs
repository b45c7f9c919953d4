using OmniOS.Design.Commands;
using static OmniOS.Design.Tests.CommandTestHelpers;

namespace OmniOS.Design.Tests;

public sealed class SetTextTests
{
    [Fact]
    public void Set_text_replaces_only_the_visible_text_and_keeps_the_lines_around_it()
    {
        var result = Apply("""
            const a = (
              $0<h2 className="title">
                Old title
              </h2>
            );
            """, (at, _) => new SetTextCommand(at, "New title"));

        Assert.Equal("""
            const a = (
              <h2 className="title">
                New title
              </h2>
            );
            """, result);
    }

    [Fact]
    public void Set_text_escapes_what_jsx_text_cannot_hold()
    {
        var result = Apply("const a = $0<p>x</p>;", (at, _) => new SetTextCommand(at, "Hello & <world> {x}"));

        Assert.Equal("const a = <p>Hello &amp; &lt;world&gt; &#123;x&#125;</p>;", result);
    }

    [Fact]
    public void Set_text_with_a_line_break_or_edge_spaces_becomes_a_string_expression()
    {
        var result = Apply("const a = $0<p>x</p>;", (at, _) => new SetTextCommand(at, " two\nlines "));

        Assert.Equal("const a = <p>{\" two\\nlines \"}</p>;", result);
    }

    [Fact]
    public void Set_text_on_an_element_with_child_elements_is_refused()
    {
        var message = Refusal("const a = $0<p>Hi <b>there</b></p>;", (at, _) => new SetTextCommand(at, "x"));

        Assert.Contains("<b>", message);
    }
}
