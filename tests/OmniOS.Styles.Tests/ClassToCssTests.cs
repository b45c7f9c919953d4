namespace OmniOS.Styles.Tests;

/// <summary>
/// Class → CSS, family by family, as `omnios styles css` shows it: declarations with theme variables and Tailwind's
/// own variables resolved. (The oracle test checks thousands more against Tailwind itself.)
/// </summary>
public sealed class ClassToCssTests
{
    /// <summary>The declarations of a class as "property: value; …", rules separated by " | " with their wrappers.</summary>
    private static string Css(string className, TailwindStyles? styles = null)
    {
        var style = (styles ?? TailwindStyles.Default).Resolve(className);
        if (style is null)
            return "null";
        return string.Join(" | ", style.Rules.Select(r =>
            (r.Wrappers.Count == 0 ? "" : string.Join(" ", r.Wrappers) + " ") + string.Join("; ", r.Declarations.Select(d => $"{d.Property}: {d.Text}"))));
    }

    [Theory]
    [InlineData("flex", "display: flex")]
    [InlineData("hidden", "display: none")]
    [InlineData("absolute", "position: absolute")]
    [InlineData("inset-0", "inset: 0")]
    [InlineData("-top-1/2", "top: -50%")]
    [InlineData("z-10", "z-index: 10")]
    [InlineData("overflow-x-auto", "overflow-x: auto")]
    [InlineData("aspect-video", "aspect-ratio: 16 / 9")]
    [InlineData("object-cover", "object-fit: cover")]
    public void Layout(string className, string css) => Assert.Equal(css, Css(className));

    [Theory]
    [InlineData("flex-col", "flex-direction: column")]
    [InlineData("flex-1", "flex: 1")]
    [InlineData("grow", "flex-grow: 1")]
    [InlineData("basis-1/3", "flex-basis: 33.3333%")]
    [InlineData("items-center", "align-items: center")]
    [InlineData("justify-between", "justify-content: space-between")]
    [InlineData("gap-4", "gap: 1rem")]
    [InlineData("grid-cols-3", "grid-template-columns: repeat(3, minmax(0, 1fr))")]
    [InlineData("col-span-2", "grid-column: span 2 / span 2")]
    [InlineData("grid-cols-[200px_1fr]", "grid-template-columns: 200px 1fr")]
    public void Flexbox_and_grid(string className, string css) => Assert.Equal(css, Css(className));

    [Theory]
    [InlineData("p-4", "padding: 1rem")]
    [InlineData("px-6", "padding-inline: 1.5rem")]
    [InlineData("p-[23px]", "padding: 23px")]
    [InlineData("p-px", "padding: 1px")]
    [InlineData("m-auto", "margin: auto")]
    [InlineData("-mt-4", "margin-top: -1rem")]
    [InlineData("-m-[3px]", "margin: -3px")]
    [InlineData("space-y-4", ":where(& > :not(:last-child)) margin-block-start: 0; margin-block-end: 1rem")]
    public void Spacing(string className, string css) => Assert.Equal(css, Css(className));

    [Theory]
    [InlineData("w-1/2", "width: 50%")]
    [InlineData("w-full", "width: 100%")]
    [InlineData("h-screen", "height: 100vh")]
    [InlineData("size-8", "width: 2rem; height: 2rem")]
    [InlineData("max-w-lg", "max-width: 32rem")]
    [InlineData("min-h-[200px]", "min-height: 200px")]
    [InlineData("w-[calc(100%-2rem)]", "width: calc(100% - 2rem)")]
    public void Sizing(string className, string css) => Assert.Equal(css, Css(className));

    [Theory]
    [InlineData("text-sm", "font-size: 0.875rem; line-height: 1.4286")]
    [InlineData("text-sm/6", "font-size: 0.875rem; line-height: 1.5rem")]
    [InlineData("text-[14px]", "font-size: 14px")]
    [InlineData("text-white", "color: #fff")]
    [InlineData("text-[#333]", "color: #333")]
    [InlineData("font-bold", "font-weight: 700")]
    [InlineData("leading-tight", "line-height: 1.25")]
    [InlineData("tracking-wide", "letter-spacing: 0.025em")]
    [InlineData("-tracking-wide", "letter-spacing: -0.025em")]
    [InlineData("text-center", "text-align: center")]
    [InlineData("truncate", "overflow: hidden; text-overflow: ellipsis; white-space: nowrap")]
    [InlineData("underline", "text-decoration-line: underline")]
    public void Typography(string className, string css) => Assert.Equal(css, Css(className));

    [Theory]
    [InlineData("bg-red-500", "background-color: oklch(63.7% 0.237 25.331)")]
    [InlineData("bg-black/50", "background-color: color-mix(in oklab, #000 50%, transparent)")]
    [InlineData("bg-sky-500/[0.37]", "background-color: color-mix(in oklab, oklch(68.5% 0.169 237.323) 37%, transparent)")]
    [InlineData("bg-[#0af]", "background-color: #0af")]
    [InlineData("bg-[url(/hero.png)]", "background-image: url(/hero.png)")]
    [InlineData("bg-cover", "background-size: cover")]
    [InlineData("bg-linear-to-r", "background-image: linear-gradient(var(--tw-gradient-stops)) | @supports (background-image: linear-gradient(in lab, red, red)) ")]
    public void Backgrounds(string className, string css) => Assert.Equal(css, Css(className));

