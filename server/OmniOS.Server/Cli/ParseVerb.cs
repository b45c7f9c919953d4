using System.Diagnostics;
using OmniOS.Syntax;

namespace OmniOS.Server.Cli;

/// <summary>`omnios parse FILE` and `omnios parse --bench FILE...`.</summary>
public static class ParseVerb
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length >= 1 && args[0] == "--bench")
            return Bench(CommandLine.ExpandFileArguments(args[1..]), output, error);
        if (args.Length != 1)
        {
            error.WriteLine("usage: omnios parse FILE | omnios parse --bench FILE...");
            return 64;
        }
        if (!SourceFileReader.TryRead(args[0], error, out var text, out var isValidUtf8))
            return 2;
        var tree = SyntaxTree.Parse(text, args[0]);
        output.Write(ParseReport.ToJson(tree, isValidUtf8));
        output.WriteLine();
        return 0;
    }

    private static int Bench(List<string> files, TextWriter output, TextWriter error)
    {
        if (files.Count == 0)
        {
            error.WriteLine("usage: omnios parse --bench FILE...");
            return 64;
        }
        var sources = new List<(string Text, ParseOptions Options)>();
        var lines = 0;
        foreach (var file in files)
        {
            try
            {
                var text = SourceFile.Decode(File.ReadAllBytes(file), out _);
                sources.Add((text, ParseOptions.ForPath(file)));
                lines += new LineMap(text).LineCount;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"omnios: cannot read {file}: {e.Message}");
                return 2;
            }
        }

        // Warm up for two seconds, long enough for tiered compilation to finish optimizing the
        // hot paths (as it has in an editor session), then time 25 passes.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.ElapsedMilliseconds < 2000)
            ParseAll(sources);
        var passes = new List<double>();
        var stopwatch = new Stopwatch();
        for (var pass = 0; pass < 25; pass++)
        {
            stopwatch.Restart();
            ParseAll(sources);
            stopwatch.Stop();
            passes.Add(stopwatch.Elapsed.TotalMilliseconds);
        }
        passes.Sort();
        var median = passes[passes.Count / 2];
        output.WriteLine($"parse: {sources.Count} files, {lines} lines, median {median:0.000} ms per pass");
        return 0;
    }

    private static void ParseAll(List<(string Text, ParseOptions Options)> sources)
    {
        foreach (var (text, options) in sources)
            SyntaxTree.Parse(text, options);
    }
}
