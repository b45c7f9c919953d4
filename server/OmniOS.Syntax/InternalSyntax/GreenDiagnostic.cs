namespace OmniOS.Syntax.InternalSyntax;

/// <summary>A diagnostic attached to a green node; <see cref="Offset"/> is relative to the node's full start.</summary>
internal readonly record struct GreenDiagnostic(DiagnosticInfo Info, int Offset, int Length);
