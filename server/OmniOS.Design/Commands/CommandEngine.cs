using System.Text;
using OmniOS.Syntax;

namespace OmniOS.Design.Commands;

/// <summary>
/// Turns a command into the smallest text edits that carry it out, in the file's own formatting,
/// and checks the result: a command that would leave the file with a syntax error it did not have
/// is refused, and the text is left as it was.
/// </summary>
public static class CommandEngine
{
    public static CommandResult Execute(SyntaxTree tree, DesignCommand command)
    {
        List<TextEdit> edits;
        try
        {
            var context = new CommandContext(tree);
            edits = TextEdits.Trim(tree.Text, command switch
            {
                SetTextCommand c => ContentCommands.SetText(context, c),
                SetAttributeCommand c => AttributeCommands.SetAttribute(context, c.At, c.Name, c.Value),
                RemoveAttributeCommand c => AttributeCommands.RemoveAttribute(context, c),
                AddClassCommand c => ClassCommands.AddClass(context, c),
                RemoveClassCommand c => ClassCommands.RemoveClass(context, c),
                ReplaceClassesCommand c => ClassCommands.ReplaceClasses(context, c),
                SetStyleCommand c => StyleCommands.SetStyle(context, c),
                DeleteCommand c => StructureCommands.Delete(context, c.At),
                InsertCommand c => StructureCommands.Insert(context, c),
                MoveCommand c => StructureCommands.Move(context, c),
                WrapCommand c => StructureCommands.Wrap(context, c),
                DuplicateCommand c => StructureCommands.Duplicate(context, c),
                ExtractComponentCommand c => ExtractComponent.Execute(context, c),
                _ => throw new CommandRefusedException($"Unknown command {command.GetType().Name}."),
            });
        }
        catch (CommandRefusedException refusal)
        {
            return new CommandRefused(refusal.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug in a command must not take the host down with it, nor touch the text.
            return new CommandRefused($"The command failed ({e.GetType().Name}: {e.Message}); nothing was changed.");
        }

        var newTree = Reparse(tree, edits);
        var before = tree.Diagnostics.Count;
        if (newTree.Diagnostics.Count > before)
        {
            var introduced = newTree.Diagnostics.FirstOrDefault(d => !tree.Diagnostics.Any(o => o.Code == d.Code && o.Message == d.Message)) ?? newTree.Diagnostics[0];
            return new CommandRefused($"The change would make the file invalid ({introduced.Message} at line {introduced.Line}); nothing was changed.");
        }
        return new CommandApplied(edits, newTree);
    }

    /// <summary>Edits less than this far apart are re-parsed as one change: parsing the text between costs less than another pass.</summary>
    private const int ClusterGap = 1024;

    /// <summary>
    /// Re-parses incrementally: edits close together (the inserts of a wrap) as one change, distant
    /// ones (the two ends of a move) one at a time, from last to first so each position is still valid.
    /// </summary>
    public static SyntaxTree Reparse(SyntaxTree tree, IReadOnlyList<TextEdit> edits)
    {
        var text = tree.Text;
        var sorted = TextEdits.Normalize(edits);
        var last = sorted.Count - 1;
        while (last >= 0)
        {
            var first = last;
            while (first > 0 && sorted[first].Span.Start - sorted[first - 1].Span.End < ClusterGap)
                first--;
            var newText = new StringBuilder();
            for (var i = first; i <= last; i++)
            {
                if (i > first)
                    newText.Append(text, sorted[i - 1].Span.End, sorted[i].Span.Start - sorted[i - 1].Span.End);
                newText.Append(sorted[i].NewText);
            }
            tree = tree.WithChange(new TextChange(TextSpan.FromBounds(sorted[first].Span.Start, sorted[last].Span.End), newText.ToString()));
            last = first - 1;
        }
        return tree;
    }
}
