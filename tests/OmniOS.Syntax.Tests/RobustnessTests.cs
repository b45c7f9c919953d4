using OmniOS.Syntax.Parser;

namespace OmniOS.Syntax.Tests;

/// <summary>
/// Broken input is normal input: every prefix of every fixture (the user typing it) and every
/// fixture with one token deleted must parse without throwing and print back exactly.
/// </summary>
public sealed class RobustnessTests
{
    public static TheoryData<string, string> AllFixtures()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in new[] { "ok", "err" })
        {
            foreach (var name in ParserFixtureTests.Fixtures(folder))
                data.Add(folder, name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void Every_prefix_of_a_fixture_parses_and_round_trips(string folder, string name)
    {
        ParserFixtureTests.ParseFixture(folder, name, out var text);
        var options = ParseOptions.ForPath(name);
        for (var length = 0; length <= text.Length; length++)
            AssertParsesExactly(text[..length], options);
    }

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void A_fixture_with_any_one_token_deleted_parses_and_round_trips(string folder, string name)
    {
        var tree = ParserFixtureTests.ParseFixture(folder, name, out var text);
        var options = ParseOptions.ForPath(name);
        foreach (var token in tree.Root.DescendantTokens())
        {
            if (token.Span.Length == 0)
                continue;
            AssertParsesExactly(text.Remove(token.Span.Start, token.Span.Length), options);
        }
    }

    internal static SyntaxTree AssertParsesExactly(string text, ParseOptions options)
    {
        var tree = SyntaxTree.Parse(text, options);
        Assert.Equal(text, tree.Root.ToFullString());
        foreach (var diagnostic in tree.Diagnostics)
            Assert.InRange(diagnostic.Span.End, 0, text.Length);
        return tree;
    }

    /// <summary>Parses and reports how many characters the lexer scanned per character of text.</summary>
    internal static double ScanRatio(string text, ParseOptions options)
    {
        var parser = new Parser.Parser(text, options);
        parser.ParseSourceFile();
        return text.Length == 0 ? 0 : (double)parser.CharactersScanned / text.Length;
    }
}
