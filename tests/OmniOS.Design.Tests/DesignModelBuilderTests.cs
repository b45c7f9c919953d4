using OmniOS.Design.Model;
using OmniOS.Syntax;

namespace OmniOS.Design.Tests;

public sealed class DesignModelBuilderTests
{
    private static DesignModel Build(string text, string path = "src/App.tsx", ModuleResolver? resolver = null) =>
        DesignModelBuilder.Build(SyntaxTree.Parse(text, path), path, resolver);

    private static ComponentModel Component(DesignModel model, string name) => Assert.Single(model.Components, c => c.Name == name);

    private static ElementNode Root(DesignModel model, string name) => Assert.IsType<ElementNode>(Component(model, name).Roots[0]);

    [Fact]
    public void Function_arrow_class_forward_ref_and_memo_components_are_found_with_their_kinds()
    {
        var model = Build("""
            import { forwardRef, memo } from "react";
            function A() { return <a />; }
            const B = () => <b />;
            const C = function () { return <i />; };
            class D extends React.Component { render() { return <div />; } }
            const E = forwardRef((props, ref) => <input ref={ref} />);
            const F = memo(function F() { return <p />; });
            const G = React.memo(forwardRef(function G(props, ref) { return <span ref={ref} />; }));
            const icon = <svg />;
            """);

        Assert.Equal(
            ["A:Function", "B:Arrow", "C:Function", "D:Class", "E:ForwardRef", "F:Memo", "G:Memo", "icon:Value"],
            model.Components.Select(c => $"{c.Name}:{c.Kind}"));
        Assert.True(Component(model, "G").IsComponent);
        Assert.False(Component(model, "icon").IsComponent);
    }

    [Fact]
    public void Exports_are_read_from_the_declaration_and_from_later_export_statements()
    {
        var model = Build("""
            export function A() { return <a />; }
            export const B = () => <b />;
            function C() { return <i />; }
            function D() { return <p />; }
            const E = () => <u />;
            const F = () => <s />;
            const G = () => <q />;
            export default C;
            export { D as default2, E as default };
            export { F };
            """);

        Assert.Equal(
            ["A:Named", "B:Named", "C:Default", "D:Named", "E:Default", "F:Named", "G:None"],
            model.Components.Select(c => $"{c.Name}:{c.Export}"));
    }

    [Fact]
    public void Anonymous_default_exports_and_wrapped_default_exports_are_components_too()
    {
        Assert.Equal("default:Function:Default", Describe(Build("export default function () { return <a />; }").Components[0]));
        Assert.Equal("default:Arrow:Default", Describe(Build("export default () => <a />;").Components[0]));
        Assert.Equal("A:Arrow:Default", Describe(Build("const A = () => <a />;\nexport default memo(A);").Components[0]));

        static string Describe(ComponentModel c) => $"{c.Name}:{c.Kind}:{c.Export}";
    }

    [Fact]
    public void Props_come_from_the_destructured_parameter_and_its_interface()
    {
        var model = Build("""
            interface CardProps { title: string; size?: "s" | "m"; onOpen(id: number): void }
            export function Card({ title, size = "m", onOpen, ...rest }: CardProps) { return <div {...rest} />; }
            type LinkProps = { href: string };
            export const Link = ({ href }: LinkProps) => <a href={href} />;
            export const Badge: React.FC<{ count: number }> = ({ count }) => <b>{count}</b>;
            """);

        Assert.Equal("CardProps", Component(model, "Card").PropsType);
        Assert.Equal(
            ["title:string:False:", "size:\"s\" | \"m\":True:\"m\"", "onOpen:(id: number): void:False:", "...rest::False:"],
            Component(model, "Card").Props.Select(p => $"{p.Name}:{p.Type}:{p.Optional}:{p.Default}"));
        Assert.Equal(["href:string"], Component(model, "Link").Props.Select(p => $"{p.Name}:{p.Type}"));
        Assert.Equal(["count:number"], Component(model, "Badge").Props.Select(p => $"{p.Name}:{p.Type}"));
    }

