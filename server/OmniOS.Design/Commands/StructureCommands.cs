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
        var edits = InsertUnit(context, parent, command.Index, snippet);
        if (command.Import is { } import && ImportEdit(context, import) is { } importEdit)
            edits.Add(importEdit);
        return edits;
    }

    /// <summary>
    /// An import declaration for a component the file does not bind yet, after its last import
    /// (or after a leading directive such as "use client"), in the file's quote style.
    /// </summary>
    private static TextEdit? ImportEdit(CommandContext context, ComponentImport import)
    {
        if (!IsIdentifier(import.Name) || import.Module.Length == 0 || import.Module.Contains('\n'))
            throw new CommandRefusedException($"Cannot import '{import.Name}' from '{import.Module}'.");
        var root = context.Tree.Root;
        var bound = root.ChildNodes().Where(n => n.Kind == SyntaxKind.ImportDeclaration)
            .SelectMany(n => n.DescendantNodesAndSelf().Where(d => d.Kind == SyntaxKind.IdentifierName))
            .Any(n => JsxSyntax.TokenText(n) == import.Name);
        var declared = root.ChildNodes().Any(n => n.Kind is SyntaxKind.FunctionDeclaration or SyntaxKind.ClassDeclaration && n.ChildNode(SyntaxKind.IdentifierName) is { } name && JsxSyntax.TokenText(name) == import.Name);
        if (bound || declared)
            return null;
        var layout = context.Layout;
        var clause = import.IsDefault ? import.Name : $"{{ {import.Name} }}";
        var declaration = $"import {clause} from {Source.JsString.Quote(import.Module, layout.StringQuote)};";
        var anchor = root.ChildNodes().LastOrDefault(n => n.Kind == SyntaxKind.ImportDeclaration)
            ?? root.ChildNodes().FirstOrDefault(n => n.Kind == SyntaxKind.ExpressionStatement && n.ChildNodes().FirstOrDefault()?.Kind == SyntaxKind.LiteralExpression);
        return anchor is null
            ? TextEdit.Insert(0, declaration + layout.LineEnding + layout.LineEnding)
            : TextEdit.Insert(anchor.Span.End, layout.LineEnding + (anchor.Kind == SyntaxKind.ImportDeclaration ? "" : layout.LineEnding) + declaration);
    }

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] is '_' or '$') && name.All(c => char.IsLetterOrDigit(c) || c is '_' or '$');

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
    /// `{…}` when the element is all it shows (`{open &amp;&amp; &lt;X/&gt;}`, `{items.map(i =&gt; &lt;X/&gt;)}`);
    /// the attribute when it is an attribute's value that way. Elsewhere (a returned root, a ternary
    /// branch, a value inside other code) the element becomes `null`, so the code around it stays.
    /// </summary>
    private static (SyntaxNode Target, bool ReplaceWithNull) RemovalTarget(SyntaxNode element)
    {
        if (CommandContext.ParentElement(element) is not null)
            return (element, false);
        var node = element;
        while (node.Parent is { } parent && ShowsOnly(parent, node))
            node = parent;
        if (node.Parent is { Kind: SyntaxKind.JsxAttribute } attribute)
            return (attribute, false);
        if (node.Parent is { Kind: SyntaxKind.JsxExpressionContainer } container && JsxSyntax.NestedElements(container).Count == 1)
        {
            if (container.Parent?.Kind == SyntaxKind.JsxAttribute)
                return (container.Parent, false);
            if (container.Parent?.Kind is SyntaxKind.JsxElement or SyntaxKind.JsxFragment)
                return (container, false);
        }
        // Replace the element, or the parentheses that hold only it.
        var replaced = element;
        while (replaced.Parent?.Kind == SyntaxKind.ParenthesizedExpression)
            replaced = replaced.Parent;
        return (replaced, true);
    }

    /// <summary>
    /// Whether <paramref name="parent"/> renders nothing but <paramref name="node"/>: parentheses, the
    /// right side of `&amp;&amp;`, `||` or `??`, an arrow's expression body and the `.map` call it is
    /// the callback of. Other code around an element (an object, a call, a ternary) is kept.
    /// </summary>
    private static bool ShowsOnly(SyntaxNode parent, SyntaxNode node) => parent.Kind switch
    {
        SyntaxKind.ParenthesizedExpression => true,
        SyntaxKind.BinaryExpression => parent.ChildTokens().Any(t => t.Kind is SyntaxKind.AmpersandAmpersandToken or SyntaxKind.BarBarToken or SyntaxKind.QuestionQuestionToken)
            && parent.ChildNodes().Last() == node,
        SyntaxKind.ArrowFunction => parent.ChildNodes().Last() == node,
        SyntaxKind.ArgumentList => parent.ChildNodes().Count() == 1 && DesignModelBuilder.Unwrap(node).Kind == SyntaxKind.ArrowFunction,
        SyntaxKind.CallExpression => parent.ChildNodes().First() is { Kind: SyntaxKind.MemberAccessExpression } callee
            && callee.ChildNodes().Last().ToString() is "map" or "flatMap" && parent.ChildNode(SyntaxKind.ArgumentList) == node,
        _ => false,
    };

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
        var elementChildren = JsxSyntax.NestedElements(parent);
        // Elements in attribute values (`icon={<Star />}`) come first in the numbering; the content's start after them.
        var inAttributes = JsxSyntax.Attributes(parent).Sum(a => JsxSyntax.NestedElements(a).Count);
        var displayName = name.Length == 0 ? "fragment" : name;
        if (index < 0 || index > elementChildren.Count)
            throw new CommandRefusedException($"Index {index} is out of range: <{displayName}> has {elementChildren.Count} element children.");
        if (index < inAttributes)
            throw new CommandRefusedException($"Index {index} is an element in an attribute value of <{displayName}>; its content starts at index {inAttributes}.");
        if (parent.Kind == SyntaxKind.JsxSelfClosingElement)
        {
            if (CommandContext.IsVoidElement(name))
                throw new CommandRefusedException($"<{name}> is a void element and cannot have children.");
            var lastPart = parent.ChildNodes().Last();
            var tagEnd = TextSpan.FromBounds(lastPart.Span.End, parent.Span.End);
            if (!layout.OwnsLines(parent.Span))
                return [new TextEdit(tagEnd, $">{snippet}</{name}>")];
            var indentation = layout.IndentationAt(parent.Span.Start);
            var inner = indentation + layout.IndentUnit;
            return [new TextEdit(tagEnd, ">" + layout.LineEnding + inner + layout.Reindent(snippet, string.Empty, inner) + layout.LineEnding + indentation + $"</{name}>")];
        }

        // Text is placed by what it shows: its line breaks and indentation belong to the layout.
        var children = JsxSyntax.Children(parent)
            .Where(c => c.Kind != SyntaxKind.JsxText || !Source.JsxText.IsInsignificant(c.ToFullString()))
            .Select(c => (Node: c, Span: c.Kind == SyntaxKind.JsxText ? TrimmedText(context, c.Span) : c.Span))
            .ToList();

        if (index < elementChildren.Count)
        {
            var anchor = elementChildren[index];
            var (unit, span) = children.First(c => c.Span.Contains(anchor.Span.Start));
            if (unit != anchor && JsxSyntax.NestedElements(unit)[0] != anchor)
                throw new CommandRefusedException($"Index {index} is inside the expression {ContentCommands.Shorten(context.TextOf(unit))}, after another of its elements; insert before or after the expression.");
            if (!layout.StartsLine(span.Start))
                return [TextEdit.Insert(span.Start, snippet)];
            var indentation = layout.IndentationAt(span.Start);
            return [TextEdit.Insert(span.Start, layout.Reindent(snippet, string.Empty, indentation) + layout.LineEnding + indentation)];
        }

        var closing = JsxSyntax.ClosingTag(parent)!;
        if (!layout.StartsLine(closing.Span.Start))
            return [TextEdit.Insert(closing.Span.Start, snippet)];
        if (children.Count > 0 && layout.StartsLine(children[^1].Span.Start))
        {
            var indentation = layout.IndentationAt(children[^1].Span.Start);
            return [TextEdit.Insert(children[^1].Span.End, layout.LineEnding + indentation + layout.Reindent(snippet, string.Empty, indentation))];
        }
        if (children.Count > 0)
            return [TextEdit.Insert(children[^1].Span.End, snippet)];
        var childIndentation = layout.IndentationAt(closing.Span.Start) + layout.IndentUnit;
        if (layout.LineStart(closing.Span.Start) > JsxSyntax.OpeningTag(parent).Span.End)
            return [TextEdit.Insert(layout.LineStart(closing.Span.Start), childIndentation + layout.Reindent(snippet, string.Empty, childIndentation) + layout.LineEnding)];
        return [TextEdit.Insert(closing.Span.Start, snippet)];
    }

    /// <summary>The part of a JSX text span between its first and last non-whitespace characters.</summary>
    private static TextSpan TrimmedText(CommandContext context, TextSpan span)
    {
        var text = context.Text.AsSpan(span.Start, span.Length);
        var first = text.IndexOfAnyExcept(" \t\r\n");
        return first < 0 ? span : TextSpan.FromBounds(span.Start + first, span.Start + text.LastIndexOfAnyExcept(" \t\r\n") + 1);
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
