using OmniOS.Styles.Css;

namespace OmniOS.Styles.Tests;

/// <summary>What the unknown-class diagnostic learns from a project's stylesheets: the classes they define and what they load.</summary>
public sealed class StylesheetReaderTests
{
    [Fact]
    public void Class_selectors_at_any_depth_are_read_with_escapes_resolved_and_numbers_and_strings_left_out()
    {
        const string css = """
            @import "tailwindcss";
            /* .commented-out { } */
            .card, .card > .card-title:hover { padding: 1.5rem; background: url("a.b.png"); }
            @layer components { .btn-primary { @apply bg-blue-500; } }
            @media (width >= 40.5rem) { .menu-open .nav-item { opacity: .5; } }
            .md\:special, .w-1\/2x, .\31 0up { color: red; }
            [data-kind="x.y"] :is(.a-b, .c_d) { color: red; }
            @keyframes spin { 12.5% { rotate: 45deg; } }
            """;

        var outline = StylesheetReader.Read(css);

        Assert.Equal(["card", "card-title", "btn-primary", "menu-open", "nav-item", "md:special", "w-1/2x", "10up", "a-b", "c_d"], outline.Classes);
        Assert.True(outline.ImportsTailwind);
        Assert.Empty(outline.Plugins);
    }

    [Fact]
    public void Utilities_imports_plugins_configs_and_v3_directives_are_listed()
    {
        const string css = """
            @import "tailwindcss" source(none);
            @import url("./theme.css") layer(theme);
            @import 'tw-animate-css';
            @plugin "@tailwindcss/typography";
            @config "../tailwind.config.js";
            @tailwind utilities;
            @utility content-auto { content-visibility: auto; }
            @utility tab-* { tab-size: --value(integer); }
            @custom-variant theme-midnight (&:where(.midnight, .midnight *));
            """;

        var outline = StylesheetReader.Read(css);

        Assert.Equal(["tailwindcss", "./theme.css", "tw-animate-css"], outline.Imports);
        Assert.Equal(["@tailwindcss/typography"], outline.Plugins);
        Assert.Equal(["../tailwind.config.js"], outline.Configs);
        Assert.True(outline.HasTailwindDirectives);
        Assert.Equal(["content-auto", "tab-*"], outline.Utilities);
        Assert.Equal(["midnight"], outline.Classes);
    }

    [Fact]
    public void A_stylesheets_utilities_take_variants_and_its_plain_classes_are_found_as_written()
    {
        var classes = new StylesheetClasses([("app/globals.css", StylesheetReader.Read(".card { } @utility content-auto { } @utility tab-* { }"))]);

        Assert.Equal("app/globals.css", classes.DefinedIn("card"));
        Assert.Equal("app/globals.css", classes.DefinedIn("md:hover:content-auto"));
        Assert.Equal("app/globals.css", classes.DefinedIn("md:tab-4"));
        Assert.Null(classes.DefinedIn("tab-"));
        Assert.Null(classes.DefinedIn("hover:card-x"));
    }

    [Fact]
    public void Broken_css_gives_what_could_be_read()
    {
        var outline = StylesheetReader.Read(".a { color: red; .b { @import \"x");

        Assert.Equal(["a", "b"], outline.Classes);
    }
}
