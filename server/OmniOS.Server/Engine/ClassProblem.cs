using OmniOS.Syntax;

namespace OmniOS.Server.Engine;

/// <summary>A problem with a class of a class string: a stable code, a message, exactly where, how sure, and where the class it concerns is.</summary>
/// <param name="IsWarning">A warning; otherwise information (the class may be defined where OmniOS cannot see).</param>
/// <param name="Related">The other class involved (the winner of a conflict), with what to say about it.</param>
public sealed record ClassProblem(string Code, string Message, TextSpan Span, bool IsWarning, (TextSpan Span, string Message)? Related = null);
