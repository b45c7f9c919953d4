using System.Runtime.CompilerServices;

namespace OmniOS.Syntax.InternalSyntax;

/// <summary>
/// Diagnostics live beside the green nodes that own them (as in Roslyn), so a node carries its
/// errors wherever it is reused. Only freshly made nodes are ever given diagnostics; shared
/// cached tokens never are.
/// </summary>
internal static class GreenDiagnostics
{
    private static readonly ConditionalWeakTable<GreenNode, GreenDiagnostic[]> Table = new();

    public static void Attach(GreenNode node, GreenDiagnostic[] diagnostics) => Table.AddOrUpdate(node, diagnostics);

    public static GreenDiagnostic[] Get(GreenNode node) => Table.TryGetValue(node, out var diagnostics) ? diagnostics : [];
}
