namespace OmniOS.Syntax;

/// <summary>
/// Every message the lexer and parser report, each with a stable code. Codes never change meaning;
/// retired codes are not reused.
/// </summary>
internal static class Diagnostics
{
    // Lexer (OMN1xxx)
    public static DiagnosticInfo UnterminatedString() => new("OMN1001", "Unterminated string literal.");
    public static DiagnosticInfo UnterminatedTemplate() => new("OMN1002", "Unterminated template literal.");
    public static DiagnosticInfo UnterminatedComment() => new("OMN1003", "Unterminated comment: '*/' expected.");
    public static DiagnosticInfo UnterminatedRegularExpression() => new("OMN1004", "Unterminated regular expression literal.");
    public static DiagnosticInfo InvalidCharacter(char c) => new("OMN1005", $"Invalid character '{Printable(c)}'.");
    public static DiagnosticInfo InvalidNumber() => new("OMN1006", "Invalid numeric literal.");
    public static DiagnosticInfo UnterminatedJsxString() => new("OMN1007", "Unterminated string in JSX attribute.");
    public static DiagnosticInfo InvalidUtf8() => new("OMN1008", "The file is not valid UTF-8; invalid bytes were read as U+FFFD.");

    // Parser (OMN2xxx)
    public static DiagnosticInfo Expected(string what) => new("OMN2001", $"{what} expected.");
    public static DiagnosticInfo ExpectedToken(SyntaxKind kind) => SyntaxFacts.GetText(kind) is { } text
        ? Expected($"'{text}'")
        : Expected(kind switch
        {
            SyntaxKind.IdentifierToken => "Identifier",
            SyntaxKind.StringLiteralToken => "String literal",
            SyntaxKind.NumericLiteralToken => "Number",
            SyntaxKind.TemplateTailToken => "The end of the template literal",
            _ => kind.ToString(),
        });
    public static DiagnosticInfo UnexpectedToken(string text) => new("OMN2002", $"Unexpected '{text}'.");
    public static DiagnosticInfo ExpressionExpected() => Expected("Expression");
    public static DiagnosticInfo IdentifierExpected() => Expected("Identifier");
    public static DiagnosticInfo TypeExpected() => Expected("Type");
    public static DiagnosticInfo DeclarationOrStatementExpected() => Expected("Declaration or statement");
    public static DiagnosticInfo PropertyAssignmentExpected() => Expected("Property assignment");
    public static DiagnosticInfo NestingTooDeep(int limit) => new("OMN2003", $"Nesting is too deep (more than {limit} levels); the rest of this construct is not parsed.");
    public static DiagnosticInfo JsxClosingTagMismatch(string opening, string closing) =>
        new("OMN2004", $"Expected corresponding closing tag for <{opening}>, found </{closing}>.");
    public static DiagnosticInfo JsxUnclosedElement(string name) => new("OMN2005", $"JSX element <{name}> has no corresponding closing tag.");
    public static DiagnosticInfo JsxUnclosedFragment() => new("OMN2006", "JSX fragment has no corresponding closing tag.");
    public static DiagnosticInfo LineBreakNotAllowed(string what) => new("OMN2007", $"A line break is not allowed {what}.");
    public static DiagnosticInfo SemicolonExpected() => Expected("';'");
    public static DiagnosticInfo JsxNotAllowedInTypeScript() => new("OMN2008", "JSX is not allowed in a .ts file; rename it to .tsx.");

    private static string Printable(char c) => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString();
}
