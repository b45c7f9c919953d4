namespace OmniOS.Syntax;

/// <summary>The position-free part of a diagnostic: its stable code and message.</summary>
public sealed record DiagnosticInfo(string Code, string Message);
