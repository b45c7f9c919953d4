using System.Text.RegularExpressions;
using OmniOS.Styles.Theme;

namespace OmniOS.Styles.Tests;

/// <summary>The default theme and the reading of a project's @theme blocks.</summary>
public sealed partial class ThemeTests
{
    [Fact]
    public void The_default_theme_holds_every_variable_of_the_installed_tailwind_theme_css_with_the_same_value()
    {
        var path = Path.Combine(TestPaths.RepositoryRoot, "node_modules", "tailwindcss", "theme.css");
        Assert.True(File.Exists(path), $"{path} is missing; run npm ci (the README's test command does).");
        var expected = ThemeCssReader.Read(File.ReadAllText(path)).Variables;

        var theme = TailwindTheme.Default;

        Assert.True(expected.Count > 300, $"theme.css gave only {expected.Count} variables");
        var different = expected.Where(v => theme.Get(v.Name) != v.Value).Select(v => $"{v.Name}: tailwind {v.Value}, ours {theme.Get(v.Name) ?? "(missing)"}").ToList();
        Assert.True(different.Count == 0, string.Join('\n', different));
        Assert.Equal(expected.Select(v => v.Name).Order(StringComparer.Ordinal), theme.Variables.Select(v => v.Name).Order(StringComparer.Ordinal));
        Assert.Equal(KeyframeNames().Matches(File.ReadAllText(path)).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal), theme.Keyframes.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_projects_theme_blocks_add_and_override_variables_and_initial_clears_a_namespace()
    {
        var theme = TailwindTheme.FromCss("""
            @import "tailwindcss";
            /* comments are ignored: @theme { --color-x: red; } */
            @theme inline {
              --color-brand: #4f6bf5;
              --spacing: 0.3rem;
              --font-sans: "Inter",
                sans-serif;
              @keyframes wiggle { 50% { rotate: 3deg; } }
            }
            @theme { --color-red-*: initial; }
            .card { --color-not-theme: blue; }
            """);

        Assert.Equal("#4f6bf5", theme.Get("--color-brand"));
        Assert.Equal("0.3rem", theme.Spacing);
        Assert.Equal("\"Inter\", sans-serif", theme.Get("--font-sans"));
        Assert.Null(theme.Get("--color-red-500"));
        Assert.NotNull(theme.Get("--color-blue-500"));
        Assert.Null(theme.Get("--color-x"));
        Assert.Null(theme.Get("--color-not-theme"));
        Assert.Equal("50% { rotate: 3deg; }", theme.Keyframes["wiggle"].Body);
    }

    [Fact]
    public void Custom_variants_are_read_in_both_forms_and_broken_css_gives_what_could_be_read()
    {
        var sheet = ThemeCssReader.Read("""
            @custom-variant dark (&:where(.dark, .dark *));
            @custom-variant pointer-hover { @media (hover: hover) { @slot; } }
            @theme { --color-a: red; --color-b: blue
            """);

        Assert.Equal([new CustomVariant("dark", "&:where(.dark, .dark *)"), new CustomVariant("pointer-hover", "@media (hover: hover)")], sheet.CustomVariants);
        Assert.Equal(["--color-a", "--color-b"], sheet.Variables.Select(v => v.Name));
    }

    [Fact]
    public void Breakpoints_come_smallest_first_whatever_order_the_theme_defines_them_in()
    {
        var theme = TailwindTheme.FromCss("@theme { --breakpoint-3xl: 120rem; --breakpoint-xs: 30rem; }");

        Assert.Equal(["xs", "sm", "md", "lg", "xl", "2xl", "3xl"], theme.Breakpoints.Select(b => b.Name));
    }

    [GeneratedRegex(@"@keyframes\s+([a-z-]+)")]
    private static partial Regex KeyframeNames();
}
