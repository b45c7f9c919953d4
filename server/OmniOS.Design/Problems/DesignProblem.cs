using OmniOS.Syntax;

namespace OmniOS.Design.Problems;

/// <summary>A problem the design model can see in the source: a stable code, a message, and where.</summary>
public sealed record DesignProblem(string Code, string Message, TextSpan Span);
