using OmniOS.Syntax;

namespace OmniOS.Design.Commands;

/// <summary>`delete`, `insert`, `move`, `wrap` and `duplicate`: changes to the element tree.</summary>
internal static class StructureCommands
{
    public static List<TextEdit> Delete(CommandContext context, int at)
    {
        var element = context.Element(at);
        var (target, replaceWithNull) = RemovalTarget(element);
        if (replaceWithNull)
            return [new TextEdit(target.Span, "null")];
        if (target.Kind == SyntaxKind.JsxAttribute)
            return [AttributeCommands.Remove(context, target.Parent!, target)];
        return [RemoveEdit(context, target.Span)];
    }

    public static List<TextEdit> Insert(CommandContext context, InsertCommand command)
    {
        var snippet = ValidateSnippet(command.Jsx);
        var parent = context.Element(command.Parent, "parent element");
        return InsertUnit(context, parent, command.Index, snippet);
    }

    public static List<TextEdit> Move(CommandContext context, MoveCommand command)
    {
        var element = context.Element(command.At);
        var parent = context.Element(command.Parent, "parent element");
        if (element.Span.Contains(parent.Span.Start) || element.Span.Start == parent.Span.Start)
            throw new CommandRefusedException("An element cannot be moved into itself.");
        var unit = MovableUnit(element);
        var layout = context.Layout;
        var unitText = layout.Reindent(context.TextOf(unit), layout.IndentationAt(unit.Span.Start), string.Empty);

        List<TextEdit> removal = [RemoveEdit(context, unit.Span)];
        var removed = TextEdits.Normalize(removal)[0];
        var afterRemoval = CommandEngine.Reparse(context.Tree, removal);
        var parentAt = parent.Span.Start >= removed.Span.End ? parent.Span.Start - removed.Span.Length : parent.Span.Start;
        var next = new CommandContext(afterRemoval);
        var insertion = InsertUnit(next, next.Element(parentAt, "parent element"), command.Index, unitText);
        return TextEdits.Compose(context.Text, removal, insertion);
    }

    public static List<TextEdit> Wrap(CommandContext context, WrapCommand command)
    {
        if (!IsTagName(command.Tag))
            throw new CommandRefusedException($"'{command.Tag}' is not a valid JSX tag name.");
        var element = context.Element(command.At);
        var layout = context.Layout;
        var open = $"<{command.Tag}>";
        var close = $"</{command.Tag}>";
        if (!layout.OwnsLines(element.Span))
            return [TextEdit.Insert(element.Span.Start, open), TextEdit.Insert(element.Span.End, close)];

        // On lines of its own: new lines for the tags, the element indented one level (by inserts
        // only, so its own text is untouched), except where a line starts inside a template literal.
        var indentation = layout.IndentationAt(element.Span.Start);
        var edits = new List<TextEdit> { TextEdit.Insert(element.Span.Start, open + layout.LineEnding + indentation + layout.IndentUnit) };
        foreach (var lineStart in LineStartsWithin(context, element.Span))
        {
            if (lineStart < context.Text.Length && context.Text[lineStart] is not ('\n' or '\r') && !StartsInsideLiteral(context, lineStart))
                edits.Add(TextEdit.Insert(lineStart, layout.IndentUnit));
        }
        edits.Add(TextEdit.Insert(element.Span.End, layout.LineEnding + indentation + close));
        return edits;
    }

    public static List<TextEdit> Duplicate(CommandContext context, DuplicateCommand command)
    {
        var element = context.Element(command.At);
        var layout = context.Layout;
        var text = context.TextOf(element);
        var ownsLines = layout.OwnsLines(element.Span);
        var indentation = layout.IndentationAt(element.Span.Start);
        if (CommandContext.ParentElement(element) is not null)
            return [TextEdit.Insert(element.Span.End, ownsLines ? layout.LineEnding + indentation + text : text)];

        // Not a child of an element (a returned root, a conditional branch): two elements need a fragment.
        if (!ownsLines)
            return [TextEdit.Insert(element.Span.Start, "<>"), TextEdit.Insert(element.Span.End, text + "</>")];
        var inner = indentation + layout.IndentUnit;
        var copy = layout.Reindent(text, indentation, inner);
        return [new TextEdit(element.Span, "<>" + layout.LineEnding + inner + copy + layout.LineEnding + inner + copy + layout.LineEnding + indentation + "</>")];
    }

