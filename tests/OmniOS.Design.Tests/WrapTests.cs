using OmniOS.Design.Commands;
using static OmniOS.Design.Tests.CommandTestHelpers;

namespace OmniOS.Design.Tests;

public sealed class WrapTests
{
    private static Func<int, int, DesignCommand> Wrap(string tag = "div") => (at, _) => new WrapCommand(at, tag);

    [Fact]
    public void An_element_on_lines_of_its_own_is_wrapped_on_new_lines_and_indented_one_level()
    {
        var result = Apply("""
            const a = (
              <main>
                $0<section>
                  <h2>Title</h2>
                </section>
              </main>
            );
            """, Wrap());

        Assert.Equal("""
            const a = (
              <main>
                <div>
                  <section>
                    <h2>Title</h2>
                  </section>
                </div>
              </main>
            );
            """, result);
    }

    [Fact]
    public void Wrapping_keeps_crlf_and_tabs()
    {
        var result = Apply("const a = (\r\n\t<main>\r\n\t\t$0<p>\r\n\t\t\tx\r\n\t\t</p>\r\n\t</main>\r\n);\r\n", Wrap());

        Assert.Equal("const a = (\r\n\t<main>\r\n\t\t<div>\r\n\t\t\t<p>\r\n\t\t\t\tx\r\n\t\t\t</p>\r\n\t\t</div>\r\n\t</main>\r\n);\r\n", result);
    }

    [Fact]
    public void An_element_sharing_its_line_is_wrapped_in_place()
    {
        Assert.Equal("const a = <p>a <div><b>b</b></div> c</p>;", Apply("const a = <p>a $0<b>b</b> c</p>;", Wrap()));
        Assert.Equal("const a = <Stack.Item><b /></Stack.Item>;", Apply("const a = $0<b />;", Wrap("Stack.Item")));
    }

    [Fact]
    public void Lines_inside_a_template_literal_are_not_indented()
    {
        var result = Apply("const a = (\n  <main>\n    $0<pre className={`a\nb`}>\n      x\n    </pre>\n  </main>\n);\n", Wrap());

        Assert.Equal("const a = (\n  <main>\n    <div>\n      <pre className={`a\nb`}>\n        x\n      </pre>\n    </div>\n  </main>\n);\n", result);
    }

    [Fact]
    public void A_returned_root_or_a_repeated_element_can_be_wrapped()
    {
        // A limitation: the key stays on the repeated element, now inside the wrapper, where React
        // no longer reads it; moving it to the wrapper is left to the user.
        Assert.Equal("function A() { return <div><p /></div>; }", Apply("function A() { return $0<p />; }", Wrap()));
        Assert.Equal("const a = <ul>{items.map(i => <div><li key={i} /></div>)}</ul>;", Apply("const a = <ul>{items.map(i => $0<li key={i} />)}</ul>;", Wrap()));
    }

    [Fact]
    public void A_tag_that_is_not_a_jsx_name_is_refused()
    {
        Assert.Contains("not a valid JSX tag name", Refusal("const a = $0<p />;", Wrap("di v")));
        Assert.Contains("not a valid JSX tag name", Refusal("const a = $0<p />;", Wrap("")));
        Assert.Contains("not a valid JSX tag name", Refusal("const a = $0<p />;", Wrap("a>")));
    }
}
