using System.Diagnostics;

namespace OmniOS.Design.Tests;

/// <summary>
/// The <see cref="CommandSweep"/> over every corpus file, run once and shared by the tests of
/// <see cref="CommandCorpusTests"/>.
/// </summary>
public sealed class CommandCorpusRun
{
    private readonly Lazy<(CommandSweep Sweep, TimeSpan Elapsed)> _result = new(() =>
    {
        var stopwatch = Stopwatch.StartNew();
        var sweep = new CommandSweep();
        foreach (var entry in Corpus.Files)
            sweep.Run(new CorpusFile(entry.Path, Corpus.Read(entry.Path)));
        return (sweep, stopwatch.Elapsed);
    });

    public CommandSweep Sweep => _result.Value.Sweep;

    public TimeSpan Elapsed => _result.Value.Elapsed;
}
