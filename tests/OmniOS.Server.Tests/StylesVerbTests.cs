using System.Text.Json;
using OmniOS.Server.Cli;
using OmniOS.Server.Tests.Harness;

namespace OmniOS.Server.Tests;

/// <summary>The `omnios styles` contract that checks rely on exactly (issue 7).</summary>
public sealed class StylesVerbTests : IDisposable
{
    private readonly CommandLineRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Styles_css_maps_each_class_to_its_declarations_under_its_media_query_and_unknown_classes_to_null()
    {
        var (code, output, _) = CommandLineRun.Run("styles", "css", "p-4", "md:flex", "foo-bar");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(
            """{"p-4":{"padding":"1rem"},"md:flex":{"@media (width >= 48rem)":{"display":"flex"}},"foo-bar":null}""",
            JsonSerializer.Serialize(json.RootElement, OmniOS.Server.Protocol.JsonOptions.Compact));
    }

    [Fact]
    public void Styles_css_resolves_theme_variables_and_nests_states_and_selectors_outermost_first()
    {
        var (_, output, _) = CommandLineRun.Run("styles", "css", "bg-red-500", "hover:bg-black/50", "space-y-4", "text-lg", "p-4!");

        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("oklch(63.7% 0.237 25.331)", root.GetProperty("bg-red-500").GetProperty("background-color").GetString());
        Assert.Equal("color-mix(in oklab, #000 50%, transparent)", root.GetProperty("hover:bg-black/50").GetProperty("@media (hover: hover)").GetProperty("&:hover").GetProperty("background-color").GetString());
        Assert.Equal("1rem", root.GetProperty("space-y-4").GetProperty(":where(& > :not(:last-child))").GetProperty("margin-block-end").GetString());
        Assert.Equal("1.125rem", root.GetProperty("text-lg").GetProperty("font-size").GetString());
        Assert.Equal("1rem !important", root.GetProperty("p-4!").GetProperty("padding").GetString());
    }

    [Theory]
    [InlineData("padding", "24px", null, "p-6")]
    [InlineData("padding", "23px", null, "p-[23px]")]
    [InlineData("flex-direction", "row", "md", "md:flex-row")]
    [InlineData("backgroundColor", "#000", null, "bg-black")]
    [InlineData("width", "50%", "lg", "lg:w-1/2")]
    public void Styles_class_prints_the_class_it_would_write(string property, string value, string? variant, string expected)
    {
        var (code, output, _) = variant is null ? CommandLineRun.Run("styles", "class", property, value) : CommandLineRun.Run("styles", "class", property, value, "--variant", variant);

        Assert.Equal(0, code);
        Assert.Equal(expected + "\n", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_projects_css_brings_its_theme_to_both_directions()
    {
        var css = _cli.Write("globals.css", "@import \"tailwindcss\";\n@theme { --color-brand-500: #4f6bf5; --breakpoint-xs: 30rem; }\n");

        var (_, classOutput, _) = CommandLineRun.Run("styles", "class", "color", "#4f6bf5", "--css", css);
        var (_, cssOutput, _) = CommandLineRun.Run("styles", "css", "xs:bg-brand-500", "--css", css);

        Assert.Equal("text-brand-500", classOutput.Trim());
        using var json = JsonDocument.Parse(cssOutput);
        Assert.Equal("#4f6bf5", json.RootElement.GetProperty("xs:bg-brand-500").GetProperty("@media (width >= 30rem)").GetProperty("background-color").GetString());
    }

    [Fact]
    public void Styles_sheet_prints_the_css_and_names_unknown_classes_on_stderr()
    {
        var (code, output, error) = CommandLineRun.Run("styles", "sheet", "md:flex", "p-4", "nope");

        Assert.Equal(0, code);
        Assert.StartsWith(".p-4 {\n  padding: 1rem;\n}\n@media (width >= 48rem) {\n  .md\\:flex {", output.ReplaceLineEndings("\n"));
        Assert.Contains("unknown class 'nope'", error);
    }

    [Theory]
    [InlineData("styles")]
    [InlineData("styles", "css")]
    [InlineData("styles", "class", "padding")]
    [InlineData("styles", "class", "padding", "1px", "--variant")]
    [InlineData("styles", "class", "padding", " ")]
    [InlineData("styles", "frob", "x")]
    public void Wrong_arguments_exit_64_with_usage(params string[] args)
    {
        var (code, _, error) = CommandLineRun.Run(args);

        Assert.Equal(64, code);
        Assert.Contains("usage: omnios styles", error);
    }

    [Fact]
    public void A_css_file_that_cannot_be_read_exits_two()
    {
        var (code, _, error) = CommandLineRun.Run("styles", "class", "padding", "4px", "--css", Path.Combine(_cli.Directory, "missing.css"));

        Assert.Equal(2, code);
        Assert.Contains("cannot read", error);
    }

    [Fact]
    public void Apply_takes_replace_classes_and_writes_the_new_class_where_the_old_one_stood()
    {
        var file = _cli.Write("a.tsx", "const a = <p className=\"flex p-4 text-sm\" />;\n");
        var commands = _cli.Write("c.json", """[{"op":"replaceClasses","at":10,"remove":["p-4"],"add":["p-6"]}]""");
        var output = new MemoryStream();
        var error = new StringWriter();

        var code = ApplyVerb.Run([file, commands], output, error);

        Assert.Equal(0, code);
        Assert.Equal("const a = <p className=\"flex p-6 text-sm\" />;\n", System.Text.Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public void Apply_names_the_field_of_a_malformed_replace_classes_command()
    {
        var file = _cli.Write("a.tsx", "const a = <p className=\"p-4\" />;\n");
        var commands = _cli.Write("c.json", """[{"op":"replaceClasses","at":10,"remove":"p-4"}]""");
        var error = new StringWriter();

        var code = ApplyVerb.Run([file, commands], new MemoryStream(), error);

        Assert.Equal(2, code);
        Assert.Contains("\"remove\" must be an array of strings", error.ToString());
    }
}
