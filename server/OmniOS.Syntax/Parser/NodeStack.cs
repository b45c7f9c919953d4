using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using OmniOS.Syntax.InternalSyntax;

namespace OmniOS.Syntax.Parser;

/// <summary>
/// The parser's work stack: finished children wait here until their parent is made from them.
/// Slots are a one-field struct so that pushing is a plain store (an array of a class type would
/// check the element type on every store).
/// </summary>
internal sealed class NodeStack
{
    private struct Slot
    {
        public GreenNode Node;
    }

    private Slot[] _slots = new Slot[512];

    public int Count { get; private set; }

    public GreenNode this[int index]
    {
        get => _slots[index].Node;
        set => _slots[index].Node = value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(GreenNode node)
    {
        if (Count == _slots.Length)
            Array.Resize(ref _slots, _slots.Length * 2);
        _slots[Count++].Node = node;
    }

    /// <summary>The nodes from <paramref name="start"/> on, as a span (valid until the stack changes).</summary>
    public ReadOnlySpan<GreenNode> From(int start)
    {
        var count = Count - start;
        return count == 0 ? [] : MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<Slot, GreenNode>(ref _slots[start]), count);
    }

    /// <summary>Drops the nodes from <paramref name="count"/> on.</summary>
    public void Truncate(int count)
    {
        Array.Clear(_slots, count, Count - count);
        Count = count;
    }
}
