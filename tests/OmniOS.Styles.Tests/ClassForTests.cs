namespace OmniOS.Styles.Tests;

/// <summary>CSS → class: the class a developer would write for a property and a value.</summary>
public sealed class ClassForTests
{
    private static string ClassFor(string property, string value, string? variant = null) => TailwindStyles.Default.ClassFor(property, value, variant);

    [Theory]
    [InlineData("padding", "24px", "p-6")]
    [InlineData("padding", "1.5rem", "p-6")]
    [InlineData("padding", "1px", "p-px")]
    [InlineData("padding", "0", "p-0")]
    [InlineData("padding", "26px", "p-6.5")]
    [InlineData("paddingLeft", "16px", "pl-4")]
    [InlineData("padding-inline", "16px", "px-4")]
    [InlineData("margin", "-16px", "-m-4")]
    [InlineData("margin", "auto", "m-auto")]
    [InlineData("marginTop", "-1px", "-mt-px")]
    [InlineData("gap", "12px", "gap-3")]
    [InlineData("columnGap", "8px", "gap-x-2")]
    [InlineData("top", "50%", "top-1/2")]
    public void Spacing_values_on_the_theme_scale_become_tokens(string property, string value, string expected) =>
        Assert.Equal(expected, ClassFor(property, value));

    [Theory]
    [InlineData("padding", "23px", "p-[23px]")]
    [InlineData("margin", "-13px", "m-[-13px]")]
    [InlineData("width", "calc(100% - 2rem)", "w-[calc(100%_-_2rem)]")]
    [InlineData("color", "#0af", "text-[#0af]")]
    [InlineData("backgroundColor", "rgb(10 20 30)", "bg-[rgb(10_20_30)]")]
    [InlineData("fontSize", "15px", "text-[15px]")]
    [InlineData("fontFamily", "Georgia, serif", "font-[Georgia,_serif]")]
    [InlineData("zIndex", "5", "z-5")]
    [InlineData("maskType", "alpha", "[mask-type:alpha]")]
    public void Values_off_the_scale_become_arbitrary_values_or_properties(string property, string value, string expected) =>
        Assert.Equal(expected, ClassFor(property, value));

    [Theory]
    [InlineData("width", "50%", "w-1/2")]
    [InlineData("width", "100%", "w-full")]
    [InlineData("width", "1000px", "w-250")]
    [InlineData("width", "100vw", "w-screen")]
    [InlineData("width", "28rem", "w-md")]
    [InlineData("maxWidth", "65ch", "max-w-prose")]
    [InlineData("height", "100vh", "h-screen")]
    [InlineData("minHeight", "100dvh", "min-h-dvh")]
    public void Sizes_use_fractions_keywords_and_container_widths(string property, string value, string expected) =>
        Assert.Equal(expected, ClassFor(property, value));

    [Theory]
    [InlineData("color", "#000", "text-black")]
    [InlineData("color", "black", "text-black")]
    [InlineData("color", "rgba(0, 0, 0, 0.5)", "text-black/50")]
    [InlineData("backgroundColor", "#ffffff", "bg-white")]
    [InlineData("backgroundColor", "transparent", "bg-transparent")]
    [InlineData("borderColor", "currentColor", "border-current")]
    [InlineData("backgroundColor", "oklch(63.7% 0.237 25.331)", "bg-red-500")]
    public void Colours_match_the_palette_and_keep_their_opacity(string property, string value, string expected) =>
        Assert.Equal(expected, ClassFor(property, value));

    [Fact]
    public void A_palette_colour_given_as_the_hex_its_swatch_shows_is_that_token()
    {
        var swatch = Css.CssColor.TryParse("oklch(62.3% 0.214 259.815)", out var blue) ? blue.ToHex() : "";

        Assert.Equal("bg-blue-500", ClassFor("background-color", swatch));
    }

    [Theory]
    [InlineData("fontSize", "18px", "text-lg")]
    [InlineData("fontSize", "0.875rem", "text-sm")]
    [InlineData("fontWeight", "700", "font-bold")]
    [InlineData("fontWeight", "550", "font-[550]")]
    [InlineData("lineHeight", "1.5", "leading-normal")]
    [InlineData("lineHeight", "24px", "leading-6")]
    [InlineData("letterSpacing", "0.025em", "tracking-wide")]
    [InlineData("textAlign", "center", "text-center")]
    [InlineData("textTransform", "uppercase", "uppercase")]
    [InlineData("fontStyle", "italic", "italic")]
    [InlineData("whiteSpace", "nowrap", "whitespace-nowrap")]
    public void Typography(string property, string value, string expected) =>
        Assert.Equal(expected, ClassFor(property, value));

    [Theory]
    [InlineData("display", "flex", "flex")]
    [InlineData("display", "none", "hidden")]
    [InlineData("display", "grid", "grid")]
    [InlineData("position", "absolute", "absolute")]
    [InlineData("flexDirection", "column", "flex-col")]
    [InlineData("justifyContent", "space-between", "justify-between")]
    [InlineData("alignItems", "center", "items-center")]
    [InlineData("gridTemplateColumns", "repeat(3, minmax(0, 1fr))", "grid-cols-3")]
    [InlineData("overflow", "hidden", "overflow-hidden")]
    [InlineData("userSelect", "none", "select-none")]
    public void Layout_keywords_become_their_utilities(string property, string value, string expected) =>
        Assert.Equal(expected, ClassFor(property, value));

    [Theory]
    [InlineData("borderRadius", "8px", "rounded-lg")]
    [InlineData("borderRadius", "0", "rounded-none")]
    [InlineData("borderWidth", "2px", "border-2")]
    [InlineData("borderWidth", "1px", "border")]
    [InlineData("borderStyle", "dashed", "border-dashed")]
    [InlineData("opacity", "0.5", "opacity-50")]
    [InlineData("opacity", "50%", "opacity-50")]
    [InlineData("boxShadow", "0 4px 6px -1px rgb(0 0 0 / 0.1), 0 2px 4px -2px rgb(0 0 0 / 0.1)", "shadow-md")]
    [InlineData("transitionDuration", "300ms", "duration-300")]
    [InlineData("rotate", "45deg", "rotate-45")]
    [InlineData("cursor", "pointer", "cursor-pointer")]
    public void Borders_effects_and_transitions(string property, string value, string expected) =>
        Assert.Equal(expected, ClassFor(property, value));

    [Theory]
    [InlineData("md", "md:flex-row")]
    [InlineData("md:", "md:flex-row")]
    [InlineData("lg:hover", "lg:hover:flex-row")]
    [InlineData("", "flex-row")]
    public void The_class_is_written_at_the_variant_the_canvas_frame_edits(string variant, string expected) =>
        Assert.Equal(expected, ClassFor("flex-direction", "row", variant));

    [Fact]
    public void A_projects_theme_tokens_are_preferred_to_arbitrary_values()
    {
        var styles = TailwindStyles.FromCss(File.ReadAllText(TestPaths.ProjectThemeCss));

        Assert.Equal("bg-brand-500", styles.ClassFor("background-color", "#4f6bf5"));
        Assert.Equal("p-18", styles.ClassFor("padding", "4.5rem"));
        Assert.Equal("rounded-card", styles.ClassFor("border-radius", "20px"));
        Assert.Equal("font-display", styles.ClassFor("font-family", "\"Poppins\", \"Inter\", ui-sans-serif, sans-serif"));
    }
}
