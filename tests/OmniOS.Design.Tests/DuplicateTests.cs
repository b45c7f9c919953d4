using OmniOS.Design.Commands;
using static OmniOS.Design.Tests.CommandTestHelpers;

namespace OmniOS.Design.Tests;

public sealed class DuplicateTests
{
    private static readonly Func<int, int, DesignCommand> Duplicate = (at, _) => new DuplicateCommand(at);

    [Fact]
    public void A_child_on_lines_of_its_own_is_copied_onto_the_lines_after_it()
    {
        var result = Apply("""
            const a = (
              <ul>
                $0<li>
                  <b>a</b>
                </li>
              </ul>
            );
            """, Duplicate);

        Assert.Equal("""
            const a = (
              <ul>
                <li>
                  <b>a</b>
                </li>
                <li>
                  <b>a</b>
                </li>
              </ul>
            );
            """, result);
    }

    [Fact]
    public void A_child_sharing_its_line_is_copied_right_after_it()
    {
        Assert.Equal("const a = <p>a <b>b</b><b>b</b> c</p>;", Apply("const a = <p>a $0<b>b</b> c</p>;", Duplicate));
    }

    [Fact]
    public void The_copy_keeps_crlf_and_tabs()
    {
        var result = Apply("const a = (\r\n\t<ul>\r\n\t\t$0<li>a</li>\r\n\t</ul>\r\n);\r\n", Duplicate);

        Assert.Equal("const a = (\r\n\t<ul>\r\n\t\t<li>a</li>\r\n\t\t<li>a</li>\r\n\t</ul>\r\n);\r\n", result);
    }

    [Fact]
    public void A_root_is_duplicated_inside_a_new_fragment()
    {
        Assert.Equal("function A() { return <><p /><p /></>; }", Apply("function A() { return $0<p />; }", Duplicate));
        Assert.Equal("function A() {\n  return (\n    <>\n      <p>\n        x\n      </p>\n      <p>\n        x\n      </p>\n    </>\n  );\n}",
            Apply("function A() {\n  return (\n    $0<p>\n      x\n    </p>\n  );\n}", Duplicate));
    }

    [Fact]
    public void An_element_in_a_ternary_or_a_map_callback_is_duplicated_inside_a_fragment()
    {
        // A limitation: in a map callback the keys are copied as they are and the fragment gets none,
        // so React warns about keys until the user gives the copies their own.
        Assert.Equal("const a = ok ? <><b /><b /></> : null;", Apply("const a = ok ? $0<b /> : null;", Duplicate));
        Assert.Equal("const a = list.map(i => <><li key={i} /><li key={i} /></>);", Apply("const a = list.map(i => $0<li key={i} />);", Duplicate));
    }
}
