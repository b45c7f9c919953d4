using System.Text;

namespace OmniOS.Syntax.Tests;

/// <summary>
/// Parser tests as data: each file under TestData/parser/ok parses without diagnostics, each under
/// err with at least one, and each tree matches the `.tree` file beside it (written when missing;
/// rewritten for all when OMNIOS_UPDATE_EXPECT=1, to be reviewed in `git diff`).
/// </summary>
public sealed class ParserFixtureTests
{
    public static TheoryData<string> OkFixtures() => Fixtures("ok");

    public static TheoryData<string> ErrFixtures() => Fixtures("err");

    [Theory]
    [MemberData(nameof(OkFixtures))]
    public void Fixture_in_ok_parses_without_diagnostics_to_its_expected_tree(string name)
    {
        var tree = ParseFixture("ok", name, out var text);
        Assert.True(tree.Diagnostics.Count == 0, $"{name}: {string.Join("; ", tree.Diagnostics)}");
        AssertRoundTrip(tree, text);
        AssertMatchesExpectedTree("ok", name, tree);
    }

    [Theory]
    [MemberData(nameof(ErrFixtures))]
    public void Fixture_in_err_parses_with_diagnostics_to_its_expected_tree(string name)
    {
        var tree = ParseFixture("err", name, out var text);
        Assert.NotEmpty(tree.Diagnostics);
        AssertRoundTrip(tree, text);
        AssertMatchesExpectedTree("err", name, tree);
    }

    internal static TheoryData<string> Fixtures(string folder)
    {
        var data = new TheoryData<string>();
        var directory = Path.Combine(TestPaths.ParserFixtures, folder);
        foreach (var path in Directory.EnumerateFiles(directory).Where(p => !p.EndsWith(".tree", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(path));
        return data;
    }

    internal static SyntaxTree ParseFixture(string folder, string name, out string text)
    {
        text = SourceFile.Decode(File.ReadAllBytes(Path.Combine(TestPaths.ParserFixtures, folder, name)), out _);
        return SyntaxTree.Parse(text, name);
    }

    private static void AssertRoundTrip(SyntaxTree tree, string text)
    {
        Assert.Equal(text, tree.Root.ToFullString());
        Assert.Equal(text.Length, tree.Root.FullSpan.Length);
    }

    private static void AssertMatchesExpectedTree(string folder, string name, SyntaxTree tree)
    {
        var expectedPath = Path.Combine(TestPaths.ParserFixtures, folder, Path.ChangeExtension(name, ".tree"));
        var actual = SyntaxDump.Write(tree);
        if (!File.Exists(expectedPath) || Environment.GetEnvironmentVariable("OMNIOS_UPDATE_EXPECT") == "1")
        {
            File.WriteAllText(expectedPath, actual, new UTF8Encoding(false));
            return;
        }
        var expected = File.ReadAllText(expectedPath);
        Assert.True(expected == actual, $"{name}: the tree differs from {Path.GetFileName(expectedPath)}; run with OMNIOS_UPDATE_EXPECT=1 and review the diff.\nActual:\n{actual}");
    }
}
