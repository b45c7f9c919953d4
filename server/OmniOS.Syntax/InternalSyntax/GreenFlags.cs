namespace OmniOS.Syntax.InternalSyntax;

[Flags]
internal enum GreenFlags : byte
{
    None = 0,

    /// <summary>The node or one of its descendants carries a diagnostic.</summary>
    ContainsDiagnostics = 1,

    /// <summary>A zero-width token the parser expected but did not find.</summary>
    IsMissing = 2,

    /// <summary>Combined from the children: the flags a parent inherits.</summary>
    Inherited = ContainsDiagnostics,
}
