using OmniOS.Design.Commands;
using static OmniOS.Design.Tests.CommandTestHelpers;

namespace OmniOS.Design.Tests;

/// <summary>`insert`: `$1` marks the parent.</summary>
public sealed class InsertTests
{
    private static Func<int, int, DesignCommand> Insert(int index, string jsx = "<span>New</span>") => (_, parent) => new InsertCommand(parent, index, jsx);

    [Fact]
    public void A_child_inserted_first_goes_on_a_line_of_its_own_like_its_siblings()
    {
        var result = Apply("""
            const a = (
              $1<ul>
                <li>a</li>
                <li>b</li>
              </ul>
            );
            """, Insert(0));

        Assert.Equal("""
            const a = (
              <ul>
                <span>New</span>
                <li>a</li>
                <li>b</li>
              </ul>
            );
            """, result);
    }

    [Fact]
    public void A_child_inserted_last_follows_the_last_child_on_a_line_of_its_own()
    {
        var result = Apply("const a = (\n  $1<ul>\n    <li>a</li>\n  </ul>\n);\n", Insert(1));

        Assert.Equal("const a = (\n  <ul>\n    <li>a</li>\n    <span>New</span>\n  </ul>\n);\n", result);
    }

    [Fact]
    public void Children_on_one_line_get_the_new_child_on_that_line()
    {
        Assert.Equal("const a = <p><span>New</span><b /><i /></p>;", Apply("const a = $1<p><b /><i /></p>;", Insert(0)));
        Assert.Equal("const a = <p><b /><span>New</span><i /></p>;", Apply("const a = $1<p><b /><i /></p>;", Insert(1)));
        Assert.Equal("const a = <p><b /><i /><span>New</span></p>;", Apply("const a = $1<p><b /><i /></p>;", Insert(2)));
        Assert.Equal("const a = <p>Hello <span>New</span><b>you</b></p>;", Apply("const a = $1<p>Hello <b>you</b></p>;", Insert(0)));
    }

    [Fact]
    public void A_self_closing_parent_is_opened_up()
    {
        Assert.Equal("const a = <div className=\"x\"><span>New</span></div>;", Apply("const a = $1<div className=\"x\" />;", Insert(0)));
        Assert.Equal("const a = (\n  <div>\n    <span>New</span>\n  </div>\n);\n", Apply("const a = (\n  $1<div />\n);\n", Insert(0)));
    }

    [Fact]
    public void An_empty_parent_gets_the_child_inline_or_on_its_own_line()
    {
        Assert.Equal("const a = <div><span>New</span></div>;", Apply("const a = $1<div></div>;", Insert(0)));
        Assert.Equal("const a = (\n  <div>\n    <span>New</span>\n  </div>\n);\n", Apply("const a = (\n  $1<div>\n  </div>\n);\n", Insert(0)));
    }

    [Fact]
    public void A_child_after_text_on_lines_of_its_own_goes_on_the_next_line()
    {
        var result = Apply("const a = (\n  $1<p>\n    Hello\n  </p>\n);\n", Insert(0));

        Assert.Equal("const a = (\n  <p>\n    Hello\n    <span>New</span>\n  </p>\n);\n", result);
    }

    [Fact]
    public void A_multi_line_snippet_is_indented_to_its_place_with_the_files_crlf_and_tabs()
    {
        var result = Apply("const a = (\r\n\t$1<ul>\r\n\t\t<li>a</li>\r\n\t</ul>\r\n);\r\n", Insert(1, "<li>\n\t<b>New</b>\n</li>"));

        Assert.Equal("const a = (\r\n\t<ul>\r\n\t\t<li>a</li>\r\n\t\t<li>\r\n\t\t\t<b>New</b>\r\n\t\t</li>\r\n\t</ul>\r\n);\r\n", result);
    }

    [Fact]
    public void A_fragment_takes_children_like_an_element()
    {
        var result = Apply("const a = (\n  $1<>\n    <a />\n  </>\n);\n", Insert(0));

        Assert.Equal("const a = (\n  <>\n    <span>New</span>\n    <a />\n  </>\n);\n", result);
    }

