namespace OmniOS.Syntax.InternalSyntax;

/// <summary>Queries over green subtrees that need no positions.</summary>
internal static class GreenTree
{
    /// <summary>The last token of <paramref name="node"/> with any width; null when there is none.</summary>
    public static GreenToken? LastToken(GreenNode node)
    {
        while (true)
        {
            if (node is GreenToken token)
                return token;
            GreenNode? next = null;
            for (var i = node.SlotCount - 1; i >= 0; i--)
            {
                var child = node.GetSlot(i);
                if (child.FullWidth > 0)
                {
                    next = child;
                    break;
                }
            }
            if (next is null)
                return null;
            node = next;
        }
    }

    public static int LeadingTriviaWidth(GreenNode node) =>
        node is GreenToken token ? token.LeadingWidth : FirstToken(node)?.LeadingWidth ?? 0;

    public static int TrailingTriviaWidth(GreenNode node) =>
        node is GreenToken token ? token.TrailingWidth : LastToken(node)?.TrailingWidth ?? 0;

    /// <summary>Whether the trailing trivia of the node's last token holds a line break (what ASI needs to know after it).</summary>
    public static bool EndsWithLineBreak(GreenNode node)
    {
        var last = LastToken(node);
        if (last is null)
            return false;
        foreach (var trivia in last.Trailing)
        {
            if (trivia.Kind == SyntaxKind.EndOfLineTrivia)
                return true;
            if (trivia.Kind == SyntaxKind.MultiLineCommentTrivia && trivia.Text.AsSpan().IndexOfAny('\n', '\r', '\u2028') >= 0)
                return true;
        }
        return false;
    }

    /// <summary>The first token of <paramref name="node"/> with any width; null when there is none.</summary>
    public static GreenToken? FirstToken(GreenNode node)
    {
        while (true)
        {
            if (node is GreenToken token)
                return token;
            GreenNode? next = null;
            for (var i = 0; i < node.SlotCount; i++)
            {
                var child = node.GetSlot(i);
                if (child.FullWidth > 0)
                {
                    next = child;
                    break;
                }
            }
            if (next is null)
                return null;
            node = next;
        }
    }
}
