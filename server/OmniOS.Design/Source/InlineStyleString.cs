using OmniOS.Syntax;

namespace OmniOS.Design.Source;

/// <summary>A string value of an inline style property (<c>style={{ color: "#333" }}</c>): the property as written and the text between the quotes.</summary>
/// <param name="Property">The property's name as written (<c>backgroundColor</c>, <c>"--accent"</c> unquoted).</param>
/// <param name="Content">Where the value's text lies in the file, quotes excluded.</param>
public sealed record InlineStyleString(string Property, TextSpan Content, string Text);
