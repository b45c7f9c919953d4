using OmniOS.Design.Source;
using OmniOS.Styles;
using OmniOS.Syntax;
using OmniOS.TestSupport;

namespace OmniOS.Server.Tests;

/// <summary>
/// The class diagnostics over real code: every class string of the corpus (about 560 React files from public npm
/// packages; Tailwind, Bootstrap-like and Infima classes, library names) read with Tailwind's default theme.
/// </summary>
public sealed class ClassDiagnosticsCorpusTests
{
    [Fact]
    public void Real_files_get_no_conflict_and_no_unknown_class_but_theme_colours_their_own_projects_define()
    {
        var classes = 0;
        var unknown = new SortedSet<string>(StringComparer.Ordinal);
        var conflicts = new List<string>();
        foreach (var entry in Corpus.Files.Where(f => f.Path.EndsWith(".tsx", StringComparison.Ordinal) || f.Path.EndsWith(".jsx", StringComparison.Ordinal)))
        {
            var tree = SyntaxTree.Parse(Corpus.Read(entry.Path), entry.Path);
            foreach (var group in ClassStrings.In(tree.Root).GroupBy(s => s.Group))
            {
                var names = group.SelectMany(s => s.Classes).Select(c => c.Name).ToList();
                classes += names.Count;
                conflicts.AddRange(TailwindStyles.Default.Conflicts(names).Select(c => $"{entry.Path}: {c.Loser} / {c.Winner}"));
                unknown.UnionWith(names.Where(n => TailwindStyles.Default.Diagnose(n) is not null));
            }
        }

        Assert.True(classes > 1000, $"The corpus gave only {classes} classes.");
        Assert.Empty(conflicts);
        // shadcn-style colours: their projects' @theme defines them; with the default theme they generate nothing.
        Assert.Equal(["bg-foreground", "text-background"], unknown);
    }
}
