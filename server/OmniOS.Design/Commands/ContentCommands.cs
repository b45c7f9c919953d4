using OmniOS.Design.Source;
using OmniOS.Syntax;

namespace OmniOS.Design.Commands;

/// <summary>`setText`: an element's text content.</summary>
internal static class ContentCommands
{
    public static List<TextEdit> SetText(CommandContext context, SetTextCommand command)
    {
        var element = context.Element(command.At);
        var name = JsxSyntax.Name(element);
        var layout = context.Layout;
        // The file's quote is looked up only when the text needs a string.
        var encoded = JsxText.Encode(command.Text, JsxText.NeedsExpression(command.Text) ? layout.StringQuote : '"');

        if (element.Kind == SyntaxKind.JsxSelfClosingElement)
        {
            if (CommandContext.IsVoidElement(name))
                throw new CommandRefusedException($"<{name}> is a void element and cannot contain text.");
            if (command.Text.Length == 0)
                return [];
            // `<X a="b" />` becomes `<X a="b">text</X>`.
            var lastPart = element.ChildNodes().Last();
            return [new TextEdit(TextSpan.FromBounds(lastPart.Span.End, element.Span.End), $">{encoded}</{name}>")];
        }

        var children = JsxSyntax.Children(element).ToList();
        if (children.FirstOrDefault(c => !IsText(c)) is { } blocker)
        {
            var what = JsxSyntax.IsElement(blocker) ? $"the element <{JsxSyntax.Name(blocker)}>" : $"the expression {Shorten(context.TextOf(blocker))}";
            throw new CommandRefusedException($"<{(name.Length == 0 ? "fragment" : name)}> contains {what}; setting its text would remove it. Edit the text around it instead.");
        }

        var contentStart = JsxSyntax.OpeningTag(element).Span.End;
        var contentEnd = JsxSyntax.ClosingTag(element)!.Span.Start;
        var content = context.Text.AsSpan(contentStart, contentEnd - contentStart);
        var first = content.IndexOfAnyExcept(" \t\r\n");
        if (command.Text.Length == 0)
            return [new TextEdit(TextSpan.FromBounds(contentStart, contentEnd), string.Empty)];
        if (first < 0)
        {
            // Empty: keep a multi-line layout if the element has one.
            if (content.IndexOfAny('\n', '\r') < 0)
                return [new TextEdit(TextSpan.FromBounds(contentStart, contentEnd), encoded)];
            var indentation = layout.IndentationAt(element.Span.Start);
            var replacement = layout.LineEnding + indentation + layout.IndentUnit + encoded + layout.LineEnding + layout.IndentationAt(contentEnd);
            return [new TextEdit(TextSpan.FromBounds(contentStart, contentEnd), replacement)];
        }
        // Whitespace around the text is kept only where JSX drops it (it holds a line break); a
        // space on the tag's own line is part of the text and is replaced with it.
        var last = content.LastIndexOfAnyExcept(" \t\r\n") + 1;
        var from = content[..first].IndexOfAny('\n', '\r') >= 0 ? first : 0;
        var to = content[last..].IndexOfAny('\n', '\r') >= 0 ? last : content.Length;
        return [new TextEdit(TextSpan.FromBounds(contentStart + from, contentStart + to), encoded)];
    }

    /// <summary>Text, or an expression container holding a string or number literal.</summary>
    private static bool IsText(SyntaxNode child) =>
        child.Kind == SyntaxKind.JsxText
        || (child.Kind == SyntaxKind.JsxExpressionContainer && JsxSyntax.ContainedExpression(child) is { } e
            && DesignModelBuilder.Unwrap(e) is { Kind: SyntaxKind.LiteralExpression } literal
            && literal.ChildTokens().First().Kind is SyntaxKind.StringLiteralToken or SyntaxKind.NumericLiteralToken);

    internal static string Shorten(string code) => code.Length <= 40 ? code : code[..37] + "...";
}