    [Fact]
    public void Text_is_decoded_as_react_renders_it()
    {
        var model = Build("""
            const a = (
              <p>
                Hello   there,
                  second line &amp; more&nbsp;x &#123;y&#x7D; &unknown;

              </p>
            );
            const b = <p>{"literal "}{" "}{42}</p>;
            """);

        Assert.Equal("Hello   there, second line & more\u00a0x {y} &unknown;", Root(model, "a").Text);
        Assert.Equal("literal  42", Root(model, "b").Text);
    }

    [Fact]
    public void Expression_children_are_read_as_bindings_repeaters_conditionals_slots_or_code()
    {
        var model = Build("""
            function List({ items, user, open, children, props }) {
              return (
                <ul>
                  {user.name}
                  {items.map((item, i) => <li key={item.id}>{item.label}</li>)}
                  {open && <Menu />}
                  {open ? <b /> : null}
                  {user.nick ?? <i>anonymous</i>}
                  {children}
                  {props.children}
                  {format(user, <Avatar />)}
                </ul>
              );
            }
            """);
        var children = Root(model, "List").Children;

        var binding = Assert.IsType<BindingNode>(children[0]);
        Assert.Equal("user.name", binding.Path);
        var repeater = Assert.IsType<RepeaterNode>(children[1]);
        Assert.Equal(("items", "item", "i", "item.id"), (repeater.Source, repeater.Item, repeater.Index, repeater.Key));
        Assert.Equal("li", Assert.IsType<ElementNode>(Assert.Single(repeater.Template)).Name);
        var and = Assert.IsType<ConditionalNode>(children[2]);
        Assert.Equal(("&&", "open", 1, 0), (and.Operator, and.Condition, and.Then.Count, and.Else.Count));
        var ternary = Assert.IsType<ConditionalNode>(children[3]);
        Assert.Equal(("?:", 1, 0), (ternary.Operator, ternary.Then.Count, ternary.Else.Count));
        Assert.Equal("??", Assert.IsType<ConditionalNode>(children[4]).Operator);
        Assert.Equal("children", Assert.IsType<SlotNode>(children[5]).Name);
        Assert.Equal("children", Assert.IsType<SlotNode>(children[6]).Name);
        var code = Assert.IsType<CodeNode>(children[7]);
        Assert.Equal("format(user, <Avatar />)", code.Code);
        Assert.Equal("Avatar", Assert.IsType<ElementNode>(Assert.Single(code.Children)).Name);
    }

    [Fact]
    public void Element_ids_are_the_file_the_owner_and_the_child_path_counting_attribute_elements_first()
    {
        var model = Build("""
            export function Page() {
              return (
                <main>
                  <Button icon={<Star />}>
                    <span>Go</span>
                  </Button>
                  {open && <Menu />}
                </main>
              );
            }
            function Page() { return <p />; }
            """);

        Assert.Equal(
            ["src/App.tsx#Page/0", "src/App.tsx#Page/0/0", "src/App.tsx#Page/0/0/0", "src/App.tsx#Page/0/0/1", "src/App.tsx#Page/0/1", "src/App.tsx#Page~2/0"],
            model.Elements().Select(e => e.Id));
        Assert.Equal(["main", "Button", "Star", "span", "Menu", "p"], model.Elements().Select(e => e.Name));
    }

    [Fact]
    public void The_same_text_gives_the_same_ids_and_no_id_is_written_into_the_source()
    {
        const string text = "export const A = () => <div><p>x</p></div>;";
        var first = Build(text);
        var second = Build(text);

        Assert.Equal(first.Elements().Select(e => e.Id), second.Elements().Select(e => e.Id));
        Assert.Equal(ModelDescription.Of(first), ModelDescription.Of(second));
    }