    /// <summary>
    /// What deleting an element removes: the element when it is a child of another; the whole
    /// `{…}` when it is the only element of an expression child (a conditional, a repeater); the
    /// attribute when it is an attribute's value. Elsewhere (a returned root, a ternary branch) the
    /// element becomes `null`, so the code stays valid.
    /// </summary>
    private static (SyntaxNode Target, bool ReplaceWithNull) RemovalTarget(SyntaxNode element)
    {
        if (CommandContext.ParentElement(element) is not null)
            return (element, false);
        var node = element;
        while (node.Parent is { } parent)
        {
            if (parent.Kind == SyntaxKind.JsxExpressionContainer)
            {
                if (JsxSyntax.NestedElements(parent).Count != 1)
                    break;
                if (parent.Parent?.Kind == SyntaxKind.JsxAttribute)
                    return (parent.Parent, false);
                if (parent.Parent?.Kind is SyntaxKind.JsxElement or SyntaxKind.JsxFragment)
                    return (parent, false);
                break;
            }
            if (parent.Kind == SyntaxKind.JsxAttribute)
                return (parent, false);
            if (parent.Kind == SyntaxKind.ConditionalExpression && parent.ChildNodes().First() != node)
                break;
            if (parent.Kind is SyntaxKind.ReturnStatement or SyntaxKind.VariableDeclarator or SyntaxKind.Block or SyntaxKind.SourceFile || JsxSyntax.IsElement(parent))
                break;
            node = parent;
        }
        // Replace the element, or the parentheses that hold only it.
        var replaced = element;
        while (replaced.Parent?.Kind == SyntaxKind.ParenthesizedExpression)
            replaced = replaced.Parent;
        return (replaced, true);
    }

    /// <summary>What a move takes: the element if it is a child of another, or the `{…}` that holds only it.</summary>
    private static SyntaxNode MovableUnit(SyntaxNode element)
    {
        if (CommandContext.ParentElement(element) is not null)
            return element;
        var (target, replaceWithNull) = RemovalTarget(element);
        if (!replaceWithNull && target.Kind == SyntaxKind.JsxExpressionContainer)
            return target;
        throw new CommandRefusedException($"<{JsxSyntax.Name(element)}> is not a child of another element (it is part of an expression); move the code that holds it instead.");
    }

    /// <summary>Removes a span, with its whole line(s) when nothing else stands on them.</summary>
    internal static TextEdit RemoveEdit(CommandContext context, TextSpan span) =>
        context.Layout.OwnsLines(span) ? TextEdit.Delete(context.Layout.WholeLines(span)) : TextEdit.Delete(span);

