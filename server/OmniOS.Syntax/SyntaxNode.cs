using System.Text;
using OmniOS.Syntax.InternalSyntax;

namespace OmniOS.Syntax;

/// <summary>
/// A node of the tree with its parent and absolute position, made on demand over the immutable
/// green node it wraps. <see cref="Span"/> leaves out the leading and trailing trivia,
/// <see cref="FullSpan"/> includes it; printing the full span of the root gives the source back.
/// </summary>
public sealed class SyntaxNode
{
    private SyntaxNode?[]? _children;

    internal SyntaxNode(GreenNode green, SyntaxNode? parent, int position)
    {
        Green = green;
        Parent = parent;
        Position = position;
    }

    internal GreenNode Green { get; }

    public SyntaxNode? Parent { get; }

    /// <summary>Where the node's leading trivia starts.</summary>
    public int Position { get; }

    public SyntaxKind Kind => Green.Kind;

    public TextSpan FullSpan => new(Position, Green.FullWidth);

    public TextSpan Span
    {
        get
        {
            var leading = GreenTree.LeadingTriviaWidth(Green);
            var trailing = GreenTree.TrailingTriviaWidth(Green);
            return new TextSpan(Position + leading, Math.Max(0, Green.FullWidth - leading - trailing));
        }
    }

    public bool ContainsDiagnostics => Green.ContainsDiagnostics;

    public int ChildCount => Green.SlotCount;

    /// <summary>The children in source order, nodes and tokens alike.</summary>
    public IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        var position = Position;
        for (var i = 0; i < Green.SlotCount; i++)
        {
            var green = Green.GetSlot(i);
            yield return green is GreenToken token
                ? new SyntaxNodeOrToken(new SyntaxToken(this, token, position))
                : new SyntaxNodeOrToken(GetChildNode(i, position));
            position += green.FullWidth;
        }
    }

    public IEnumerable<SyntaxNode> ChildNodes()
    {
        // Straight over the slots: the model builders walk every node, and going through
        // ChildNodesAndTokens would make a token wrapper for each token passed over.
        var position = Position;
        for (var i = 0; i < Green.SlotCount; i++)
        {
            var green = Green.GetSlot(i);
            if (green is not GreenToken)
                yield return GetChildNode(i, position);
            position += green.FullWidth;
        }
    }

    public IEnumerable<SyntaxToken> ChildTokens()
    {
        foreach (var child in ChildNodesAndTokens())
        {
            if (child.IsToken)
                yield return child.AsToken();
        }
    }

    /// <summary>The first child node of <paramref name="kind"/>, or null.</summary>
    public SyntaxNode? ChildNode(SyntaxKind kind)
    {
        // Over the slots, so the children passed over get no wrappers: the model builders ask this of most nodes.
        var position = Position;
        for (var i = 0; i < Green.SlotCount; i++)
        {
            var green = Green.GetSlot(i);
            if (green.Kind == kind && green is not GreenToken)
                return GetChildNode(i, position);
            position += green.FullWidth;
        }
        return null;
    }

    /// <summary>The first child token of <paramref name="kind"/>, or null.</summary>
    public SyntaxToken? ChildToken(SyntaxKind kind)
    {
        var position = Position;
        for (var i = 0; i < Green.SlotCount; i++)
        {
            var green = Green.GetSlot(i);
            if (green.Kind == kind && green is GreenToken token)
                return new SyntaxToken(this, token, position);
            position += green.FullWidth;
        }
        return null;
    }

    /// <summary>This node and every node below it, in source order (pre-order), without recursion.</summary>
    public IEnumerable<SyntaxNode> DescendantNodesAndSelf(Func<SyntaxNode, bool>? descendInto = null)
    {
        var stack = new List<SyntaxNode> { this };
        while (stack.Count > 0)
        {
            var node = stack[^1];
            stack.RemoveAt(stack.Count - 1);
            yield return node;
            if (descendInto is not null && !descendInto(node))
                continue;
            PushChildNodesReversed(stack, node);
        }
    }

    /// <summary>Every token below this node, in source order.</summary>
    public IEnumerable<SyntaxToken> DescendantTokens()
    {
        var stack = new List<SyntaxNodeOrToken> { new(this) };
        while (stack.Count > 0)
        {
            var item = stack[^1];
            stack.RemoveAt(stack.Count - 1);
            if (item.IsToken)
            {
                yield return item.AsToken();
                continue;
            }
            var node = item.AsNode()!;
            var start = stack.Count;
            var position = node.Position;
            for (var i = 0; i < node.Green.SlotCount; i++)
            {
                var green = node.Green.GetSlot(i);
                stack.Add(green is GreenToken token ? new SyntaxNodeOrToken(new SyntaxToken(node, token, position)) : new SyntaxNodeOrToken(node.GetChildNode(i, position)));
                position += green.FullWidth;
            }
            stack.Reverse(start, stack.Count - start);
        }
    }

    /// <summary>The first token with any width (or null when the node is empty).</summary>
    public SyntaxToken? FirstToken()
    {
        foreach (var token in DescendantTokens())
        {
            if (token.Green.FullWidth > 0)
                return token;
        }
        return null;
    }

    /// <summary>The innermost node whose span contains <paramref name="position"/>.</summary>
    public SyntaxNode FindNode(int position)
    {
        var node = this;
        while (true)
        {
            // Over the slots, so only the nodes on the way down get wrappers: commands look up several positions from the root.
            SyntaxNode? next = null;
            var start = node.Position;
            for (var i = 0; i < node.Green.SlotCount; i++)
            {
                var green = node.Green.GetSlot(i);
                if (green is not GreenToken && new TextSpan(start, green.FullWidth).Contains(position))
                {
                    next = node.GetChildNode(i, start);
                    break;
                }
                start += green.FullWidth;
            }
            if (next is null)
                return node;
            node = next;
        }
    }

    /// <summary>The text of the node, trivia included.</summary>
    public string ToFullString() => Green.ToFullString();

    /// <summary>The text of the node without its leading and trailing trivia.</summary>
    public override string ToString()
    {
        var full = ToFullString();
        var leading = GreenTree.LeadingTriviaWidth(Green);
        var trailing = GreenTree.TrailingTriviaWidth(Green);
        return full.Length >= leading + trailing ? full.Substring(leading, full.Length - leading - trailing) : string.Empty;
    }

    internal void WriteTo(StringBuilder builder) => Green.WriteTo(builder);

    /// <summary>Adds the child nodes of <paramref name="node"/> to a list used as a stack, the first child on top.</summary>
    internal static void PushChildNodesReversed(List<SyntaxNode> stack, SyntaxNode node)
    {
        var start = stack.Count;
        var position = node.Position;
        for (var i = 0; i < node.Green.SlotCount; i++)
        {
            var green = node.Green.GetSlot(i);
            if (green is not GreenToken)
                stack.Add(node.GetChildNode(i, position));
            position += green.FullWidth;
        }
        stack.Reverse(start, stack.Count - start);
    }

    private SyntaxNode GetChildNode(int index, int position)
    {
        var children = _children;
        if (children is null)
        {
            Interlocked.CompareExchange(ref _children, new SyntaxNode?[Green.SlotCount], null);
            children = _children;
        }
        var existing = Volatile.Read(ref children[index]);
        if (existing is not null)
            return existing;
        var created = new SyntaxNode(Green.GetSlot(index), this, position);
        return Interlocked.CompareExchange(ref children[index], created, null) ?? created;
    }
}
