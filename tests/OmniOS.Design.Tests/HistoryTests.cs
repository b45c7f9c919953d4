using OmniOS.Design.Commands;
using OmniOS.Design.Documents;
using OmniOS.Syntax;

namespace OmniOS.Design.Tests;

/// <summary>Undo and redo per document, as inverse edits that survive typing elsewhere.</summary>
public sealed class HistoryTests
{
    private const string Text = "export const A = () => (\r\n  <ul>\r\n    <li className=\"a\">One</li>\r\n    <li>Two</li>\r\n  </ul>\r\n);\r\n";

    private static DesignDocument Open() => new("src/A.tsx", Text);

    private static int At(DesignDocument document, string name, int nth = 0) =>
        document.Model.Elements().Where(e => e.Name == name).ElementAt(nth).Span.Start;

    [Fact]
    public void Undo_and_redo_restore_the_text_byte_for_byte()
    {
        var document = Open();
        Assert.True(document.Execute(new AddClassCommand(At(document, "li"), "p-4")).Applied);
        Assert.True(document.Execute(new WrapCommand(At(document, "ul"), "section")).Applied);
        var after = document.Text;

        Assert.True(document.Undo().Applied);
        Assert.True(document.Undo().Applied);
        Assert.Equal(Text, document.Text);
        Assert.True(document.Redo().Applied);
        Assert.True(document.Redo().Applied);
        Assert.Equal(after, document.Text);
        Assert.False(document.CanRedo);
    }

    [Fact]
    public void Undo_reports_the_edits_it_made_and_the_deltas()
    {
        var document = Open();
        document.Execute(new SetTextCommand(At(document, "li", 1), "Zwei"));

        var undo = document.Undo();

        Assert.Equal(ChangeOrigin.Undo, undo.Change!.Origin);
        var edit = Assert.Single(undo.Change.Edits);
        Assert.Equal("Two", edit.NewText);
        Assert.Equal(["content"], Assert.IsType<Deltas.ElementUpdated>(Assert.Single(undo.Change.Deltas)).Changes);
    }

    [Fact]
    public void Undo_still_works_after_typing_before_and_after_the_commands_edit()
    {
        var document = Open();
        document.Execute(new SetTextCommand(At(document, "li", 1), "Zwei"));
        var edited = document.Text;

        // Typing above the element shifts the edit; typing below leaves it where it is.
        document.ApplyTextChanges([new TextChange(new TextSpan(0, 0), "// header\r\n")], ChangeOrigin.User);
        document.ApplyTextChanges([new TextChange(new TextSpan(document.Text.Length, 0), "// footer\r\n")], ChangeOrigin.User);
        var undo = document.Undo();

        Assert.True(undo.Applied, undo.RefusedBecause);
        Assert.Equal("// header\r\n" + Text + "// footer\r\n", document.Text);
        Assert.True(document.Redo().Applied);
        Assert.Equal("// header\r\n" + edited + "// footer\r\n", document.Text);
    }

    [Fact]
    public void Undo_is_refused_clearly_when_the_typing_touched_the_commands_edit()
    {
        var document = Open();
        document.Execute(new SetTextCommand(At(document, "li", 1), "Zwei"));
        var zwei = document.Text.IndexOf("Zwei", StringComparison.Ordinal);
        document.ApplyTextChanges([new TextChange(new TextSpan(zwei + 1, 2), "WE")], ChangeOrigin.User);
        var typed = document.Text;

        var undo = document.Undo();

        Assert.False(undo.Applied);
        Assert.Contains("Cannot undo setText", undo.RefusedBecause);
        Assert.Contains("edited since", undo.RefusedBecause);
        Assert.Equal(typed, document.Text);
    }

    [Fact]
    public void A_step_that_cannot_be_undone_is_dropped_so_the_one_below_is_reachable()
    {
        var document = Open();
        document.Execute(new AddClassCommand(At(document, "li"), "p-4"));
        document.Execute(new SetTextCommand(At(document, "li", 1), "Zwei"));
        var zwei = document.Text.IndexOf("Zwei", StringComparison.Ordinal);
        document.ApplyTextChanges([new TextChange(new TextSpan(zwei, 4), "2")], ChangeOrigin.User);

        Assert.False(document.Undo().Applied);
        Assert.True(document.Undo().Applied);
        Assert.DoesNotContain("p-4", document.Text);
        Assert.Contains("<li>2</li>", document.Text);
    }

    [Fact]
    public void A_new_command_clears_redo_and_an_empty_history_says_so()
    {
        var document = Open();
        Assert.Equal("There is nothing to undo.", document.Undo().RefusedBecause);
        document.Execute(new AddClassCommand(At(document, "li"), "p-4"));
        document.Undo();
        document.Execute(new AddClassCommand(At(document, "li"), "m-2"));

        Assert.False(document.CanRedo);
        Assert.Equal("There is nothing to redo.", document.Redo().RefusedBecause);
    }

    [Fact]
    public void A_refused_command_changes_nothing_and_enters_no_history()
    {
        var document = Open();

        var result = document.Execute(new SetTextCommand(At(document, "ul"), "x"));

        Assert.False(result.Applied);
        Assert.Equal(Text, document.Text);
        Assert.False(document.CanUndo);
        Assert.Equal(0, document.Version);
    }

    [Fact]
    public void Typing_that_breaks_the_file_keeps_the_last_good_design()
    {
        var document = Open();
        var good = document.LastGoodModel;

        var change = document.ApplyTextChanges([new TextChange(new TextSpan(Text.IndexOf("</ul>", StringComparison.Ordinal), 5), "")], ChangeOrigin.User);

        Assert.NotEmpty(document.Tree.Diagnostics);
        Assert.Empty(change.Deltas);
        Assert.Same(good, document.LastGoodModel);
    }
}
