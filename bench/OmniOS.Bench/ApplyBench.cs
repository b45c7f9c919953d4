using OmniOS.Design;
using OmniOS.Design.Commands;
using OmniOS.Design.Deltas;
using OmniOS.Design.Documents;
using OmniOS.Syntax;

namespace OmniOS.Bench;

/// <summary>
/// A canvas edit in a large file: `addClass` on elements spread over the file, each through
/// <see cref="DesignDocument.Execute"/> (edits, incremental re-parse, model rebuild, deltas) and
/// undone, untimed, before the next. Prints the median, with the share of its main steps.
/// </summary>
public static class ApplyBench
{
    public static int Run(string path, TextWriter output)
    {
        var text = SourceFile.Decode(File.ReadAllBytes(path), out _);
        var document = new DesignDocument(path, text);
        // Elements spread over the file on which the command applies.
        var candidates = document.Model.Elements()
            .Select(e => new AddClassCommand(e.Span.Start, "bench-class"))
            .Where(c => CommandEngine.Execute(document.Tree, c) is CommandApplied { Edits.Count: > 0 })
            .ToArray();
        if (candidates.Length == 0)
        {
            output.WriteLine($"apply: no element of {path} takes a class");
            return 1;
        }
        var stride = Math.Max(1, candidates.Length / 97);
        var sample = candidates.Where((_, i) => i % stride == 0).ToArray();
        var next = 0;

        var apply = Measure.MedianMilliseconds(() =>
        {
            if (!document.Execute(sample[next++ % sample.Length]).Applied)
                throw new InvalidOperationException("the command was refused");
        }, reset: () => document.Undo());

        // The steps on their own, for the same commands.
        var tree = document.Tree;
        var model = document.Model;
        var edit = Measure.MedianMilliseconds(() => CommandEngine.Execute(tree, sample[next++ % sample.Length]));
        var edited = sample.Select(c => ((CommandApplied)CommandEngine.Execute(tree, c)).Tree).ToArray();
        var rebuild = Measure.MedianMilliseconds(() => DesignModelBuilder.Build(edited[next++ % edited.Length], path, previous: (tree, model)));
        var models = edited.Select(t => DesignModelBuilder.Build(t, path, previous: (tree, model))).ToArray();
        var diff = Measure.MedianMilliseconds(() => ModelDiff.Compute(model, models[next++ % models.Length]));
        var fullBuild = Measure.MedianMilliseconds(() => DesignModelBuilder.Build(tree, path), passes: 50);

        var lines = new LineMap(text).LineCount;
        output.WriteLine($"apply: median {apply:0.000} ms per command (addClass on {sample.Length} elements, {lines} lines; "
            + $"edits + re-parse {edit:0.000} ms, model rebuild {rebuild:0.000} ms, deltas {diff:0.000} ms; a model built from scratch {fullBuild:0.000} ms)");
        return 0;
    }
}
