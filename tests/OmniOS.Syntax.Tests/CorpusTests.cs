using System.Text;
using OmniOS.Server.Cli;
using Xunit.Abstractions;

namespace OmniOS.Syntax.Tests;

/// <summary>Real React files from public packages: exact round trips and the same JSX spans as Babel.</summary>
public sealed class CorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_corpus_file_round_trips_byte_for_byte()
    {
        var failures = new List<string>();
        foreach (var entry in Corpus.Files)
        {
            var bytes = File.ReadAllBytes(entry.Path);
            var text = SourceFile.Decode(bytes, out _);
            var tree = SyntaxTree.Parse(text, entry.Path);
            var printed = new StringBuilder();
            tree.Root.WriteTo(printed);
            if (!SourceFile.Encode(printed.ToString()).AsSpan().SequenceEqual(bytes))
                failures.Add(entry.Path);
        }
        Assert.Empty(failures);
    }

    [Fact]
    public void Every_corpus_file_has_the_jsx_element_and_attribute_spans_babel_reports()
    {
        var disagreements = new List<string>();
        foreach (var entry in Corpus.Files)
        {
            var tree = SyntaxTree.Parse(Corpus.Read(entry.Path), entry.Path);
            var ours = ParseReport.ToJson(tree);
            var babel = File.ReadAllText(entry.Expected).Trim();
            if (ours != babel)
                disagreements.Add($"{entry.Path}\n  ours:  {Excerpt(ours, babel)}\n  babel: {Excerpt(babel, ours)}");
        }
        var agree = Corpus.Files.Count - disagreements.Count;
        output.WriteLine($"{agree}/{Corpus.Files.Count} files agree with Babel");
        Assert.True(disagreements.Count == 0, $"{agree}/{Corpus.Files.Count} files agree with Babel; first differences:\n{string.Join("\n", disagreements.Take(15))}");
    }

    /// <summary>The part of <paramref name="text"/> around where it first differs from <paramref name="other"/>.</summary>
    private static string Excerpt(string text, string other)
    {
        var i = 0;
        while (i < text.Length && i < other.Length && text[i] == other[i])
            i++;
        var start = Math.Max(0, i - 60);
        return text.Substring(start, Math.Min(200, text.Length - start));
    }
}
