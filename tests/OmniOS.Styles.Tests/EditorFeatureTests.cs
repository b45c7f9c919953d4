using OmniOS.Styles.Css;
using OmniOS.Styles.Tailwind;

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

    [Fact]
    public void Completion_with_nothing_typed_after_the_variants_offers_no_negative_utility_until_a_dash_is_typed()
    {
        Assert.DoesNotContain(Styles.Complete("", 500), c => c.Label.StartsWith('-'));
        Assert.DoesNotContain(Styles.Complete("md:", 500), c => c.Label.StartsWith("md:-", StringComparison.Ordinal));
        Assert.Contains(Styles.Complete("-mx-"), c => c.Label == "-mx-4");
        Assert.Equal("md:hover:", TailwindStyles.VariantPrefix("md:hover:bg-re"));
        Assert.Equal("", TailwindStyles.VariantPrefix("bg-[url(a:b)]"));
    }

    [Theory]
    [InlineData("bg-red-500", "#2b7fff", "bg-blue-500")]
    [InlineData("hover:bg-red-500", "#00aaff", "hover:bg-[#00aaff]")]
    [InlineData("md:hover:text-white", "#fb2c3680", "md:hover:text-red-500/50")]
    [InlineData("border-t-black", "#2b7fff", "border-t-blue-500")]
    [InlineData("ring-blue-500", "#fb2c36", "ring-red-500")]
    [InlineData("from-red-500", "#000000", "from-black")]
    [InlineData("shadow-black/20", "#fb2c36", "shadow-red-500")]
    [InlineData("fill-red-500", "#2b7fff", "fill-blue-500")]
    [InlineData("!bg-black", "#ffffff", "!bg-white")]
    [InlineData("bg-[#0af]", "#fb2c36", "bg-red-500")]
    public void A_picked_colour_becomes_the_class_with_the_same_variants_and_utility(string className, string picked, string expected)
    {
        Assert.True(CssColor.TryParse(picked, out var color));

        Assert.Equal(expected, Styles.Recolor(className, color));
    }

    [Fact]
    public void A_class_without_a_colour_is_not_recoloured_and_the_project_theme_colours_are_named()
    {
        Assert.True(CssColor.TryParse("#4f6bf5", out var brand));

        Assert.Null(Styles.Recolor("p-4", brand));
        Assert.Equal("bg-[#4f6bf5]", Styles.Recolor("bg-white", brand));
        Assert.Equal("bg-brand-500", TailwindStyles.FromCss(File.ReadAllText(TestPaths.ProjectThemeCss)).Recolor("bg-white", brand));
    }

    [Theory]
    [InlineData("mdd:flex", UnknownClassReason.UnknownVariant, "mdd")]
    [InlineData("bg-blu-500", UnknownClassReason.UnknownValue, "bg")]
    [InlineData("hover:-mt-x", UnknownClassReason.UnknownValue, "mt")]
    [InlineData("flex-center", UnknownClassReason.UnknownValue, "flex")]
    [InlineData("bg-opacity-50", UnknownClassReason.UnknownValue, "bg")]
    [InlineData("hover:card", UnknownClassReason.UnknownUtility, "card")]
    public void A_class_that_looks_like_tailwinds_but_generates_nothing_is_diagnosed(string className, UnknownClassReason reason, string part)
    {
        var unknown = Styles.Diagnose(className);

        Assert.NotNull(unknown);
        Assert.Equal((reason, part), (unknown.Reason, unknown.Part));
    }

    [Theory]
    [InlineData("p-4")]
    [InlineData("group")]
    [InlineData("peer")]
    [InlineData("group/card")]
    [InlineData("btn-primary")]
    [InlineData("card")]
    [InlineData("Toastify__toast")]
    [InlineData("swiper-slide")]
    [InlineData("MuiButton-root")]
    [InlineData("fa")]
    [InlineData("col")]
    [InlineData("row")]
    [InlineData("col--6")]
    [InlineData("text--center")]
    [InlineData("shadow--lw")]
    public void Known_classes_markers_and_names_unlike_tailwinds_are_not_diagnosed(string className)
    {
        Assert.Null(Styles.Diagnose(className));
    }

    [Fact]
    public void A_mistyped_class_gets_the_nearest_known_one_with_its_variants()
    {
        Assert.Equal("bg-blue-500", Styles.Suggest("bg-blu-500"));
        Assert.Equal("hover:text-center", Styles.Suggest("hover:text-centre"));
        Assert.Null(Styles.Suggest("bg-zzzzzz-999"));
    }
}
