namespace OmniOS.Syntax.Parser;

/// <summary>What ends a list of statements.</summary>
internal enum StatementListEnd
{
    EndOfFile,
    CloseBrace,

    /// <summary>The statements of a case clause: up to the next 'case', 'default' or '}'.</summary>
    CaseClause,
}
