using System.Text.Json;
using OmniOS.Server.Tests.Harness;

namespace OmniOS.Server.Tests.Lsp;

/// <summary>
/// Class diagnostics beside the design ones: conflicting classes (OMN4001) and classes that do nothing (OMN4002),
/// and above all no diagnostic on a class that works — one the project's CSS defines (imported, linked, or from a
/// package), another library's, Tailwind's markers, or any class of a real project.
/// </summary>
public sealed class LspClassDiagnosticsTests
{
    private const string Card = """
        import { cn } from "@/lib/cn";

        export function Card({ on }: { on: boolean }) {
          return (
            <div className="group p-4 flex p-6 card swiper-slide Toastify__toast btn-primary peer/item animate-in flex-legacy">
              <p className={on ? "p-2" : "p-8"}>a</p>
              <p className="md:p-4 p-6 hover:p-2 text-lg leading-7 shadow-md ring-2">b</p>
              <p className="bg-blu-500 mdd:flex hover:card-x content-auto md:tab-4 dark">c</p>
              <span className={cn("px-4", on && "px-6")}>d</span>
            </div>
          );
        }

        """;

    /// <summary>globals.css with a plain class and two @utilities, a package stylesheet it imports, and a sheet no source imports.</summary>
    private static void ProjectCss(ExampleWorkspace workspace)
    {
        var globals = workspace.Read("app/globals.css").Replace("@import \"tailwindcss\";", "@import \"tailwindcss\";\n@import \"tw-animate-css\";", StringComparison.Ordinal);
        workspace.Write("app/globals.css", globals + "\n.card { border-radius: 1rem; }\n@utility content-auto { content-visibility: auto; }\n@utility tab-* { tab-size: --value(integer); }\n");
        workspace.Write("node_modules/tw-animate-css/package.json", """{ "name": "tw-animate-css", "exports": { ".": { "style": "./dist/tw-animate.css" } } }""");
        workspace.Write("node_modules/tw-animate-css/dist/tw-animate.css", "@utility animate-in { animation: enter 150ms; }\n");
        workspace.Write("public/legacy.css", ".flex-legacy { display: flex; }\n");
    }

    private static List<JsonElement> Coded(JsonElement diagnostics, string code) =>
        [.. diagnostics.EnumerateArray().Where(d => d.GetProperty("code").GetString() == code)];

    private static string Covered(string text, JsonElement diagnostic)
    {
        var range = diagnostic.GetProperty("range");
        var start = TextPositions.OffsetOf(text, range.GetProperty("start").GetProperty("line").GetInt32(), range.GetProperty("start").GetProperty("character").GetInt32());
        var end = TextPositions.OffsetOf(text, range.GetProperty("end").GetProperty("line").GetInt32(), range.GetProperty("end").GetProperty("character").GetInt32());
        return text[start..end];
    }

    [Fact]
    public async Task Classes_set_together_that_conflict_get_a_warning_on_the_loser_naming_the_winner_and_the_property()
    {
        await using var lsp = await LspClient.StartAsync(prepare: ProjectCss);

        var uri = await lsp.OpenAsync("components/Card.tsx", Card);

        var conflict = Assert.Single(Coded(await lsp.DiagnosticsAsync(uri, 1), "OMN4001"));
        Assert.Equal("p-4", Covered(Card, conflict));
        Assert.Equal(2, conflict.GetProperty("severity").GetInt32());
        Assert.Equal("'p-4' has no effect: 'p-6' also sets padding, and Tailwind's CSS puts it later.", conflict.GetProperty("message").GetString());
        var related = Assert.Single(conflict.GetProperty("relatedInformation").EnumerateArray());
        Assert.Equal(uri, related.GetProperty("location").GetProperty("uri").GetString());
        Assert.Equal("p-6", Covered(Card, related.GetProperty("location")));
    }

    [Fact]
    public async Task Classes_that_do_nothing_are_reported_and_classes_the_projects_css_packages_or_libraries_define_are_not()
    {
        await using var lsp = await LspClient.StartAsync(prepare: ProjectCss);

        var uri = await lsp.OpenAsync("components/Card.tsx", Card);

        var unknown = Coded(await lsp.DiagnosticsAsync(uri, 1), "OMN4002");
        Assert.Equal(["bg-blu-500", "mdd:flex", "hover:card-x"], unknown.Select(d => Covered(Card, d)));
        Assert.Equal([2, 2, 3], unknown.Select(d => d.GetProperty("severity").GetInt32()));
        Assert.Equal("'bg-blu-500' generates no CSS: Tailwind's 'bg' utilities take no value 'blu-500'. Did you mean 'bg-blue-500'?", unknown[0].GetProperty("message").GetString());
        Assert.Contains("no variant 'mdd'", unknown[1].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Every_file_of_the_example_project_opens_without_class_diagnostics_and_fixing_a_conflict_clears_it()
    {
        await using var lsp = await LspClient.StartAsync();
        foreach (var file in Directory.EnumerateFiles(lsp.Workspace.FullPath("components")).Append(lsp.Workspace.FullPath("app/page.tsx")).Append(lsp.Workspace.FullPath("app/layout.tsx")))
        {
            var relative = Path.GetRelativePath(lsp.Workspace.Root, file).Replace('\\', '/');
            var diagnostics = await lsp.DiagnosticsAsync(await lsp.OpenAsync(relative), 1);
            Assert.DoesNotContain(diagnostics.EnumerateArray(), d => d.GetProperty("code").GetString()!.StartsWith("OMN4", StringComparison.Ordinal));
        }
        var uri = await lsp.OpenAsync("components/Conflict.tsx", "export const A = () => <p className=\"p-4 text-sm p-6\" />;\n");
        Assert.Single(Coded(await lsp.DiagnosticsAsync(uri, 1), "OMN4001"));

        var text = lsp.Editor.Buffer(uri).Text;
        var fixedVersion = await lsp.ChangeAsync(uri, text.IndexOf("p-4 ", StringComparison.Ordinal), text.IndexOf("p-4 ", StringComparison.Ordinal) + 4, "");

        Assert.Empty((await lsp.DiagnosticsAsync(uri, fixedVersion)).EnumerateArray());
    }

    [Fact]
    public async Task A_project_whose_css_loads_a_plugin_gets_conflicts_but_no_unknown_classes()
    {
        await using var lsp = await LspClient.StartAsync(prepare: w => w.Write("app/globals.css", w.Read("app/globals.css") + "\n@plugin \"daisyui\";\n"));

        var uri = await lsp.OpenAsync("components/Card.tsx", Card);

        var diagnostics = await lsp.DiagnosticsAsync(uri, 1);
        Assert.Single(Coded(diagnostics, "OMN4001"));
        Assert.Empty(Coded(diagnostics, "OMN4002"));
    }

    [Fact]
    public async Task A_project_without_tailwind_gets_no_class_diagnostics()
    {
        await using var lsp = await LspClient.StartAsync(prepare: w =>
        {
            w.Write("app/globals.css", "body { margin: 0; }\n");
            w.Write("package.json", w.Read("package.json").Replace("\"tailwindcss\"", "\"sass\"", StringComparison.Ordinal).Replace("\"@tailwindcss/postcss\"", "\"postcss\"", StringComparison.Ordinal));
        });

        var uri = await lsp.OpenAsync("components/Card.tsx", Card);

        Assert.DoesNotContain((await lsp.DiagnosticsAsync(uri, 1)).EnumerateArray(), d => d.GetProperty("code").GetString()!.StartsWith("OMN4", StringComparison.Ordinal));
    }
}
