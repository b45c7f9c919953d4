using OmniOS.Design.Commands;
using static OmniOS.Design.Tests.CommandTestHelpers;

namespace OmniOS.Design.Tests;

public sealed class ExtractComponentTests
{
    private static Func<int, int, DesignCommand> Extract(string name = "Card") => (at, _) => new ExtractComponentCommand(at, name);

    [Fact]
    public void A_static_element_becomes_a_component_after_its_declaration()
    {
        var result = Apply("""
            export function Page() {
              return (
                <main>
                  $0<section className="card">
                    <h2>Hello</h2>
                  </section>
                </main>
              );
            }
            """, Extract());

        Assert.Equal("""
            export function Page() {
              return (
                <main>
                  <Card />
                </main>
              );
            }

            function Card() {
              return (
                <section className="card">
                  <h2>Hello</h2>
                </section>
              );
            }
            """, result);
    }

    [Fact]
    public void The_values_it_reads_become_typed_props()
    {
        var result = Apply("""
            interface Props { title: string; count: number }

            export function Page({ title, count }: Props) {
              const label = "Items";
              return <main>$0<h2>{title}: {count} {label}</h2></main>;
            }
            """, Extract("Heading"));

        Assert.Equal("""
            interface Props { title: string; count: number }

            export function Page({ title, count }: Props) {
              const label = "Items";
              return <main><Heading title={title} count={count} label={label} /></main>;
            }

            interface HeadingProps {
              title: Props["title"];
              count: Props["count"];
              label: string;
            }

            function Heading({ title, count, label }: HeadingProps) {
              return (
                <h2>{title}: {count} {label}</h2>
              );
            }
            """, result);
    }

    [Fact]
    public void A_repeated_element_keeps_its_key_on_the_instance_and_types_the_item_from_the_list()
    {
        var result = Apply("""
            const items = [{ id: 1, name: "a" }];
            export const List = () => (
              <ul>
                {items.map(item => $0<li key={item.id}>{item.name}</li>)}
              </ul>
            );
            """, Extract("Row"));

        Assert.Equal("""
            const items = [{ id: 1, name: "a" }];
            export const List = () => (
              <ul>
                {items.map(item => <Row key={item.id} item={item} />)}
              </ul>
            );

            interface RowProps {
              item: (typeof items)[number];
            }

            function Row({ item }: RowProps) {
              return (
                <li>{item.name}</li>
              );
            }
            """, result);
    }

    [Fact]
    public void A_javascript_file_gets_no_props_interface_and_keeps_crlf_and_tabs()
    {
        var result = Apply("export function Page({ title }) {\r\n\treturn <main>$0<h1>{title}</h1></main>;\r\n}\r\n", Extract("Title"), "page.jsx");

        Assert.Equal("export function Page({ title }) {\r\n\treturn <main><Title title={title} /></main>;\r\n}\r\n\r\nfunction Title({ title }) {\r\n\treturn (\r\n\t\t<h1>{title}</h1>\r\n\t);\r\n}\r\n", result);
    }

    [Fact]
    public void A_name_that_is_taken_or_not_a_component_name_is_refused()
    {
        Assert.Contains("already declares 'Page'", Refusal("export function Page() { return $0<p />; }", Extract("Page")));
        Assert.Contains("capital letter", Refusal("export function Page() { return $0<p />; }", Extract("card")));
        Assert.Contains("capital letter", Refusal("export function Page() { return $0<p />; }", Extract("Ca rd")));
    }

    [Fact]
    public void An_element_using_this_is_refused()
    {
        Assert.Contains("`this`", Refusal("class A extends Component { render() { return <div>$0<p>{this.props.x}</p></div>; } }", Extract()));
    }
}
