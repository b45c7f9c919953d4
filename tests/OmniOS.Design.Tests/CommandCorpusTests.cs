using OmniOS.Syntax;
using Xunit.Abstractions;

namespace OmniOS.Design.Tests;

/// <summary>
/// The commands on real React files (the parser's corpus): every command kind on every element of
/// every file that has JSX. An applied command must leave a file that parses with no new errors
/// (a fresh full parse, and Babel for a sample), change only the bytes of its own element (its
/// opening tag for attribute, class and style changes; the element and where it goes for move and
/// extract), and read back with the change made; the model rebuilt from the file's previous
/// model must equal a fresh one. Refusals are allowed and counted by reason. The arguments are
/// those of <see cref="CorpusCommandCase.All"/>; insert and move use the first index of the
/// target's content (0 unless elements in its attribute values come first).
/// To keep the run near half a minute on two cores, the costlier structural commands are sampled
/// by element ordinal within each file: duplicate, wrap and insert take every 2nd element, move
/// and extractComponent every 3rd (see <see cref="CorpusCommandCase.Stride"/>); the rest take all.
/// </summary>
public sealed class CommandCorpusTests(CommandCorpusRun run, ITestOutputHelper output) : IClassFixture<CommandCorpusRun>
{
    [Fact]
    public void An_empty_command_list_returns_every_corpus_file_byte_for_byte()
    {
        var changed = new List<string>();
        foreach (var entry in Corpus.Files)
        {
            var bytes = File.ReadAllBytes(entry.Path);
            var tree = SyntaxTree.Parse(SourceFile.Decode(bytes, out _), entry.Path);
            if (!SourceFile.Encode(tree.Text).AsSpan().SequenceEqual(bytes) || tree.Root.ToFullString() != tree.Text)
                changed.Add(entry.Path);
        }
        Assert.Empty(changed);
    }

    [Fact]
    public void Every_command_on_every_element_keeps_the_file_valid_changes_only_its_element_and_reads_back()
    {
        var sweep = run.Sweep;
        output.WriteLine($"{sweep.Files} files with JSX, {sweep.Elements} elements, {run.Elapsed.TotalSeconds:0.0} s");
        sweep.Report(output);

        Assert.True(sweep.Applied.Values.Sum() > 0, "no command applied");
        Assert.True(sweep.Failures.Count == 0, $"{sweep.Failures.Count} corrupted or wrong results; first ones:\n{string.Join("\n", sweep.Failures.Take(30))}");
    }

    [Fact]
    public void The_model_a_document_keeps_up_through_commands_typing_and_undo_reads_as_a_fresh_build()
    {
        var path = Corpus.BigFile;
        var document = new Documents.DesignDocument(path, Corpus.Read(path));
        var steps = 0;
        for (var step = 0; step < 60; step++)
        {
            // Elements spread over the file, a different command kind each step, with typing and undo between.
            var elements = document.Model.Elements().ToList();
            var element = elements[step * 7919 % elements.Count];
            Commands.DesignCommand command = (step % 5) switch
            {
                0 => new Commands.AddClassCommand(element.Span.Start, $"c{step}"),
                1 => new Commands.InsertCommand(element.Span.Start, element.Attributes.Sum(a => a.Elements.Count), "<span>New</span>"),
                2 => new Commands.DeleteCommand(element.Span.Start),
                3 => new Commands.WrapCommand(element.Span.Start, "div"),
                _ => new Commands.DuplicateCommand(element.Span.Start),
            };
            if (document.Execute(command).Applied)
                steps++;
            if (step % 4 == 3)
                document.Undo();
            if (step % 6 == 5)
                document.ApplyTextChanges([new TextChange(new TextSpan(element.Span.Start, 0), "{/* typed */}")], Documents.ChangeOrigin.User);

            var fresh = DesignModelBuilder.Build(SyntaxTree.Parse(document.Text, path), path);
            Assert.Equal(ModelDescription.Of(fresh), ModelDescription.Of(document.Model));
        }
        Assert.True(steps > 30, $"only {steps} commands applied");
    }

    [Fact]
    public void Babel_parses_a_sample_of_the_results_one_per_file_and_command_kind()
    {
        var samples = run.Sweep.Samples;
        Assert.NotEmpty(samples);

        var rejected = BabelCheck.Rejected(samples);

        output.WriteLine($"babel: {samples.Count - rejected.Count}/{samples.Count} command results parse");
        Assert.True(rejected.Count == 0, $"Babel rejects {rejected.Count} results:\n{string.Join("\n", rejected.Take(20))}");
    }
}
