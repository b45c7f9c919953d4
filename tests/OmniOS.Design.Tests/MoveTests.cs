using OmniOS.Design.Commands;
using static OmniOS.Design.Tests.CommandTestHelpers;

namespace OmniOS.Design.Tests;

/// <summary>`move`: `$0` marks the element, `$1` the new parent; the index counts after the element is taken out.</summary>
public sealed class MoveTests
{
    private static Func<int, int, DesignCommand> MoveTo(int index) => (at, parent) => new MoveCommand(at, parent, index);

    [Fact]
    public void The_last_child_moves_to_the_front_of_its_parent()
    {
        var result = Apply("""
            const a = (
              $1<ul>
                <li>a</li>
                <li>b</li>
                $0<li>c</li>
              </ul>
            );
            """, MoveTo(0));

        Assert.Equal("""
            const a = (
              <ul>
                <li>c</li>
                <li>a</li>
                <li>b</li>
              </ul>
            );
            """, result);
    }

    [Fact]
    public void The_index_counts_the_children_left_once_the_element_is_out()
    {
        Assert.Equal("const a = <p><b /><a /><c /></p>;", Apply("const a = $1<p>$0<a /><b /><c /></p>;", MoveTo(1)));
        Assert.Equal("const a = <p><b /><c /><a /></p>;", Apply("const a = $1<p>$0<a /><b /><c /></p>;", MoveTo(2)));
    }

    [Fact]
    public void A_multi_line_element_moves_to_another_parent_and_is_indented_for_its_new_place()
    {
        var result = Apply("""
            const a = (
              <main>
                $0<section>
                  <h2>Title</h2>
                </section>
                <aside>
                  $1<div>
                    <p>x</p>
                  </div>
                </aside>
              </main>
            );
            """, MoveTo(1));

        Assert.Equal("""
            const a = (
              <main>
                <aside>
                  <div>
                    <p>x</p>
                    <section>
                      <h2>Title</h2>
                    </section>
                  </div>
                </aside>
              </main>
            );
            """, result);
    }

    [Fact]
    public void An_element_moves_up_the_file_into_an_earlier_parent()
    {
        var result = Apply("const a = (\n  <div>\n    $1<nav>\n      <a />\n    </nav>\n    $0<b />\n  </div>\n);\n", MoveTo(0));

        Assert.Equal("const a = (\n  <div>\n    <nav>\n      <b />\n      <a />\n    </nav>\n  </div>\n);\n", result);
    }

    [Fact]
    public void A_move_into_a_self_closing_parent_opens_it_in_a_crlf_file()
    {
        var result = Apply("const a = (\r\n  <div>\r\n    $1<Card />\r\n    $0<p>x</p>\r\n  </div>\r\n);\r\n", MoveTo(0));

        Assert.Equal("const a = (\r\n  <div>\r\n    <Card>\r\n      <p>x</p>\r\n    </Card>\r\n  </div>\r\n);\r\n", result);
    }

    [Fact]
    public void A_conditional_child_moves_with_its_condition()
    {
        var result = Apply("const a = <div>$1<nav><a /></nav>{open && $0<Menu />}</div>;", MoveTo(1));

        Assert.Equal("const a = <div><nav><a />{open && <Menu />}</nav></div>;", result);
    }

    [Fact]
    public void Moving_an_element_into_itself_or_its_own_child_is_refused()
    {
        Assert.Contains("into itself", Refusal("const a = <div>$0<ul>$1<li /></ul></div>;", MoveTo(0)));
        Assert.Contains("into itself", Refusal("const a = <div>$0<ul><li /></ul></div>;", (at, _) => new MoveCommand(at, at, 0)));
    }

    [Fact]
    public void Moving_a_returned_root_or_into_a_void_element_is_refused()
    {
        Assert.Contains("not a child of another element", Refusal("function A() { return $0<div />; }\nconst b = $1<p />;", MoveTo(0)));
        Assert.Contains("void", Refusal("const a = <div>$1<input />$0<b /></div>;", MoveTo(0)));
    }
}
