using OmniOS.Design.Documents;
using OmniOS.Design.Model;
using OmniOS.Server.Engine;
using OmniOS.Server.Tests.Harness;
using OmniOS.Server.Workspace;
using OmniOS.Styles.Conventions;

namespace OmniOS.Server.Tests;

public sealed class ProjectStylesTests : IDisposable
{
    private readonly ExampleWorkspace _example = new();
    private readonly DesignWorkspace _workspace;

    public ProjectStylesTests()
    {
        _workspace = new DesignWorkspace(new WorkspaceFiles(_example.Root), new NoWriter());
    }

    public void Dispose() => _example.Dispose();

    [Fact]
    public void The_project_theme_comes_from_the_stylesheet_its_layout_imports()
    {
        Assert.True(_workspace.Styles.UsesTailwind);
        Assert.Equal("#4f6bf5", _workspace.Styles.Tailwind.Resolve("bg-brand-500")!.Declarations.Single(d => d.Property == "background-color").Value);
        Assert.Equal("bg-brand-500", _workspace.Styles.Tailwind.ClassFor("background-color", "#4f6bf5", null));
    }

    [Fact]
    public void An_edit_to_the_stylesheet_on_disk_changes_the_theme()
    {
        Assert.NotNull(_workspace.Styles.Tailwind.Resolve("bg-brand-500"));
        Assert.Null(_workspace.Styles.Tailwind.Resolve("bg-accent"));
        var css = _example.FullPath("app/globals.css");
        File.WriteAllText(css, File.ReadAllText(css).Replace("@theme {", "@theme {\n  --color-accent: #ff0066;"));
        File.SetLastWriteTimeUtc(css, DateTime.UtcNow.AddSeconds(5));

        Assert.Equal("#ff0066", _workspace.Styles.Tailwind.Resolve("bg-accent")!.Declarations.Single(d => d.Property == "background-color").Value);
    }

    [Fact]
    public void A_project_without_settings_follows_each_file_and_the_editor_setting_wins_over_the_project_file()
    {
        Assert.Equal(ConventionSetting.Auto, _workspace.Styles.Setting);
        var path = _example.FullPath(ProjectStyles.SettingsPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, """{ "styling": { "convention": "inline" } }""");
        Assert.Equal(ConventionSetting.Inline, _workspace.Styles.Setting);
        _workspace.Styles.EditorSetting = ConventionSetting.Tailwind;
        Assert.Equal(ConventionSetting.Tailwind, _workspace.Styles.Setting);
    }

    [Fact]
    public void A_broken_settings_file_is_reported_and_ignored()
    {
        var problems = new List<string>();
        _workspace.Styles.SettingsProblem += problems.Add;
        var path = _example.FullPath(ProjectStyles.SettingsPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, """{ "styling": { "convention": """);

        Assert.Equal(ConventionSetting.Auto, _workspace.Styles.Setting);
        Assert.Contains("omnios/settings.json is not valid JSON", Assert.Single(problems), StringComparison.Ordinal);
        Assert.Equal("""{ "styling": { "convention": """, File.ReadAllText(path));
    }

    [Fact]
    public void A_padding_change_on_a_tailwind_element_is_planned_as_a_class_replacement()
    {
        var model = _workspace.TryGet("components/Hero.tsx")!.Model;
        var section = Elements(model).First(e => e.Name == "section");

        var change = Assert.IsType<ClassChange>(_workspace.Styles.Plan(model, section, "padding-left", "32px", null));
        var classes = change.Edit.ApplyTo(section.ClassName!.Static);

        Assert.Contains("pl-8", change.Edit.Add);
        Assert.Equal("2rem", _workspace.Styles.Tailwind.ValueOf(classes, "padding-left")!.Value);
        Assert.Equal("1.5rem", _workspace.Styles.Tailwind.ValueOf(classes, "padding-right")!.Value);
    }

    [Fact]
    public void A_file_written_with_inline_styles_gets_inline_styles()
    {
        File.WriteAllText(_example.FullPath("components/Inline.tsx"), """
            export function Badge() {
              return <span style={{ padding: 4, color: "red" }}>New</span>;
            }
            """);
        var model = _workspace.TryGet("components/Inline.tsx")!.Model;
        var span = Elements(model).Single();

        Assert.Equal(StyleConvention.Inline, _workspace.Styles.ConventionOf(model));
        Assert.Equal(new InlineChange("margin", "8px"), _workspace.Styles.Plan(model, span, "margin", "8px", null));
    }

    private static IEnumerable<ElementNode> Elements(DesignModel model) => model.Components.SelectMany(c => c.Roots).SelectMany(DesignNode.ElementsIn);

    private sealed class NoWriter : IChangeWriter
    {
        public Task<string?> WriteAsync(DesignDocument document, PreparedChange change, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("These tests change no file through the workspace.");
    }
}