    [Fact]
    public void Component_instances_resolve_through_relative_imports_and_path_mappings()
    {
        var files = new HashSet<string> { "src/components/Button.tsx", "src/ui/index.ts", "src/App.tsx" };
        var resolver = new ModuleResolver(files.Contains, [new PathMapping("@/*", ["src/*"])]);
        var model = Build("""
            import Button from "./components/Button";
            import { Card as Box } from "@/ui";
            import * as Icons from "lucide-react";
            const Local = () => <i />;
            export const App = () => (
              <div>
                <Button />
                <Box />
                <Icons.Star />
                <Local />
                <Unknown />
              </div>
            );
            """, resolver: resolver);
        var references = Root(model, "App").Children.OfType<ElementNode>().Select(e => e.Component).ToList();

        Assert.Equal(new ComponentReference("src/components/Button.tsx", null, "default"), references[0]);
        Assert.Equal(new ComponentReference("src/ui/index.ts", null, "Card"), references[1]);
        Assert.Equal(new ComponentReference(null, "lucide-react", "*.Star"), references[2]);
        Assert.Equal(new ComponentReference("src/App.tsx", null, "Local"), references[3]);
        Assert.Equal(new ComponentReference(null, null, "Unknown"), references[4]);
        Assert.All(references.Take(2).Concat(references.Skip(3).Take(1)), r => Assert.True(r!.IsResolved));
    }

    [Fact]
    public void Element_kinds_attributes_events_classes_and_styles_are_read()
    {
        var model = Build("""
            const a = (
              <div id="x" tabIndex={-1} hidden disabled={false} onClick={go} onMouseEnter={() => hover()} {...rest}
                className={cn("p-4 flex", active && "on")} style={{ color: "red", margin: 0, width: w, ...base }}>
                <svg viewBox="0 0 1 1"><path d="M0" /></svg>
                <Foo.Bar />
                <></>
              </div>
            );
            """);
        var root = Root(model, "a");

        Assert.Equal(
            ["id:String:x", "tabIndex:Number:-1", "hidden:Implicit:true", "disabled:Boolean:false", "onClick:Expression:", "onMouseEnter:Expression:", "...:Spread:", "className:Expression:", "style:Expression:"],
            root.Attributes.Select(a => $"{a.Name}:{a.Kind}:{a.Value}"));
        Assert.Equal(["onClick", "onMouseEnter"], root.Events);
        Assert.Equal(ClassNameForm.Call, root.ClassName!.Form);
        Assert.Equal(["p-4", "flex"], root.ClassName.Static);
        Assert.Equal(["active && \"on\""], root.ClassName.Dynamic);
        Assert.Equal(["color=red", "margin=0", "width=", "...base="], root.Style!.Properties.Select(p => $"{p.Name}={p.Value}"));
        var children = root.Children.OfType<ElementNode>().ToList();
        Assert.Equal([ElementKind.Svg, ElementKind.Component, ElementKind.Fragment], children.Select(c => c.Kind));
        Assert.Equal(ElementKind.Svg, Assert.IsType<ElementNode>(Assert.Single(children[0].Children)).Kind);
    }

    [Fact]
    public void ClassName_forms_mark_what_is_static_and_what_is_computed()
    {
        var model = Build("""
            const a = <p className="a  b" />;
            const b = <p className={`x ${y} z-${w} q`} />;
            const c = <p className={styles.box} />;
            """);

        Assert.Equal("String [a,b] []", Classes(Root(model, "a").ClassName!));
        Assert.Equal("Template [x,q] [y,w]", Classes(Root(model, "b").ClassName!));
        Assert.Equal("Expression [] [styles.box]", Classes(Root(model, "c").ClassName!));
        Assert.False(Root(model, "c").ClassName!.IsEditable);

        static string Classes(ClassNameModel c) => $"{c.Form} [{string.Join(',', c.Static)}] [{string.Join(',', c.Dynamic)}]";
    }

    [Fact]
    public void A_file_with_errors_still_gives_a_model_of_what_parses()
    {
        var model = Build("export const A = () => <div><p>x</p></div>;\nconst broken = ;\nexport const B = () => <b />;");

        Assert.Equal(["A", "B"], model.Components.Select(c => c.Name));
    }
}