    [Theory]
    [InlineData("border", "border-style: solid; border-width: 1px")]
    [InlineData("border-t-2", "border-top-style: solid; border-top-width: 2px")]
    [InlineData("border-gray-200", "border-color: oklch(92.8% 0.006 264.531)")]
    [InlineData("border-dashed", "border-style: dashed")]
    [InlineData("rounded-lg", "border-radius: 0.5rem")]
    [InlineData("rounded", "border-radius: 0.25rem")]
    [InlineData("rounded-t-xl", "border-top-left-radius: 0.75rem; border-top-right-radius: 0.75rem")]
    [InlineData("rounded-full", "border-radius: calc(infinity * 1px)")]
    [InlineData("ring-2", "box-shadow: 0 0 0 2px currentcolor")]
    [InlineData("outline-2", "outline-style: solid; outline-width: 2px")]
    public void Borders_and_radius(string className, string css) => Assert.Equal(css, Css(className));

    [Theory]
    [InlineData("shadow-md", "box-shadow: 0 4px 6px -1px rgb(0 0 0 / 0.1), 0 2px 4px -2px rgb(0 0 0 / 0.1)")]
    [InlineData("shadow-none", "box-shadow: 0 0 #0000")]
    [InlineData("opacity-50", "opacity: 50%")]
    [InlineData("opacity-[.37]", "opacity: .37")]
    [InlineData("mix-blend-multiply", "mix-blend-mode: multiply")]
    [InlineData("blur-sm", "filter: blur(8px)")]
    public void Effects(string className, string css) => Assert.Equal(css, Css(className));

    [Theory]
    [InlineData("translate-x-4", "translate: 1rem 0")]
    [InlineData("-translate-x-1/2", "translate: -50% 0")]
    [InlineData("rotate-45", "rotate: 45deg")]
    [InlineData("-rotate-90", "rotate: -90deg")]
    [InlineData("scale-105", "scale: 105% 105%")]
    [InlineData("skew-x-6", "transform: skewX(6deg)")]
    [InlineData("origin-top-left", "transform-origin: 0 0")]
    public void Transforms(string className, string css) => Assert.Equal(css, Css(className));

    [Theory]
    [InlineData("transition-colors", "transition-property: color, background-color, border-color, outline-color, text-decoration-color, fill, stroke, --tw-gradient-from, --tw-gradient-via, --tw-gradient-to; transition-timing-function: cubic-bezier(0.4, 0, 0.2, 1); transition-duration: 150ms")]
    [InlineData("duration-300", "transition-duration: 300ms")]
    [InlineData("delay-150", "transition-delay: 150ms")]
    [InlineData("ease-in-out", "transition-timing-function: cubic-bezier(0.4, 0, 0.2, 1)")]
    [InlineData("animate-spin", "animation: spin 1s linear infinite")]
    public void Transitions(string className, string css) => Assert.Equal(css, Css(className));

    [Theory]
    [InlineData("md:flex", "@media (width >= 48rem) display: flex")]
    [InlineData("2xl:p-4", "@media (width >= 96rem) padding: 1rem")]
    [InlineData("max-md:hidden", "@media (width < 48rem) display: none")]
    [InlineData("hover:bg-red-500", "@media (hover: hover) &:hover background-color: oklch(63.7% 0.237 25.331)")]
    [InlineData("focus:ring-2", "&:focus box-shadow: 0 0 0 2px currentcolor")]
    [InlineData("active:scale-95", "&:active scale: 95% 95%")]
    [InlineData("disabled:opacity-50", "&:disabled opacity: 50%")]
    [InlineData("dark:bg-slate-900", "@media (prefers-color-scheme: dark) background-color: oklch(20.8% 0.042 265.755)")]
    [InlineData("md:hover:underline", "@media (width >= 48rem) @media (hover: hover) &:hover text-decoration-line: underline")]
    [InlineData("dark:md:hover:p-4", "@media (prefers-color-scheme: dark) @media (width >= 48rem) @media (hover: hover) &:hover padding: 1rem")]
    [InlineData("group-hover:text-white", "@media (hover: hover) :is(:where(.group):hover &) color: #fff")]
    [InlineData("md:!p-4", "@media (width >= 48rem) padding: 1rem !important")]
    [InlineData("p-4!", "padding: 1rem !important")]
    public void Variants_breakpoints_states_dark_and_stacked(string className, string css) => Assert.Equal(css, Css(className));

    [Theory]
    [InlineData("foo-bar")]
    [InlineData("p-foo")]
    [InlineData("bg-red-1000")]
    [InlineData("-p-4")]
    [InlineData("hover:")]
    [InlineData("nope:p-4")]
    [InlineData("p-[23px")]
    public void Unknown_classes_resolve_to_nothing(string className) => Assert.Equal("null", Css(className));

    [Fact]
    public void A_class_list_keeps_its_unknown_classes_and_reports_them_in_order()
    {
        var resolved = TailwindStyles.Default.ResolveAll(["flex", "my-widget", "p-4", "js-hook", "p-foo"]);

        Assert.Equal(["flex", "p-4"], resolved.Known.Select(k => k.ClassName));
        Assert.Equal(["my-widget", "js-hook", "p-foo"], resolved.Unknown);
    }

    [Fact]
    public void A_projects_theme_adds_colours_fonts_spacing_and_breakpoints_and_its_custom_variants_replace_dark()
    {
        var styles = TailwindStyles.FromCss(File.ReadAllText(TestPaths.ProjectThemeCss));

        Assert.Equal("background-color: #4f6bf5", Css("bg-brand-500", styles));
        Assert.Equal("font-family: \"Poppins\", \"Inter\", ui-sans-serif, sans-serif", Css("font-display", styles));
        Assert.Equal("@media (width >= 30rem) display: flex", Css("xs:flex", styles));
        Assert.Equal("&:where(.dark, .dark *) color: #eef4ff", Css("dark:text-brand-50", styles));
        Assert.Equal("null", Css("bg-lime-500", styles));
    }
}
