using System.Text;

namespace OmniOS.Syntax;

/// <summary>
/// Prints a tree as indented text, one line per node, token and trivia, then the diagnostics:
/// the form parser fixtures are checked in, so a change to the tree shows as a readable diff.
/// <code>
/// SourceFile@0..10
///   ExpressionStatement@0..10
///     IdentifierName@0..1
///       IdentifierToken@0..1 "a"
/// </code>
/// </summary>
public static class SyntaxDump
{
    public static string Write(SyntaxTree tree)
    {
        var builder = new StringBuilder();
        var stack = new Stack<(SyntaxNodeOrToken Item, int Depth)>();
        stack.Push((new SyntaxNodeOrToken(tree.Root), 0));
        while (stack.Count > 0)
        {
            var (item, depth) = stack.Pop();
            var indent = new string(' ', depth * 2);
            if (item.IsToken)
            {
                var token = item.AsToken();
                foreach (var trivia in token.LeadingTrivia)
                    builder.Append(indent).Append("  leading ").Append(trivia.Kind).Append(' ').Append(Quote(trivia.Text)).Append('\n');
                builder.Append(indent).Append(token.Kind).Append('@').Append(token.Span.Start).Append("..").Append(token.Span.End).Append(' ').Append(Quote(token.Text));
                if (token.IsMissing)
                    builder.Append(" missing");
                builder.Append('\n');
                foreach (var trivia in token.TrailingTrivia)
                    builder.Append(indent).Append("  trailing ").Append(trivia.Kind).Append(' ').Append(Quote(trivia.Text)).Append('\n');
                continue;
            }
            var node = item.AsNode()!;
            builder.Append(indent).Append(node.Kind).Append('@').Append(node.Span.Start).Append("..").Append(node.Span.End).Append('\n');
            var children = node.ChildNodesAndTokens().ToList();
            for (var i = children.Count - 1; i >= 0; i--)
                stack.Push((children[i], depth + 1));
        }
        if (tree.Diagnostics.Count > 0)
        {
            builder.Append("---\n");
            foreach (var d in tree.Diagnostics)
                builder.Append(d.Code).Append(' ').Append(d.Span.Start).Append("..").Append(d.Span.End).Append(' ').Append(d.Line).Append(':').Append(d.Column).Append(' ').Append(d.Message).Append('\n');
        }
        return builder.ToString();
    }

    private static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsControl(c) || c == '\uFEFF')
                        builder.Append($"\\u{(int)c:X4}");
                    else
                        builder.Append(c);
                    break;
            }
        }
        builder.Append('"');
        return builder.ToString();
    }
}
