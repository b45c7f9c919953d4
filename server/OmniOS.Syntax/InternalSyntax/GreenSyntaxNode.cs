namespace OmniOS.Syntax.InternalSyntax;

/// <summary>
/// An interior node: a kind and its children (nodes and tokens) in source order. Most nodes have
/// one to three children, so those keep them in fields rather than in an array of their own.
/// </summary>
internal abstract class GreenSyntaxNode : GreenNode
{
    private GreenSyntaxNode(SyntaxKind kind, int fullWidth, GreenFlags flags)
        : base(kind, fullWidth, flags)
    {
    }

    public static GreenSyntaxNode Create(SyntaxKind kind, ReadOnlySpan<GreenNode> children, GreenFlags ownFlags = GreenFlags.None)
    {
        var width = 0;
        var flags = ownFlags;
        foreach (var child in children)
        {
            width += child.FullWidth;
            flags |= child.Flags & GreenFlags.Inherited;
        }
        return children.Length switch
        {
            1 => new WithOneChild(kind, width, flags, children[0]),
            2 => new WithTwoChildren(kind, width, flags, children[0], children[1]),
            3 => new WithThreeChildren(kind, width, flags, children[0], children[1], children[2]),
            _ => new WithManyChildren(kind, width, flags, children.ToArray()),
        };
    }

    /// <summary>The same node with other own flags (used to mark a finished node as carrying a diagnostic).</summary>
    public GreenSyntaxNode WithOwnFlags(GreenFlags flags)
    {
        var children = new GreenNode[SlotCount];
        for (var i = 0; i < children.Length; i++)
            children[i] = GetSlot(i);
        return Create(Kind, children, flags);
    }

    private sealed class WithOneChild(SyntaxKind kind, int width, GreenFlags flags, GreenNode child0)
        : GreenSyntaxNode(kind, width, flags)
    {
        public override int SlotCount => 1;

        public override GreenNode GetSlot(int index) => index == 0 ? child0 : throw new ArgumentOutOfRangeException(nameof(index));
    }

    private sealed class WithTwoChildren(SyntaxKind kind, int width, GreenFlags flags, GreenNode child0, GreenNode child1)
        : GreenSyntaxNode(kind, width, flags)
    {
        public override int SlotCount => 2;

        public override GreenNode GetSlot(int index) => index switch
        {
            0 => child0,
            1 => child1,
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
        };
    }

    private sealed class WithThreeChildren(SyntaxKind kind, int width, GreenFlags flags, GreenNode child0, GreenNode child1, GreenNode child2)
        : GreenSyntaxNode(kind, width, flags)
    {
        public override int SlotCount => 3;

        public override GreenNode GetSlot(int index) => index switch
        {
            0 => child0,
            1 => child1,
            2 => child2,
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
        };
    }

    private sealed class WithManyChildren(SyntaxKind kind, int width, GreenFlags flags, GreenNode[] children)
        : GreenSyntaxNode(kind, width, flags)
    {
        public override int SlotCount => children.Length;

        public override GreenNode GetSlot(int index) => children[index];
    }
}
