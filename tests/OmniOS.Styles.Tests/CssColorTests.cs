using OmniOS.Styles.Css;

namespace OmniOS.Styles.Tests;

/// <summary>Colours as inline styles write them (for the editor's swatches) and as a colour picker gives them back.</summary>
public sealed class CssColorTests
{
    [Fact]
    public void The_colours_in_a_value_are_found_with_their_positions_and_other_functions_are_skipped()
    {
        const string value = "0 1px 2px rgb(0 0 0 / 0.2), 1px solid #333 rebeccapurple url(red.png) var(--red) transparent 10px";

        var found = CssColor.Find(value).Select(c => (value.Substring(c.Start, c.Length), c.Color.ToHex())).ToList();

        Assert.Equal([("rgb(0 0 0 / 0.2)", "#00000033"), ("#333", "#333333"), ("rebeccapurple", "#663399"), ("transparent", "#00000000")], found);
    }

    [Theory]
    [InlineData("aliceblue", "#f0f8ff")]
    [InlineData("DarkSlateGray", "#2f4f4f")]
    [InlineData("tomato", "#ff6347")]
    [InlineData("yellowgreen", "#9acd32")]
    public void Every_css_named_colour_is_known(string name, string hex)
    {
        Assert.True(CssColor.TryParse(name, out var color));
        Assert.Equal(hex, color.ToHex());
    }

    [Fact]
    public void A_colour_is_written_in_rgb_and_hsl_in_the_modern_and_the_legacy_syntax()
    {
        Assert.True(CssColor.TryParse("#00aaff", out var sky));
        Assert.Equal("rgb(0 170 255)", sky.ToRgb());
        Assert.Equal("rgba(0, 170, 255, 0.5)", sky.WithAlpha(0.5).ToRgb(commas: true));
        Assert.Equal("hsl(200 100% 50%)", sky.ToHsl());
        Assert.Equal("hsla(200, 100%, 50%, 0.25)", sky.WithAlpha(0.25).ToHsl(commas: true));
        Assert.True(CssColor.TryParse(sky.ToHsl(), out var back));
        Assert.Equal(sky.ToHex(), back.ToHex());
    }
}
