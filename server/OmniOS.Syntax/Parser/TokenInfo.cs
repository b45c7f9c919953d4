using OmniOS.Syntax.InternalSyntax;

namespace OmniOS.Syntax.Parser;

/// <summary>
/// The token the parser is looking at: its leading trivia and its text are lexed, its trailing
/// trivia is not yet (the parser decides how it ends when it consumes the token: inside JSX text
/// there is no trivia).
/// </summary>
internal struct TokenInfo
{
    public SyntaxKind Kind;

    /// <summary>Where the leading trivia starts.</summary>
    public int FullStart;

    /// <summary>Where the token's own text starts.</summary>
    public int Start;

    /// <summary>Where the token's own text ends (exclusive).</summary>
    public int End;

    public GreenTrivia[] Leading;

    /// <summary>A line terminator stands between the previous token and this one (what ASI and restricted productions ask).</summary>
    public bool PrecedingLineBreak;

    /// <summary>The token's text when the lexer already made it (interned identifiers, fixed texts); else null.</summary>
    public string? Text;

    /// <summary>An identifier written with a \u escape: it never acts as a keyword.</summary>
    public bool HasEscape;

    public DiagnosticInfo? Error;

    /// <summary>Where <see cref="Error"/> applies, relative to <see cref="Start"/>.</summary>
    public int ErrorOffset;

    public int ErrorLength;

    public readonly int Width => End - Start;
}
