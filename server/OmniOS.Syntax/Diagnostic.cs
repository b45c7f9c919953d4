namespace OmniOS.Syntax;

/// <summary>A problem found in the source: a stable code, a message, where it is (line 1-based, column 0-based, in UTF-16 units).</summary>
public sealed record Diagnostic(string Code, string Message, TextSpan Span, int Line, int Column)
{
    public override string ToString() => $"{Code} {Line}:{Column} {Message}";
}