    [Fact]
    public void A_child_goes_before_the_expression_that_holds_the_element_at_its_index()
    {
        Assert.Equal("const a = <ul><span>New</span>{items.map(i => <li key={i} />)}</ul>;", Apply("const a = $1<ul>{items.map(i => <li key={i} />)}</ul>;", Insert(0)));
        Assert.Equal("const a = <div><h1 /><span>New</span>{open && <Modal />}</div>;", Apply("const a = $1<div><h1 />{open && <Modal />}</div>;", Insert(1)));
    }

    [Fact]
    public void An_element_inside_a_map_callback_takes_a_child()
    {
        var result = Apply("const a = <ul>{items.map(i => $1<li key={i}><b /></li>)}</ul>;", Insert(1));

        Assert.Equal("const a = <ul>{items.map(i => <li key={i}><b /><span>New</span></li>)}</ul>;", result);
    }

    [Fact]
    public void An_index_between_two_elements_of_one_expression_is_refused()
    {
        var message = Refusal("const a = $1<div>{ok ? <b /> : <i />}</div>;", Insert(1));

        Assert.Contains("inside the expression", message);
    }

    [Fact]
    public void An_index_taken_by_an_element_in_an_attribute_value_is_refused()
    {
        // <Button icon={<Star />}>: index 0 is the icon; the content's children start at 1.
        Assert.Contains("content starts at index 1", Refusal("const a = $1<Button icon={<Star />}>Go</Button>;", Insert(0)));
        Assert.Equal("const a = <Button icon={<Star />}>Go<span>New</span></Button>;", Apply("const a = $1<Button icon={<Star />}>Go</Button>;", Insert(1)));
        Assert.Equal("const a = <Button icon={<Star />}><span>New</span></Button>;", Apply("const a = $1<Button icon={<Star />} />;", Insert(1)));
    }

    [Fact]
    public void An_index_out_of_range_is_refused()
    {
        Assert.Contains("out of range", Refusal("const a = $1<p><b /></p>;", Insert(2)));
        Assert.Contains("out of range", Refusal("const a = $1<p><b /></p>;", Insert(-1)));
        Assert.Contains("out of range", Refusal("const a = $1<p />;", Insert(1)));
    }

    [Fact]
    public void A_void_element_takes_no_children()
    {
        Assert.Contains("void", Refusal("const a = $1<input />;", Insert(0)));
    }

    [Fact]
    public void A_snippet_that_is_not_one_jsx_element_is_refused()
    {
        Assert.Contains("does not parse", Refusal("const a = $1<p />;", Insert(0, "<span>")));
        Assert.Contains("does not parse", Refusal("const a = $1<p />;", Insert(0, "<a /><b />")));
        Assert.Contains("does not parse", Refusal("const a = $1<p />;", Insert(0, "hello")));
    }

    [Fact]
    public void Inserting_a_component_from_another_file_imports_it_after_the_last_import()
    {
        var result = Apply("""
            import Link from "next/link";

            export default function Page() {
              return $1<main></main>;
            }
            """, (_, parent) => new InsertCommand(parent, 0, "<Hero />", new ComponentImport("Hero", "@/components/Hero", IsDefault: true)));

        Assert.Equal("""
            import Link from "next/link";
            import Hero from "@/components/Hero";

            export default function Page() {
              return <main><Hero /></main>;
            }
            """, result);
    }

    [Fact]
    public void A_component_the_file_already_imports_is_not_imported_again_and_a_named_export_is_imported_by_name()
    {
        var already = Apply("import { Card } from './Card';\nconst a = $1<div></div>;\n", (_, parent) => new InsertCommand(parent, 0, "<Card />", new ComponentImport("Card", "./Card", IsDefault: false)));
        var named = Apply("'use client';\nconst a = $1<div></div>;\n", (_, parent) => new InsertCommand(parent, 0, "<Card />", new ComponentImport("Card", "./Card", IsDefault: false)));

        Assert.Equal("import { Card } from './Card';\nconst a = <div><Card /></div>;\n", already);
        Assert.Equal("'use client';\n\nimport { Card } from './Card';\nconst a = <div><Card /></div>;\n", named);
    }
}
