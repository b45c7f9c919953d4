using OmniOS.Styles.Editing;

namespace OmniOS.Styles.Tests;

/// <summary>CSS → class → CSS gives the value back, for each property the inspector edits, over a range of values.</summary>
public sealed class RoundTripTests
{
    private static readonly string[] Lengths = [.. Enumerable.Range(0, 41).Select(i => $"{i}px"), "0.125rem", "0.5rem", "1.25rem", "2rem", "3.75rem", "100px", "123px", "250px", "1000px", "1.5em", "10vh", "calc(100% - 2rem)"];
    private static readonly string[] Percentages = ["0%", "10%", "25%", "33.3333%", "50%", "66.6667%", "75%", "100%", "12.5%", "40%", "37%"];
    private static readonly string[] Negative = ["-1px", "-4px", "-8px", "-13px", "-16px", "-0.5rem", "-10%"];

    /// <summary>Each property with the values it is tried with, grouped by the kinds of value they take.</summary>
    public static TheoryData<string, string[]> Cases()
    {
        var data = new TheoryData<string, string[]>();
        void Add(IEnumerable<string> properties, IEnumerable<string> values)
        {
            foreach (var property in properties)
                data.Add(property, [.. values]);
        }
        string[] paddings = ["padding", "padding-top", "padding-right", "padding-bottom", "padding-left", "padding-inline", "padding-block"];
        string[] margins = ["margin", "margin-top", "margin-right", "margin-bottom", "margin-left", "margin-inline", "margin-block"];
        Add(paddings, Lengths);
        Add(margins, [.. Lengths, .. Negative, "auto"]);
        Add(["width", "height", "min-width", "min-height", "max-width", "max-height"], [.. Lengths, .. Percentages, "auto", "min-content", "max-content", "fit-content", "100vw", "100dvh"]);
        Add(["top", "right", "bottom", "left", "inset"], [.. Lengths, .. Percentages, .. Negative, "auto"]);
        Add(["gap", "row-gap", "column-gap"], Lengths);
        Add(["font-size"], ["12px", "14px", "16px", "18px", "20px", "24px", "30px", "36px", "48px", "13px", "1.1rem", "2.5rem"]);
        Add(["line-height"], ["1", "1.25", "1.5", "2", "1.15", "16px", "20px", "24px", "28px", "22px"]);
        Add(["letter-spacing"], ["-0.05em", "-0.025em", "0", "0.025em", "0.1em", "0.2em", "1px"]);
        Add(["font-weight"], ["100", "200", "300", "400", "500", "600", "700", "800", "900", "550"]);
        Add(["color", "background-color", "border-color", "outline-color", "text-decoration-color"],
            ["#000", "#fff", "#ffffff", "transparent", "currentcolor", "#0af", "#1e293b", "rgb(10 20 30)", "rgba(0, 0, 0, 0.5)", "rgb(255 255 255 / 0.1)", "oklch(63.7% 0.237 25.331)", "oklch(62.3% 0.214 259.815)", "hsl(200 50% 50%)", "red"]);
        Add(["border-width", "border-top-width", "border-left-width", "outline-width"], ["0", "1px", "2px", "3px", "4px", "8px", "0.5px"]);
        Add(["border-radius", "border-top-left-radius", "border-bottom-right-radius"], ["0", "2px", "4px", "6px", "8px", "12px", "16px", "24px", "32px", "5px", "50%"]);
        Add(["opacity"], ["0", "0.05", "0.25", "0.5", "0.75", "1", "0.37", "50%"]);
        Add(["z-index"], ["0", "10", "20", "50", "5", "100", "-1", "auto"]);
        Add(["display"], ["block", "inline-block", "inline", "flex", "inline-flex", "grid", "inline-grid", "none", "contents", "table"]);
        Add(["position"], ["static", "relative", "absolute", "fixed", "sticky"]);
        Add(["flex-direction"], ["row", "row-reverse", "column", "column-reverse"]);
        Add(["flex-wrap"], ["wrap", "nowrap", "wrap-reverse"]);
        Add(["justify-content"], ["flex-start", "flex-end", "center", "space-between", "space-around", "space-evenly", "normal", "stretch"]);
        Add(["align-items"], ["flex-start", "flex-end", "center", "baseline", "stretch"]);
        Add(["text-align"], ["left", "center", "right", "justify", "start", "end"]);
        Add(["overflow", "overflow-x", "overflow-y"], ["auto", "hidden", "visible", "scroll", "clip"]);
        Add(["box-shadow"], ["0 1px 3px 0 rgb(0 0 0 / 0.1), 0 1px 2px -1px rgb(0 0 0 / 0.1)", "0 4px 6px -1px rgb(0 0 0 / 0.1), 0 2px 4px -2px rgb(0 0 0 / 0.1)", "0 0 10px red", "none"]);
        Add(["transition-duration", "transition-delay"], ["0s", "75ms", "150ms", "300ms", "1000ms", "2s", "120ms"]);
        Add(["rotate"], ["0deg", "45deg", "90deg", "-45deg", "17deg", "180deg"]);
        Add(["cursor"], ["pointer", "default", "not-allowed", "grab", "text"]);
        Add(["text-transform"], ["uppercase", "lowercase", "capitalize", "none"]);
        Add(["font-style"], ["italic", "normal"]);
        Add(["white-space"], ["normal", "nowrap", "pre", "pre-wrap"]);
        Add(["aspect-ratio"], ["1 / 1", "16 / 9", "4 / 3", "auto"]);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Css_to_class_to_css_gives_the_same_value(string property, string[] values)
    {
        var failures = new List<string>();
        foreach (var value in values)
        {
            var className = TailwindStyles.Default.ClassFor(property, value);
            var declaration = TailwindStyles.Default.Resolve(className)?.Declarations.LastOrDefault(d => d.Property == property);
            if (declaration is null || CssProperty.ValueKey(property, value) != CssProperty.ValueKey(property, declaration.Value))
                failures.Add($"{property}: {value} → {className} → {declaration?.Value ?? "(not set)"}");
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Theory]
    [InlineData("md")]
    [InlineData("lg:hover")]
    [InlineData("dark")]
    public void At_a_variant_the_class_gives_the_value_under_that_variant(string variant)
    {
        foreach (var (property, value) in new[] { ("padding", "24px"), ("color", "#0af"), ("display", "flex"), ("width", "50%") })
        {
            var style = TailwindStyles.Default.Resolve(TailwindStyles.Default.ClassFor(property, value, variant));

            Assert.NotNull(style);
            Assert.Equal(variant.Split(':'), style.Variants);
            Assert.Equal(CssProperty.ValueKey(property, value), CssProperty.ValueKey(property, style.Declarations.Last(d => d.Property == property).Value));
        }
    }
}
