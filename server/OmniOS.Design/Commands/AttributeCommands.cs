using OmniOS.Design.Source;
using OmniOS.Syntax;

namespace OmniOS.Design.Commands;

/// <summary>`setAttribute` and `removeAttribute`.</summary>
internal static class AttributeCommands
{
    public static List<TextEdit> SetAttribute(CommandContext context, int at, string name, AttributeValue value)
    {
        if (!IsAttributeName(name))
            throw new CommandRefusedException($"'{name}' is not a valid JSX attribute name.");
        var element = context.Element(at);
        if (element.Kind == SyntaxKind.JsxFragment)
            throw new CommandRefusedException("A fragment cannot have attributes.");
        var source = ValueSource(value, context.Layout);
        var existing = Find(element, name).LastOrDefault();
        if (existing is null)
            return [Add(context, element, $"{name}={source}")];
        var current = JsxSyntax.AttributeValue(existing);
        if (current is null)
            return [new TextEdit(existing.Span, $"{name}={source}")];
        return [new TextEdit(current.Span, source)];
    }

    public static List<TextEdit> RemoveAttribute(CommandContext context, RemoveAttributeCommand command)
    {
        var element = context.Element(command.At);
        var attributes = Find(element, command.Name).ToList();
        if (attributes.Count == 0)
            throw new CommandRefusedException($"<{JsxSyntax.Name(element)}> has no attribute '{command.Name}'.");
        return attributes.Select(a => Remove(context, element, a)).ToList();
    }

    internal static IEnumerable<SyntaxNode> Find(SyntaxNode element, string name) =>
        JsxSyntax.Attributes(element).Where(a => a.Kind == SyntaxKind.JsxAttribute && JsxSyntax.AttributeName(a) == name);

    /// <summary>
    /// An edit adding <paramref name="attribute"/> after the element's last attribute (or its name):
    /// on a line of its own when the attributes stand one per line, else after a space.
    /// </summary>
    internal static TextEdit Add(CommandContext context, SyntaxNode element, string attribute)
    {
        var tag = JsxSyntax.OpeningTag(element);
        var parts = tag.ChildNodes().Where(n => n.Kind != SyntaxKind.JsxClosingElement).ToList();
        var last = parts.LastOrDefault(n => n.Kind is SyntaxKind.JsxAttribute or SyntaxKind.JsxSpreadAttribute) ?? parts.Last(n => n.Kind is SyntaxKind.IdentifierName or SyntaxKind.JsxMemberName or SyntaxKind.JsxNamespacedName or SyntaxKind.TypeArgumentList);
        var layout = context.Layout;
        var onOwnLines = last.Kind is SyntaxKind.JsxAttribute or SyntaxKind.JsxSpreadAttribute && layout.StartsLine(last.Span.Start);
        return onOwnLines
            ? TextEdit.Insert(last.Span.End, layout.LineEnding + layout.IndentationAt(last.Span.Start) + attribute)
            : TextEdit.Insert(last.Span.End, " " + attribute);
    }

    /// <summary>An edit removing an attribute with the space before it, or its whole line when it has one.</summary>
    internal static TextEdit Remove(CommandContext context, SyntaxNode element, SyntaxNode attribute)
    {
        var layout = context.Layout;
        if (layout.OwnsLines(attribute.Span))
            return TextEdit.Delete(layout.WholeLines(attribute.Span));
        var tag = JsxSyntax.OpeningTag(element);
        var previousEnd = tag.ChildNodesAndTokens().TakeWhile(c => c.Span.Start < attribute.Span.Start).Last().Span.End;
        return TextEdit.Delete(TextSpan.FromBounds(previousEnd, attribute.Span.End));
    }

    /// <summary>
    /// The source of a value: a JSX string in the file's quote style when it can hold the value
    /// exactly (JSX strings have no escapes), else a string expression; code goes in braces.
    /// </summary>
    internal static string ValueSource(AttributeValue value, SourceLayout layout)
    {
        if (value.IsCode)
            return "{" + value.Text + "}";
        var text = value.Text;
        var plain = text.AsSpan().IndexOfAny('\n', '\r', '\t') < 0 && JsxText.DecodeEntities(text) == text;
        if (plain && !text.Contains(layout.JsxQuote))
            return layout.JsxQuote + text + layout.JsxQuote;
        var other = layout.JsxQuote == '"' ? '\'' : '"';
        if (plain && !text.Contains(other))
            return other + text + other;
        return "{" + JsString.Quote(text, layout.StringQuote) + "}";
    }

    private static bool IsAttributeName(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] is '_' or '$')
        && name.All(c => char.IsLetterOrDigit(c) || c is '_' or '$' or '-' or ':')
        && name.Count(c => c == ':') <= 1 && !name.EndsWith(':');
}
