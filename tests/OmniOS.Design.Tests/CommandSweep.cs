using System.Text.RegularExpressions;
using OmniOS.Design.Commands;
using OmniOS.Syntax;
using Xunit.Abstractions;

namespace OmniOS.Design.Tests;

/// <summary>
/// Every <see cref="CorpusCommandCase"/> on every element of the files it is given: what applied,
/// what was refused and why, what went wrong (a result that fails the checks, a crash, a refusal
/// naming a wrong offset), and the first result per file and command kind. When
/// <paramref name="sampled"/>, the costlier commands take every n-th element (<see cref="CorpusCommandCase.Stride"/>).
/// </summary>
public sealed partial class CommandSweep(bool sampled = true)
{
    public sealed record Sample(string SourcePath, string Op, string Text);

    public int Files { get; private set; }

    public int Elements { get; private set; }

    public Dictionary<string, int> Applied { get; } = CorpusCommandCase.All.ToDictionary(c => c.Op, _ => 0);

    public Dictionary<string, Dictionary<string, int>> Refused { get; } = CorpusCommandCase.All.ToDictionary(c => c.Op, _ => new Dictionary<string, int>());

    public Dictionary<string, string> RefusalExamples { get; } = [];

    public List<string> Failures { get; } = [];

    public List<Sample> Samples { get; } = [];

    /// <summary>Runs the commands on a file's elements; a file without JSX is skipped.</summary>
    public void Run(CorpusFile file)
    {
        if (file.Elements.Count == 0)
            return;
        Files++;
        Elements += file.Elements.Count;
        var kept = new HashSet<string>();
        for (var ordinal = 0; ordinal < file.Elements.Count; ordinal++)
        {
            var element = file.Elements[ordinal];
            if (file.ModelAt(element.Span.Start) is not { } model)
            {
                Failures.Add($"{file.Path}:{element.Span.Start}: <{JsxSyntax.Name(element)}> is missing from the design model");
                continue;
            }
            var target = new CorpusTarget(file, element, model, ordinal);
            foreach (var @case in CorpusCommandCase.All)
            {
                if ((sampled && ordinal % @case.Stride != 0) || @case.Create(target) is not { } command)
                    continue;
                var where = $"{file.Path}:{target.At} {command}";
                try
                {
                    switch (CommandEngine.Execute(file.Tree, command))
                    {
                        case CommandApplied result:
                            Applied[@case.Op]++;
                            var problem = Check(@case, target, command, result);
                            if (problem is not null)
                                Failures.Add($"{where}: {problem}");
                            else if (kept.Add(@case.Op))
                                Samples.Add(new Sample(file.Path, @case.Op, result.Tree.Text));
                            break;
                        case CommandRefused refusal:
                            var reason = Reason(refusal.Message);
                            var counts = Refused[@case.Op];
                            counts[reason] = counts.GetValueOrDefault(reason) + 1;
                            RefusalExamples.TryAdd($"{@case.Op}: {reason}", $"{where}: {refusal.Message}");
                            // The offsets given are exact: not finding the element is a bug, and so is a command that broke.
                            if (refusal.Message.StartsWith("No JSX", StringComparison.Ordinal) || refusal.Message.StartsWith("The command failed", StringComparison.Ordinal))
                                Failures.Add($"{where}: {refusal.Message}");
                            break;
                    }
                }
                catch (Exception e)
                {
                    Failures.Add($"{where}: crashed: {e.GetType().Name}: {e.Message}");
                }
            }
        }
    }

    /// <summary>Prints `commands: N applied, M refused (by reason)`, the counts per command and an example of each refusal.</summary>
    public void Report(ITestOutputHelper output)
    {
        var refusals = Refused.Values.SelectMany(r => r).GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.Sum(r => r.Value));
        output.WriteLine($"commands: {Applied.Values.Sum()} applied, {refusals.Values.Sum()} refused ({string.Join("; ", refusals.OrderByDescending(r => r.Value).Select(r => $"{r.Key}: {r.Value}"))})");
        foreach (var @case in CorpusCommandCase.All)
            output.WriteLine($"  {@case.Op}: {Applied[@case.Op]} applied, {Refused[@case.Op].Values.Sum()} refused");
        foreach (var example in RefusalExamples.OrderBy(e => e.Key))
            output.WriteLine($"  e.g. {example.Key}\n      {example.Value}");
    }

    /// <summary>The checks every applied command must pass; null when it does.</summary>
    private static string? Check(CorpusCommandCase @case, CorpusTarget target, DesignCommand command, CommandApplied result)
    {
        var file = target.File;
        var text = result.Tree.Text;
        if (TextEdits.Apply(file.Text, result.Edits) != text)
            return "the edits do not give the new tree's text";
        var outcome = new CorpusOutcome(file.Path, text, result.Edits);
        if (outcome.Tree.Diagnostics.Count > file.Tree.Diagnostics.Count)
            return $"new syntax errors: {outcome.Tree.Diagnostics[0]}";
        if (result.Edits.Count == 0)
            return "applied with no edits";
        // A rebuild from the previous model must read as a fresh one.
        var rebuilt = DesignModelBuilder.Build(result.Tree, file.Path, previous: (file.Tree, file.Model));
        if (ModelDescription.Of(rebuilt) != ModelDescription.Of(outcome.Model))
            return "the model rebuilt from the previous one differs from a fresh build";
        var regions = Merge(@case.Regions(target, command));
        foreach (var edit in result.Edits)
        {
            if (!regions.Any(r => r.Start <= edit.Span.Start && edit.Span.End <= r.End))
                return $"edit {edit.Span} (\"{edit.NewText}\") is outside {string.Join(", ", regions)}";
        }
        return @case.Verify(target, command, outcome);
    }

    /// <summary>Overlapping or touching regions as one.</summary>
    private static List<TextSpan> Merge(IEnumerable<TextSpan> spans)
    {
        var merged = new List<TextSpan>();
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
                merged[^1] = TextSpan.FromBounds(merged[^1].Start, Math.Max(merged[^1].End, span.End));
            else
                merged.Add(span);
        }
        return merged;
    }

    /// <summary>A refusal message with its particulars (names, offsets, code) blanked, to count refusals by reason.</summary>
    private static string Reason(string message)
    {
        var reason = Quoted().Replace(message, "'…'");
        reason = Parenthesized().Replace(reason, "(…)");
        reason = Braced().Replace(reason, "{…}");
        reason = Tag().Replace(reason, "<…>");
        reason = Number().Replace(reason, "N");
        return reason.Length <= 90 ? reason : reason[..90] + "…";
    }

    [GeneratedRegex("'[^']*'")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\(.*\)", RegexOptions.Singleline)]
    private static partial Regex Parenthesized();

    [GeneratedRegex(@"\{.*\}", RegexOptions.Singleline)]
    private static partial Regex Braced();

    [GeneratedRegex(@"<[^<>\s]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Number();
}
