using OmniOS.Syntax;

namespace OmniOS.Design.Source;

/// <summary>One class in a class string, as written, and where it lies in the file.</summary>
public readonly record struct ClassToken(string Name, TextSpan Span);
