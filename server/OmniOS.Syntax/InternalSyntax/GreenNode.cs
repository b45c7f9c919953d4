using System.Text;

namespace OmniOS.Syntax.InternalSyntax;

/// <summary>
/// An immutable, position-free piece of the tree: a kind, a full width (trivia included) and
/// flags combined from the children. Without absolute positions, a subtree that an edit did not
/// touch can be reused as it is in the next tree.
/// </summary>
internal abstract class GreenNode
{
    protected GreenNode(SyntaxKind kind, int fullWidth, GreenFlags flags)
    {
        Kind = kind;
        FullWidth = fullWidth;
        Flags = flags;
    }

    public SyntaxKind Kind { get; }

    /// <summary>The width of the node in UTF-16 units, leading and trailing trivia included.</summary>
    public int FullWidth { get; }

    public GreenFlags Flags { get; }

    public bool ContainsDiagnostics => (Flags & GreenFlags.ContainsDiagnostics) != 0;

    public bool IsMissing => (Flags & GreenFlags.IsMissing) != 0;

    public virtual bool IsToken => false;

    public virtual bool IsTrivia => false;

    public virtual int SlotCount => 0;

    public virtual GreenNode GetSlot(int index) => throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The diagnostics attached to this node itself (not its children), offsets relative to its full start.</summary>
    public GreenDiagnostic[] GetOwnDiagnostics() => GreenDiagnostics.Get(this);

    /// <summary>Appends the exact source text of this node to <paramref name="builder"/>.</summary>
    public void WriteTo(StringBuilder builder)
    {
        // Iterative on purpose: a deeply nested tree must not overflow the stack when printed.
        var stack = new Stack<GreenNode>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is GreenToken token)
            {
                token.WriteTokenTo(builder);
                continue;
            }
            if (node is GreenTrivia trivia)
            {
                builder.Append(trivia.Text);
                continue;
            }
            for (var i = node.SlotCount - 1; i >= 0; i--)
                stack.Push(node.GetSlot(i));
        }
    }

    public string ToFullString()
    {
        var builder = new StringBuilder(FullWidth);
        WriteTo(builder);
        return builder.ToString();
    }

    public override string ToString() => $"{Kind} ({FullWidth})";
}
