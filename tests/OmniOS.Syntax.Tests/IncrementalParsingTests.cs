namespace OmniOS.Syntax.Tests;

/// <summary>
/// An incremental re-parse must give exactly the tree a fresh parse gives (diagnostics included),
/// while sharing the untouched subtrees of the previous tree.
/// </summary>
public sealed class IncrementalParsingTests
{
    private static readonly string[] Insertions = ["a", " ", "\n", "{", "}", "(", ")", "<", ">", "/", "*", "\"", "'", "`", ";", ",", "=", "=>", "<div>", "</div>", "x.y", "// c\n", "/* c */", "\r\n", "as", "?"];

    [Fact]
    public void Random_edits_to_corpus_files_reparse_to_the_same_tree_as_a_fresh_parse()
    {
        var random = new Random(42);
        var files = Corpus.Files.Where((_, i) => i % 4 == 0).ToList();
        foreach (var entry in files)
        {
            var tree = SyntaxTree.Parse(Corpus.Read(entry.Path), entry.Path);
            for (var step = 0; step < 12; step++)
            {
                var change = RandomChange(tree.Text, random);
                var incremental = tree.WithChange(change);
                var fresh = SyntaxTree.Parse(incremental.Text, tree.Options);
                var expected = SyntaxDump.Write(fresh);
                var actual = SyntaxDump.Write(incremental);
                Assert.True(expected == actual, $"{entry.Path}, step {step}, change {change.Span} -> \"{change.NewText}\": incremental tree differs from a fresh parse.");
                tree = incremental;
            }
        }
    }

    [Fact]
    public void Typing_one_character_inside_a_statement_keeps_every_other_top_level_statement()
    {
        var text = Corpus.Read(Corpus.BigFile);
        var tree = SyntaxTree.Parse(text, Corpus.BigFile);
        var statements = tree.Root.ChildNodes().ToList();
        var target = statements[statements.Count / 2];
        var position = target.Span.Start + target.Span.Length / 2;

        var edited = tree.WithChange(new TextChange(new TextSpan(position, 0), "x"));

        var newStatements = edited.Root.ChildNodes().ToList();
        Assert.Equal(statements.Count, newStatements.Count);
        for (var i = 0; i < statements.Count; i++)
        {
            if (statements[i] == target)
                Assert.NotSame(statements[i].Green, newStatements[i].Green);
            else
                Assert.Same(statements[i].Green, newStatements[i].Green);
        }
    }

    [Fact]
    public void Typing_in_jsx_text_keeps_the_sibling_elements_and_the_other_statements_of_the_component()
    {
        const string text = """
            export function Card() {
              const a = 1;
              const b = 2;
              return (
                <div>
                  <h2>Title</h2>
                  Some text
                  <p>Body</p>
                </div>
              );
            }
            """;
        var tree = SyntaxTree.Parse(text, ParseOptions.Tsx);
        var position = text.IndexOf("Some", StringComparison.Ordinal) + 2;

        var edited = tree.WithChange(new TextChange(new TextSpan(position, 0), "x"));

        SyntaxNode Find(SyntaxTree t, string kindText) => t.Root.DescendantNodesAndSelf().First(n => n.Kind != SyntaxKind.JsxText && n.ToString().StartsWith(kindText, StringComparison.Ordinal) && n.Kind is SyntaxKind.JsxElement or SyntaxKind.VariableStatement);
        foreach (var part in new[] { "<h2>", "<p>", "const a", "const b" })
            Assert.Same(Find(tree, part).Green, Find(edited, part).Green);
        Assert.Contains("Soxme text", edited.Root.ToFullString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_edit_that_joins_two_statements_is_not_fooled_by_reuse()
    {
        var tree = SyntaxTree.Parse("a;\n(b)\nconst c = 1;\n", ParseOptions.Tsx);
        var edited = tree.WithChange(new TextChange(new TextSpan(1, 1), ""));
        Assert.Equal(SyntaxDump.Write(SyntaxTree.Parse(edited.Text, ParseOptions.Tsx)), SyntaxDump.Write(edited));
        Assert.Equal(SyntaxKind.CallExpression, edited.Root.ChildNodes().First().ChildNodes().First().Kind);
    }

    [Fact]
    public void Adding_an_else_after_an_if_statement_is_seen_even_though_the_if_is_unchanged()
    {
        var tree = SyntaxTree.Parse("if (a) b;\nc;\n", ParseOptions.Tsx);
        var edited = tree.WithChange(new TextChange(new TextSpan(10, 0), "else "));
        var ifStatement = edited.Root.ChildNodes().First();
        Assert.Equal(SyntaxKind.IfStatement, ifStatement.Kind);
        Assert.NotNull(ifStatement.ChildNode(SyntaxKind.ElseClause));
    }

    private static TextChange RandomChange(string text, Random random)
    {
        var position = random.Next(text.Length + 1);
        return random.Next(3) switch
        {
            0 => new TextChange(new TextSpan(position, 0), Insertions[random.Next(Insertions.Length)]),
            1 => new TextChange(new TextSpan(position, Math.Min(random.Next(1, 12), text.Length - position)), ""),
            _ => new TextChange(new TextSpan(position, Math.Min(random.Next(1, 6), text.Length - position)), Insertions[random.Next(Insertions.Length)]),
        };
    }
}
