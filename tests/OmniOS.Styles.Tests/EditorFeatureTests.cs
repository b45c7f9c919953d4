using OmniOS.Styles.Css;

namespace OmniOS.Styles.Tests;

/// <summary>What the editor features (completion, colours, conflict diagnostics) are built on.</summary>
public sealed class EditorFeatureTests
{
    private static readonly TailwindStyles Styles = TailwindStyles.Default;

    [Fact]
    public void Hover_shows_a_classs_rules_with_its_media_query_and_resolved_values()
    {
        Assert.Equal(
            """
            @media (width >= 48rem) {
              @media (hover: hover) {
                .md\:hover\:p-4:hover {
                  padding: 1rem;
                }
              }
            }

            """.ReplaceLineEndings("\n"), Styles.Describe("md:hover:p-4"));
        Assert.Equal(".text-lg {\n  font-size: 1.125rem;\n  line-height: 1.5556;\n}\n", Styles.Describe("text-lg"));
        Assert.Null(Styles.Describe("foo-bar"));
    }

    [Fact]
    public void Completion_offers_known_classes_with_the_variants_typed_so_far_then_variants()
    {
        var completions = Styles.Complete("md:bg-re");

        Assert.Contains(completions, c => c.Label == "md:bg-red-500" && !c.IsVariant);
        Assert.All(completions, c => Assert.StartsWith("md:bg-re", c.Label));
        Assert.Contains(Styles.Complete("ho"), c => c.Label == "hover:" && c.IsVariant);
        Assert.Contains(Styles.Complete("-mt-"), c => c.Label == "-mt-4");
        Assert.All(Styles.Complete("p-").Select(c => c.Label), label => Assert.NotNull(Styles.Resolve(label)));
    }

    [Fact]
    public void Completion_stops_at_the_limit()
    {
        Assert.Equal(10, Styles.Complete("", 10).Count);
        Assert.Empty(Styles.Complete("zzz-"));
    }

    [Theory]
    [InlineData("bg-red-500", "background-color", "#fb2c36")]
    [InlineData("text-white", "color", "#ffffff")]
    [InlineData("border-black/50", "border-color", "#00000080")]
    [InlineData("hover:bg-[#0af]", "background-color", "#00aaff")]
    [InlineData("ring-blue-500", "--tw-ring-color", "#2b7fff")]
    [InlineData("from-red-500", "--tw-gradient-from", "#fb2c36")]
    public void A_colour_class_gives_its_colour_for_the_swatch(string className, string property, string hex)
    {
        var color = Styles.ColorOf(className);

        Assert.NotNull(color);
        Assert.Equal(property, color.Property);
        Assert.Equal(hex, color.Color.ToHex());
    }

    [Fact]
    public void Classes_without_a_colour_have_none_and_a_picked_colour_comes_back_as_a_class()
    {
        Assert.Null(Styles.ColorOf("p-4"));
        Assert.Null(Styles.ColorOf("foo"));
        Assert.True(CssColor.TryParse("#00aaff", out var picked));
        Assert.Equal("bg-[#00aaff]", Styles.ClassFor("background-color", picked.ToHex()));
    }

    [Fact]
    public void Classes_that_set_one_property_at_one_variant_to_different_values_conflict()
    {
        var conflicts = Styles.Conflicts(["p-4", "flex", "p-6", "hidden", "md:p-2", "md:p-8"]);

        Assert.Contains(conflicts, c => c is { Loser: "p-4", Winner: "p-6", Property: "padding" });
        Assert.Contains(conflicts, c => c is { Loser: "flex", Winner: "hidden", Property: "display" });
        Assert.Contains(conflicts, c => c is { Loser: "md:p-2", Winner: "md:p-8" });
        Assert.Equal(3, conflicts.Count);
    }

    [Fact]
    public void Utilities_that_compose_or_override_by_design_do_not_conflict()
    {
        Assert.Empty(Styles.Conflicts(["shadow-md", "ring-2", "translate-x-4", "translate-y-2", "px-4", "pl-2", "text-lg", "leading-7", "border-2", "border-dashed",
            "from-red-500", "to-blue-500", "space-x-4", "space-x-reverse", "p-4", "md:p-6", "hover:p-8"]));
        Assert.Single(Styles.Conflicts(["translate-x-4", "translate-x-8"]));
        Assert.Single(Styles.Conflicts(["shadow-md", "shadow-lg"]));
    }
}
