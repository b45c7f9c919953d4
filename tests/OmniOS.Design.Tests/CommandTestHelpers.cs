using OmniOS.Design.Commands;
using OmniOS.Syntax;

namespace OmniOS.Design.Tests;

/// <summary>
/// One helper for command tests: the input marks the element with `$0` before its '&lt;' (and a
/// second element, a parent, with `$1`); the expected output is the whole file after the command.
/// </summary>
internal static class CommandTestHelpers
{
    public static string Apply(string marked, Func<int, int, DesignCommand> command, string path = "test.tsx")
    {
        var (text, first, second) = Unmark(marked);
        var tree = SyntaxTree.Parse(text, path);
        return CommandEngine.Execute(tree, command(first, second)) switch
        {
            CommandApplied applied => applied.Tree.Text,
            CommandRefused refused => throw new Xunit.Sdk.XunitException("refused: " + refused.Message),
            _ => throw new InvalidOperationException(),
        };
    }

    public static string Refusal(string marked, Func<int, int, DesignCommand> command, string path = "test.tsx")
    {
        var (text, first, second) = Unmark(marked);
        var result = CommandEngine.Execute(SyntaxTree.Parse(text, path), command(first, second));
        return Assert.IsType<CommandRefused>(result).Message;
    }

    public static (string Text, int First, int Second) Unmark(string marked)
    {
        var first = marked.IndexOf("$0", StringComparison.Ordinal);
        var text = first >= 0 ? marked.Remove(first, 2) : marked;
        var second = text.IndexOf("$1", StringComparison.Ordinal);
        if (second >= 0)
        {
            text = text.Remove(second, 2);
            if (first > second)
                first -= 2;
        }
        return (text, first, second);
    }
}
