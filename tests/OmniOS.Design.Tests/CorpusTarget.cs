using OmniOS.Design.Commands;
using OmniOS.Design.Model;
using OmniOS.Syntax;

namespace OmniOS.Design.Tests;

/// <summary>One element of a corpus file, as a command target.</summary>
public sealed record CorpusTarget(CorpusFile File, SyntaxNode Element, ElementNode Model, int Ordinal)
{
    public int At => Element.Span.Start;

    public string Name => JsxSyntax.Name(Element);

    public bool IsVoid => Element.Kind == SyntaxKind.JsxSelfClosingElement && CommandContext.IsVoidElement(Name);
}
