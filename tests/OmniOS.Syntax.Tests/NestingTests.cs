namespace OmniOS.Syntax.Tests;

/// <summary>Absurdly deep nesting gets a diagnostic and an exact round trip, never a stack overflow, on any thread.</summary>
public sealed class NestingTests
{
    public static TheoryData<string, string> DeepInputs() => new()
    {
        { "parentheses", new string('(', 50_000) + "a" + new string(')', 50_000) },
        { "arrays", new string('[', 50_000) + new string(']', 50_000) },
        { "objects", string.Concat(Enumerable.Repeat("{a:", 20_000)) + "1" + new string('}', 20_000) },
        { "blocks", new string('{', 50_000) + new string('}', 50_000) },
        { "unary operators", new string('!', 100_000) + "a" },
        { "jsx elements", string.Concat(Enumerable.Repeat("<a>", 20_000)) + string.Concat(Enumerable.Repeat("</a>", 20_000)) },
        { "unclosed jsx elements", string.Concat(Enumerable.Repeat("<div>", 20_000)) },
        { "arrow functions", string.Concat(Enumerable.Repeat("a => ", 20_000)) + "a" },
        { "template literals", string.Concat(Enumerable.Repeat("`${", 20_000)) + "a" + string.Concat(Enumerable.Repeat("}`", 20_000)) },
        { "type arguments", "let x: " + string.Concat(Enumerable.Repeat("A<", 20_000)) + "B" + new string('>', 20_000) + ";" },
        { "conditionals", string.Concat(Enumerable.Repeat("a ? b : ", 20_000)) + "c" },
        { "else if chains", string.Concat(Enumerable.Repeat("if (a) b; else ", 20_000)) + "c;" },
    };

    [Theory]
    [MemberData(nameof(DeepInputs))]
    public void Deep_nesting_gives_a_diagnostic_not_a_crash_on_a_small_stack(string shape, string text)
    {
        SyntaxTree? tree = null;
        Exception? failure = null;
        // 512 KiB: far less than any thread the server runs on.
        var thread = new Thread(() =>
        {
            try
            {
                tree = SyntaxTree.Parse(text, ParseOptions.Tsx);
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, 512 * 1024);
        thread.Start();
        thread.Join();
        Assert.Null(failure);
        Assert.NotNull(tree);
        Assert.Equal(text, tree!.Root.ToFullString());
        Assert.True(tree.Diagnostics.Count > 0, $"{shape}: expected a diagnostic");
        Assert.Contains(tree.Diagnostics, d => d.Code == "OMN2003" || shape.StartsWith("unclosed", StringComparison.Ordinal));
    }

    [Fact]
    public void Ordinary_nesting_of_two_hundred_levels_parses_without_diagnostics()
    {
        var text = new string('(', 200) + "a" + new string(')', 200) + ";\n"
            + string.Concat(Enumerable.Repeat("<a>", 200)) + string.Concat(Enumerable.Repeat("</a>", 200)) + ";\n";
        var tree = SyntaxTree.Parse(text, ParseOptions.Tsx);
        Assert.Empty(tree.Diagnostics);
    }
}
