using OmniOS.Design.Commands;
using OmniOS.Design.Deltas;
using OmniOS.Design.Documents;
using OmniOS.Syntax;

namespace OmniOS.Design.Tests;

/// <summary>Element deltas between the models before and after a change, keyed by id.</summary>
public sealed class ModelDiffTests
{
    private const string Path = "src/List.tsx";

    private const string Text = """
        import { Item } from "./Item";

        export function List() {
          return (
            <ul>
              <li>One</li>
              <li>Two</li>
              <li>Three</li>
            </ul>
          );
        }

        export const Footer = () => <footer>Bye</footer>;
        """;

    private static (DesignDocument Document, Func<string, int, int> At) Open()
    {
        var document = new DesignDocument(Path, Text);
        return (document, (name, nth) => document.Model.Elements().Where(e => e.Name == name).ElementAt(nth).Span.Start);
    }

    private static IReadOnlyList<ElementDelta> Run(DesignDocument document, DesignCommand command)
    {
        var result = document.Execute(command);
        Assert.True(result.Applied, result.RefusedBecause);
        return result.Change!.Deltas;
    }

    [Fact]
    public void Set_text_gives_one_update_of_the_content()
    {
        var (document, at) = Open();

        var deltas = Run(document, new SetTextCommand(at("li", 1), "Deux"));

        var update = Assert.IsType<ElementUpdated>(Assert.Single(deltas));
        Assert.Equal($"{Path}#List/0/1", update.Id);
        Assert.Equal(["content"], update.Changes);
        Assert.Equal("Deux", update.After.Text);
    }

    [Fact]
    public void Attribute_class_and_style_changes_say_which_they_are()
    {
        var (document, at) = Open();

        Assert.Equal(["attributes", "className"], Assert.IsType<ElementUpdated>(Assert.Single(Run(document, new AddClassCommand(at("li", 0), "p-4")))).Changes);
        Assert.Equal(["attributes", "style"], Assert.IsType<ElementUpdated>(Assert.Single(Run(document, new SetStyleCommand(at("li", 0), "color", "red")))).Changes);
        Assert.Equal(["attributes"], Assert.IsType<ElementUpdated>(Assert.Single(Run(document, new SetAttributeCommand(at("li", 0), "title", AttributeValue.String("t"))))).Changes);
    }

    [Fact]
    public void An_insert_adds_the_element_and_moves_the_siblings_after_it()
    {
        var (document, at) = Open();

        var deltas = Run(document, new InsertCommand(at("ul", 0), 1, "<li>New</li>"));

        var added = Assert.IsType<ElementAdded>(Assert.Single(deltas, d => d is ElementAdded));
        Assert.Equal(($"{Path}#List/0", 1, "New"), (added.ParentId, added.Index, added.Element.Text));
        Assert.Equal(
            [($"{Path}#List/0/1", $"{Path}#List/0/2"), ($"{Path}#List/0/2", $"{Path}#List/0/3")],
            deltas.OfType<ElementMoved>().Select(m => (m.FromId, m.Id)).OrderBy(m => m.FromId));
        Assert.Equal(3, deltas.Count);
    }

    [Fact]
    public void A_delete_removes_the_element_and_moves_the_siblings_after_it()
    {
        var (document, at) = Open();

        var deltas = Run(document, new DeleteCommand(at("li", 0)));

        Assert.Equal($"{Path}#List/0/0", Assert.IsType<ElementRemoved>(Assert.Single(deltas, d => d is ElementRemoved)).Id);
        Assert.Equal(
            [($"{Path}#List/0/1", $"{Path}#List/0/0"), ($"{Path}#List/0/2", $"{Path}#List/0/1")],
            deltas.OfType<ElementMoved>().Select(m => (m.FromId, m.Id)).OrderBy(m => m.FromId));
        Assert.Equal(3, deltas.Count);
    }

    [Fact]
    public void A_move_is_reported_as_moves_not_as_a_removal_and_an_addition()
    {
        var (document, at) = Open();

        var deltas = Run(document, new MoveCommand(at("li", 2), at("ul", 0), 0));

        Assert.All(deltas, d => Assert.IsType<ElementMoved>(d));
        var three = Assert.Single(deltas.OfType<ElementMoved>(), m => m.FromId == $"{Path}#List/0/2");
        Assert.Equal(($"{Path}#List/0/0", $"{Path}#List/0", 0), (three.Id, three.ParentId, three.Index));
    }

    [Fact]
    public void An_edit_outside_any_element_gives_no_deltas()
    {
        var (document, _) = Open();

        var change = document.ApplyTextChanges([new TextChange(new TextSpan(0, 0), "// a comment\n")], ChangeOrigin.User);

        Assert.NotEmpty(change.Edits);
        Assert.Empty(change.Deltas);
    }

    [Fact]
    public void A_change_in_one_component_gives_no_deltas_in_another()
    {
        var (document, at) = Open();

        var deltas = Run(document, new SetTextCommand(at("footer", 0), "Ciao"));

        Assert.Equal($"{Path}#Footer/0", Assert.IsType<ElementUpdated>(Assert.Single(deltas)).Id);
    }

    [Fact]
    public void Two_declarations_of_one_name_are_diffed_in_order()
    {
        var document = new DesignDocument("a.tsx", "function A() { return <a>1</a>; }\nfunction A() { return <b>2</b>; }\n");

        var deltas = Run(document, new SetTextCommand(document.Model.Elements().Last().Span.Start, "3"));

        Assert.Equal("a.tsx#A~2/0", Assert.IsType<ElementUpdated>(Assert.Single(deltas)).Id);
    }

    [Fact]
    public void A_rebuild_after_an_edit_reads_the_same_as_a_fresh_build()
    {
        var (document, at) = Open();
        var before = (document.Tree, document.Model);

        Run(document, new WrapCommand(at("li", 1), "div"));

        var fresh = DesignModelBuilder.Build(SyntaxTree.Parse(document.Text, Path), Path);
        Assert.Equal(ModelDescription.Of(fresh), ModelDescription.Of(document.Model));
        Assert.NotEqual(ModelDescription.Of(before.Model), ModelDescription.Of(document.Model));
    }
}
