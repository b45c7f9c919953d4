using OmniOS.Syntax;

namespace OmniOS.Bench;

/// <summary>
/// A keystroke in a large file: type one character at many places across the file and re-parse
/// incrementally each time; prints the median, next to a full parse of the same file.
/// </summary>
public static class IncrementalParseBench
{
    public static int Run(string path, TextWriter output)
    {
        var text = SourceFile.Decode(File.ReadAllBytes(path), out _);
        var tree = SyntaxTree.Parse(text, path);
        // Edit points spread over the file, each inside a token's text (as typing would be).
        var points = tree.Root.DescendantTokens().Where(t => t.Span.Length > 1).Select(t => t.Span.Start + 1).ToArray();
        var stride = Math.Max(1, points.Length / 97);
        var sample = points.Where((_, i) => i % stride == 0).ToArray();
        var next = 0;

        var incremental = Measure.MedianMilliseconds(() =>
        {
            var position = sample[next++ % sample.Length];
            tree.WithChange(new TextChange(new TextSpan(position, 0), "x"));
        }, passes: 400);
        var full = Measure.MedianMilliseconds(() => SyntaxTree.Parse(text, path), passes: 50);

        var lines = new LineMap(text).LineCount;
        output.WriteLine($"incremental: median {incremental:0.000} ms per edit ({sample.Length} edit points, {lines} lines; full parse {full:0.000} ms)");
        return 0;
    }
}
