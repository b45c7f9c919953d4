namespace OmniOS.Syntax.Tests;

/// <summary>
/// Corpus files cut short and mutated at random (with a fixed seed): the parser never throws,
/// always round-trips, and scans a bounded number of characters per character of input — a
/// deterministic stand-in for "runs in linear time" that no machine load can make flaky.
/// </summary>
public sealed class FuzzTests
{
    /// <summary>Generous: a clean parse scans about 1.1 characters per character; quadratic behaviour would blow far past this.</summary>
    private const double MaxScanRatio = 6;

    private static readonly string[] Fragments = ["{", "}", "(", ")", "<", ">", "</", "/>", "\"", "'", "`", "${", "/", "/*", "*/", "//", "\n", ";", ",", "=>", "?", ":", "&&", "<div>", "</div>", "x", " ", "\r\n"];

    [Fact]
    public void Truncated_and_mutated_corpus_files_parse_without_throwing_and_round_trip_in_linear_work()
    {
        var random = new Random(20261125);
        var worst = (Ratio: 0.0, Case: "");
        foreach (var entry in Corpus.Files)
        {
            var text = Corpus.Read(entry.Path);
            var options = ParseOptions.ForPath(entry.Path);
            for (var i = 0; i < 4; i++)
            {
                var mutated = i == 0 ? text[..random.Next(text.Length + 1)] : Mutate(text, random);
                RobustnessTests.AssertParsesExactly(mutated, options);
                var ratio = RobustnessTests.ScanRatio(mutated, options);
                if (ratio > worst.Ratio)
                    worst = (ratio, $"{entry.Path} (mutation {i})");
            }
        }
        Assert.True(worst.Ratio <= MaxScanRatio, $"The parser scanned {worst.Ratio:0.00} characters per character on {worst.Case}.");
    }

    [Fact]
    public void A_clean_parse_of_the_corpus_scans_each_character_about_once()
    {
        foreach (var entry in Corpus.Files)
        {
            var text = Corpus.Read(entry.Path);
            var ratio = RobustnessTests.ScanRatio(text, ParseOptions.ForPath(entry.Path));
            Assert.True(ratio < 2.5, $"{entry.Path}: {ratio:0.00} characters scanned per character");
        }
    }

    private static string Mutate(string text, Random random)
    {
        var chars = new System.Text.StringBuilder(text);
        var edits = random.Next(1, 6);
        for (var e = 0; e < edits; e++)
        {
            var position = random.Next(chars.Length + 1);
            switch (random.Next(3))
            {
                case 0:
                    chars.Insert(position, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 1:
                    chars.Remove(position, Math.Min(random.Next(1, 40), chars.Length - position));
                    break;
                default:
                    var length = Math.Min(random.Next(1, 200), chars.Length - position);
                    var copy = chars.ToString(position, length);
                    chars.Insert(random.Next(chars.Length + 1), copy);
                    break;
            }
        }
        return chars.ToString();
    }
}