    /// <summary>
    /// Inserts JSX (or an expression child) as the <paramref name="index"/>-th element child of
    /// <paramref name="parent"/>, laid out like its siblings: on a line of its own when they are, inline
    /// when they are; a self-closing parent is opened up.
    /// </summary>
    internal static List<TextEdit> InsertUnit(CommandContext context, SyntaxNode parent, int index, string snippet)
    {
        var layout = context.Layout;
        var name = JsxSyntax.Name(parent);
        if (parent.Kind == SyntaxKind.JsxSelfClosingElement)
        {
            if (CommandContext.IsVoidElement(name))
                throw new CommandRefusedException($"<{name}> is a void element and cannot have children.");
            if (index != 0)
                throw new CommandRefusedException($"Index {index} is out of range: <{name}> has no element children.");
            var lastPart = parent.ChildNodes().Last();
            var tagEnd = TextSpan.FromBounds(lastPart.Span.End, parent.Span.End);
            if (!layout.OwnsLines(parent.Span))
                return [new TextEdit(tagEnd, $">{snippet}</{name}>")];
            var indentation = layout.IndentationAt(parent.Span.Start);
            var inner = indentation + layout.IndentUnit;
            return [new TextEdit(tagEnd, ">" + layout.LineEnding + inner + layout.Reindent(snippet, string.Empty, inner) + layout.LineEnding + indentation + $"</{name}>")];
        }

        var elementChildren = JsxSyntax.NestedElements(parent);
        if (index < 0 || index > elementChildren.Count)
            throw new CommandRefusedException($"Index {index} is out of range: <{(name.Length == 0 ? "fragment" : name)}> has {elementChildren.Count} element children.");
        var children = JsxSyntax.Children(parent).Where(c => c.Kind != SyntaxKind.JsxText || !Source.JsxText.IsInsignificant(c.ToFullString())).ToList();

        if (index < elementChildren.Count)
        {
            var anchor = elementChildren[index];
            var unit = children.FirstOrDefault(c => c.Span.Contains(anchor.Span.Start) || c.Span.Start == anchor.Span.Start) ?? children.FirstOrDefault();
            if (unit is not null)
            {
                if (!layout.StartsLine(unit.Span.Start))
                    return [TextEdit.Insert(unit.Span.Start, snippet)];
                var indentation = layout.IndentationAt(unit.Span.Start);
                return [TextEdit.Insert(unit.Span.Start, layout.Reindent(snippet, string.Empty, indentation) + layout.LineEnding + indentation)];
            }
        }

        var closing = JsxSyntax.ClosingTag(parent)!;
        var last = children.LastOrDefault();
        if (!layout.StartsLine(closing.Span.Start))
            return [TextEdit.Insert(closing.Span.Start, snippet)];
        if (last is not null && layout.StartsLine(last.Span.Start))
        {
            var indentation = layout.IndentationAt(last.Span.Start);
            return [TextEdit.Insert(last.Span.End, layout.LineEnding + indentation + layout.Reindent(snippet, string.Empty, indentation))];
        }
        if (last is not null)
            return [TextEdit.Insert(last.Span.End, snippet)];
        var childIndentation = layout.IndentationAt(closing.Span.Start) + layout.IndentUnit;
        if (layout.StartsLine(closing.Span.Start) && layout.LineStart(closing.Span.Start) > JsxSyntax.OpeningTag(parent).Span.End)
            return [TextEdit.Insert(layout.LineStart(closing.Span.Start), childIndentation + layout.Reindent(snippet, string.Empty, childIndentation) + layout.LineEnding)];
        return [TextEdit.Insert(closing.Span.Start, snippet)];
    }

    /// <summary>Checks that the text is exactly one JSX element and returns it trimmed.</summary>
    private static string ValidateSnippet(string jsx)
    {
        var snippet = jsx.Trim();
        var tree = SyntaxTree.Parse("(" + snippet + ");", ParseOptions.Tsx);
        var statement = tree.Root.ChildNodes().FirstOrDefault();
        var expression = statement?.ChildNodes().FirstOrDefault()?.ChildNodes().FirstOrDefault();
        if (tree.Diagnostics.Count > 0 || tree.Root.ChildNodes().Count() != 1 || expression is null || !JsxSyntax.IsElement(expression))
        {
            var reason = tree.Diagnostics.Count > 0 ? tree.Diagnostics[0].Message : "it is not a single JSX element";
            throw new CommandRefusedException($"The JSX to insert does not parse ({reason}): {ContentCommands.Shorten(snippet)}");
        }
        return snippet;
    }

    private static IEnumerable<int> LineStartsWithin(CommandContext context, TextSpan span)
    {
        var text = context.Text;
        for (var i = span.Start; i < span.End; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                yield return i + 1;
        }
    }

    /// <summary>Whether a line starts inside a template literal or string, where adding indentation would change the value.</summary>
    private static bool StartsInsideLiteral(CommandContext context, int position)
    {
        var node = context.Tree.Root.FindNode(position);
        foreach (var token in node.DescendantTokens())
        {
            if (token.Span.Start < position && position < token.Span.End)
                return token.Kind is SyntaxKind.NoSubstitutionTemplateToken or SyntaxKind.TemplateHeadToken or SyntaxKind.TemplateMiddleToken or SyntaxKind.TemplateTailToken or SyntaxKind.StringLiteralToken;
        }
        return false;
    }

    private static bool IsTagName(string tag) =>
        tag.Length > 0 && (char.IsLetter(tag[0]) || tag[0] is '_' or '$')
        && tag.All(c => char.IsLetterOrDigit(c) || c is '_' or '$' or '-' or '.' or ':')
        && !tag.EndsWith('.') && !tag.Contains("..", StringComparison.Ordinal);
}
