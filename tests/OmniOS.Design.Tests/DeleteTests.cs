using OmniOS.Design.Commands;
using static OmniOS.Design.Tests.CommandTestHelpers;

namespace OmniOS.Design.Tests;

public sealed class DeleteTests
{
    private static readonly Func<int, int, DesignCommand> Delete = (at, _) => new DeleteCommand(at);

    [Fact]
    public void An_element_on_lines_of_its_own_goes_with_its_lines()
    {
        var result = Apply("""
            const a = (
              <div>
                <h1>Title</h1>
                $0<p>
                  Text
                </p>
                <footer />
              </div>
            );
            """, Delete);

        Assert.Equal("""
            const a = (
              <div>
                <h1>Title</h1>
                <footer />
              </div>
            );
            """, result);
    }

    [Fact]
    public void The_last_child_goes_in_a_crlf_file_with_tabs()
    {
        var result = Apply("const a = (\r\n\t<ul>\r\n\t\t<li>a</li>\r\n\t\t$0<li>b</li>\r\n\t</ul>\r\n);\r\n", Delete);

        Assert.Equal("const a = (\r\n\t<ul>\r\n\t\t<li>a</li>\r\n\t</ul>\r\n);\r\n", result);
    }

    [Fact]
    public void An_element_sharing_its_line_goes_alone()
    {
        Assert.Equal("const a = <p>a  c</p>;", Apply("const a = <p>a $0<b>b</b> c</p>;", Delete));
        Assert.Equal("const a = <><i /></>;", Apply("const a = <>$0<b /><i /></>;", Delete));
    }

    [Fact]
    public void An_expression_child_that_shows_only_the_element_goes_whole()
    {
        Assert.Equal("const a = <div><h1 /></div>;", Apply("const a = <div><h1 />{open && $0<Modal />}</div>;", Delete));
        Assert.Equal("const a = <ul></ul>;", Apply("const a = <ul>{items.map(i => $0<li key={i}>{i}</li>)}</ul>;", Delete));
        Assert.Equal("const a = <ul></ul>;", Apply("const a = <ul>{items.map((i) => ($0<li key={i} />))}</ul>;", Delete));
    }

    [Fact]
    public void A_ternary_branch_or_a_returned_root_becomes_null_so_the_code_around_stays()
    {
        Assert.Equal("const a = <div>{ok ? null : <i />}</div>;", Apply("const a = <div>{ok ? $0<b /> : <i />}</div>;", Delete));
        Assert.Equal("function A() {\n  return null;\n}", Apply("function A() {\n  return (\n    $0<div>\n      x\n    </div>\n  );\n}", Delete));
        Assert.Equal("const A = () => null;", Apply("const A = () => $0<div />;", Delete));
        Assert.Equal("const a = <ul>{items.map(i => { log(i); return null; })}</ul>;", Apply("const a = <ul>{items.map(i => { log(i); return $0<li />; })}</ul>;", Delete));
    }

    [Fact]
    public void An_element_that_is_an_attributes_value_takes_the_attribute_with_it()
    {
        Assert.Equal("const a = <Button>Go</Button>;", Apply("const a = <Button icon={$0<Star />}>Go</Button>;", Delete));
        Assert.Equal("const a = <Route />;", Apply("const a = <Route render={() => $0<Page />} />;", Delete));
    }

    [Fact]
    public void An_element_inside_other_code_in_an_attribute_becomes_null_and_the_code_stays()
    {
        var result = Apply("const a = <T values={{ name, label: $0<b>{label}</b> }}>x</T>;", Delete);

        Assert.Equal("const a = <T values={{ name, label: null }}>x</T>;", result);
    }

    [Fact]
    public void A_fragment_goes_with_everything_in_it()
    {
        var result = Apply("const a = (\n  <div>\n    $0<>\n      <a />\n      <b />\n    </>\n  </div>\n);\n", Delete);

        Assert.Equal("const a = (\n  <div>\n  </div>\n);\n", result);
    }

    [Fact]
    public void An_offset_inside_an_element_is_refused()
    {
        var message = Refusal("const a = <div><$0b>x</b></div>;", Delete);

        Assert.Contains("No JSX element starts at offset", message);
    }
}
