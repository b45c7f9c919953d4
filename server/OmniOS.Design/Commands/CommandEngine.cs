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

        var newTree = Reparse(tree, edits);
        var before = tree.Diagnostics.Count;
        if (newTree.Diagnostics.Count > before)
        {
            var introduced = newTree.Diagnostics.FirstOrDefault(d => !tree.Diagnostics.Any(o => o.Code == d.Code && o.Message == d.Message)) ?? newTree.Diagnostics[0];
            return new CommandRefused($"The change would make the file invalid ({introduced.Message} at line {introduced.Line}); nothing was changed.");
        }
        return new CommandApplied(edits, newTree);
    }

    /// <summary>Re-parses incrementally, applying the edits from last to first so each position is still valid.</summary>
    public static SyntaxTree Reparse(SyntaxTree tree, IReadOnlyList<TextEdit> edits)
    {
        var sorted = TextEdits.Normalize(edits);
        for (var i = sorted.Count - 1; i >= 0; i--)
            tree = tree.WithChange(new TextChange(sorted[i].Span, sorted[i].NewText));
        return tree;
    }
}
