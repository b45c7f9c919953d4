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

    [Fact]
    public void Set_text_keeps_quotes_as_they_are_since_jsx_text_needs_no_escape_for_them()
    {
        var result = Apply("const a = $0<p>x</p>;", (at, _) => new SetTextCommand(at, "He said \"hi\" & 'bye'"));

        Assert.Equal("const a = <p>He said \"hi\" &amp; 'bye'</p>;", result);
    }

    [Fact]
    public void Set_text_with_a_line_break_uses_the_files_string_quote()
    {
        var result = Apply("import x from 'x';\nconst a = $0<p>x</p>;", (at, _) => new SetTextCommand(at, "it's\nnew"));

        Assert.Equal("import x from 'x';\nconst a = <p>{'it\\'s\\nnew'}</p>;", result);
    }

    [Fact]
    public void Set_text_in_a_crlf_file_keeps_every_line_break_crlf()
    {
        var result = Apply("const a = (\r\n  $0<h2>\r\n    Old\r\n  </h2>\r\n);\r\n", (at, _) => new SetTextCommand(at, "New"));

        Assert.Equal("const a = (\r\n  <h2>\r\n    New\r\n  </h2>\r\n);\r\n", result);
    }

    [Fact]
    public void Set_text_on_an_empty_multi_line_element_indents_the_text_with_tabs_when_the_file_does()
    {
        var result = Apply("const a = (\n\t<div>\n\t\t$0<p>\n\t\t</p>\n\t</div>\n);\n", (at, _) => new SetTextCommand(at, "Hi"));

        Assert.Equal("const a = (\n\t<div>\n\t\t<p>\n\t\t\tHi\n\t\t</p>\n\t</div>\n);\n", result);
    }

    [Fact]
    public void Set_text_on_an_empty_or_self_closing_element_fills_it()
    {
        Assert.Equal("const a = <p>Hi</p>;", Apply("const a = $0<p></p>;", (at, _) => new SetTextCommand(at, "Hi")));
        Assert.Equal("const a = <p className=\"x\">Hi</p>;", Apply("const a = $0<p className=\"x\" />;", (at, _) => new SetTextCommand(at, "Hi")));
    }

    [Fact]
    public void Set_text_to_nothing_empties_the_element()
    {
        var result = Apply("const a = $0<p>Old</p>;", (at, _) => new SetTextCommand(at, ""));

        Assert.Equal("const a = <p></p>;", result);
    }

    [Fact]
    public void Set_text_replaces_a_space_that_shows_next_to_the_tag()
    {
        // " (x)" renders with its leading space: it is part of the text the command replaces.
        var result = Apply("const a = $0<small> (x)</small>;", (at, _) => new SetTextCommand(at, "y"));

        Assert.Equal("const a = <small>y</small>;", result);
    }

    [Fact]
    public void Set_text_replaces_text_written_as_string_expressions_too()
    {
        var result = Apply("const a = $0<p>Hello{\" \"}{\"world\"}</p>;", (at, _) => new SetTextCommand(at, "Bye"));

        Assert.Equal("const a = <p>Bye</p>;", result);
    }

    [Fact]
    public void Set_text_works_on_an_element_inside_a_map_callback()
    {
        var result = Apply("const a = <ul>{items.map(i => $0<li key={i}>Old</li>)}</ul>;", (at, _) => new SetTextCommand(at, "New"));

        Assert.Equal("const a = <ul>{items.map(i => <li key={i}>New</li>)}</ul>;", result);
    }

    [Fact]
    public void Set_text_works_on_an_element_in_a_ternary_branch_and_on_a_fragment()
    {
        Assert.Equal("const a = ok ? <b>Yes</b> : <i>No</i>;", Apply("const a = ok ? <b>Yes</b> : $0<i>Off</i>;", (at, _) => new SetTextCommand(at, "No")));
        Assert.Equal("const a = <>New</>;", Apply("const a = $0<>Old</>;", (at, _) => new SetTextCommand(at, "New")));
    }

    [Fact]
    public void Set_text_keeps_characters_outside_the_basic_plane()
    {
        var result = Apply("const a = $0<p>x</p>;", (at, _) => new SetTextCommand(at, "Party 🎉 time"));

        Assert.Equal("const a = <p>Party 🎉 time</p>;", result);
    }

    [Fact]
    public void Set_text_on_an_element_holding_an_expression_is_refused_naming_it()
    {
        var message = Refusal("const a = $0<p>Hi {name}</p>;", (at, _) => new SetTextCommand(at, "x"));

        Assert.Contains("{name}", message);
    }

    [Fact]
    public void Set_text_on_a_void_element_is_refused()
    {
        var message = Refusal("const a = $0<img src=\"a.png\" />;", (at, _) => new SetTextCommand(at, "x"));

        Assert.Contains("void", message);
    }

    [Fact]
    public void An_offset_that_is_not_an_elements_start_is_refused_not_snapped_to_a_nearby_element()
    {
        var (text, at, _) = Unmark("const a = $0<p>x</p>;");
        var tree = OmniOS.Syntax.SyntaxTree.Parse(text, "test.tsx");

        foreach (var offset in new[] { at + 1, at - 1, at + 3 })
        {
            var refused = Assert.IsType<CommandRefused>(CommandEngine.Execute(tree, new SetTextCommand(offset, "y")));
            Assert.Contains($"No JSX element starts at offset {offset}", refused.Message);
        }
        var outside = Assert.IsType<CommandRefused>(CommandEngine.Execute(tree, new SetTextCommand(text.Length + 5, "y")));
        Assert.Contains("outside the file", outside.Message);
    }
}
