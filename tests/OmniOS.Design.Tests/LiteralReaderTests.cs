using OmniOS.Design.Documents;
using OmniOS.Design.Model;
using OmniOS.Syntax;

namespace OmniOS.Design.Tests;

public sealed class LiteralReaderTests
{
    [Fact]
    public void A_repeater_over_a_top_level_array_literal_carries_its_items()
    {
        const string text = """
            const plans: Plan[] = [
              { name: "Team", price: 12, perks: ["a", "b"], highlighted: true },
              { "name": 'Solo', price: -1, note: null },
            ];
            export default function Pricing() {
              return <ul>{plans.map((plan) => <li key={plan.name}>{plan.name}</li>)}</ul>;
            }
            """;

        var repeater = Repeater(DesignModelBuilder.Build(SyntaxTree.Parse(text, "p.tsx"), "p.tsx"));

        Assert.NotNull(repeater.Items);
        Assert.Equal(
            ["{\"name\": \"Team\", \"price\": 12, \"perks\": [\"a\", \"b\"], \"highlighted\": true}", "{\"name\": \"Solo\", \"price\": -1, \"note\": null}"],
            repeater.Items!.Select(LiteralReader.Format));
    }

    [Fact]
    public void A_source_that_is_not_written_literally_has_no_items()
    {
        const string text = """
            const plans = load();
            const extra = [...plans, { name: "x" }];
            export function A() { return <ul>{plans.map((p) => <li key={p}>{p}</li>)}{extra.map((p) => <li key={p}>{p}</li>)}</ul>; }
            """;

        var model = DesignModelBuilder.Build(SyntaxTree.Parse(text, "a.tsx"), "a.tsx");

        Assert.All(model.Components.SelectMany(c => c.Roots).SelectMany(Repeaters), r => Assert.Null(r.Items));
    }

    [Fact]
    public void Editing_the_data_updates_the_items_even_though_the_component_is_unchanged()
    {
        const string text = """
            const items = ["one", "two"];
            export function List() { return <ul>{items.map((i) => <li key={i}>{i}</li>)}</ul>; }
            """;
        var document = new DesignDocument("l.tsx", text);

        var change = document.ReplaceText(text.Replace("\"two\"", "\"two\", \"three\"", StringComparison.Ordinal), ChangeOrigin.User);

        Assert.Equal(3, Repeater(document.Model).Items!.Count);
        Assert.NotEmpty(change.Deltas);
    }

    private static RepeaterNode Repeater(DesignModel model) => model.Components.SelectMany(c => c.Roots).SelectMany(Repeaters).Single();

    private static IEnumerable<RepeaterNode> Repeaters(DesignNode node) =>
        (node is RepeaterNode r ? [r] : Enumerable.Empty<RepeaterNode>()).Concat(node.ChildNodes.SelectMany(Repeaters));
}
