using OmniOS.Design.Commands;
using OmniOS.Design.Model;
using OmniOS.Syntax;

namespace OmniOS.Design.Tests;

/// <summary>
/// One command kind of the corpus test: which elements it applies to (and with what arguments),
/// the regions of the old text it may change, and how re-reading the result shows the change
/// (null when it does, else what is wrong).
/// </summary>
public sealed record CorpusCommandCase(
    string Op,
    Func<CorpusTarget, DesignCommand?> Create,
    Func<CorpusTarget, DesignCommand, IReadOnlyList<TextSpan>> Regions,
    Func<CorpusTarget, DesignCommand, CorpusOutcome, string?> Verify,
    int Stride = 1)
{
    public const string TestClass = "omnios-test";
    public const string ExtractedName = "OmniosExtracted";
    public const string Inserted = "<span>New</span>";

    public static IReadOnlyList<CorpusCommandCase> All { get; } =
    [
        new("setText",
            t => t.Model.Text is null ? null : new SetTextCommand(t.At, t.Ordinal % 2 == 0 ? "Omnios & <text> {x} \"q\" 'a'" : " two\nlines "),
            (t, _) => [t.Element.Span],
            (t, c, o) => o.Model.ElementAt(t.At) is not { } e ? "element gone"
                : e.Text == ((SetTextCommand)c).Text ? null : $"text reads back as {Show(e.Text)}"),

        new("setAttribute",
            t => t.Element.Kind == SyntaxKind.JsxFragment ? null : new SetAttributeCommand(t.At, "data-omnios", AttributeValue.String("x")),
            (t, _) => [JsxSyntax.OpeningTag(t.Element).Span],
            (t, _, o) => o.Model.ElementAt(t.At)?.Attributes.LastOrDefault(a => a.Name == "data-omnios") is { Value: "x", Kind: AttributeValueKind.String } ? null : "data-omnios=\"x\" not read back"),

        new("removeAttribute",
            t => JsxSyntax.Attributes(t.Element).FirstOrDefault(a => a.Kind == SyntaxKind.JsxAttribute) is { } a ? new RemoveAttributeCommand(t.At, JsxSyntax.AttributeName(a)) : null,
            (t, _) => [JsxSyntax.OpeningTag(t.Element).Span],
            (t, c, o) => o.Model.ElementAt(t.At) is not { } e ? "element gone"
                : e.Attributes.Any(a => a.Name == ((RemoveAttributeCommand)c).Name) ? "attribute still there" : null),

        new("addClass",
            t => t.Element.Kind == SyntaxKind.JsxFragment ? null : new AddClassCommand(t.At, TestClass),
            (t, _) => [JsxSyntax.OpeningTag(t.Element).Span],
            (t, _, o) => o.Model.ElementAt(t.At)?.ClassName?.Static.Contains(TestClass) == true ? null : "class not read back"),

        new("removeClass",
            t => t.Model.ClassName?.Static.FirstOrDefault() is { } name && t.Model.ClassName.Static.Count(s => s == name) == 1 ? new RemoveClassCommand(t.At, name) : null,
            (t, _) => [JsxSyntax.OpeningTag(t.Element).Span],
            (t, c, o) => o.Model.ElementAt(t.At) is not { } e ? "element gone"
                : e.ClassName?.Static.Contains(((RemoveClassCommand)c).ClassName) == true ? "class still there" : null),

        new("replaceClasses",
            t => t.Model.ClassName?.Static is [var first, .., var last] && first != last && t.Model.ClassName.Static.Count(s => s == first || s == last) == 2
                ? new ReplaceClassesCommand(t.At, [first, last], [TestClass])
                : t.Model.ClassName?.Static is [var only] ? new ReplaceClassesCommand(t.At, [only], [TestClass]) : null,
            (t, _) => [JsxSyntax.OpeningTag(t.Element).Span],
            (t, c, o) => o.Model.ElementAt(t.At)?.ClassName?.Static is not { } classes ? "className gone"
                : !classes.Contains(TestClass) ? "added class not read back"
                : ((ReplaceClassesCommand)c).Remove.Any(classes.Contains) ? "a removed class is still there" : null),

        new("setStyle",
            t => t.Element.Kind == SyntaxKind.JsxFragment ? null : new SetStyleCommand(t.At, "color", "red"),
            (t, _) => [JsxSyntax.OpeningTag(t.Element).Span],
            (t, _, o) => o.Model.ElementAt(t.At)?.Style?.Properties.LastOrDefault(p => p.Name == "color")?.Value == "red" ? null : "color: red not read back"),

        new("delete",
            t => new DeleteCommand(t.At),
            (t, _) => [DeletionRegion(t)],
            (t, _, o) => CountChange(t, o) == -Subtree(t.Element) ? null : $"element count changed by {CountChange(t, o)}, not -{Subtree(t.Element)}"),

        new("duplicate",
            t => new DuplicateCommand(t.At),
            (t, _) => [t.Element.Span],
            (t, _, o) =>
            {
                var expected = Subtree(t.Element) + (CommandContext.ParentElement(t.Element) is null ? 1 : 0);
                if (CountChange(t, o) != expected)
                    return $"element count changed by {CountChange(t, o)}, not {expected}";
                var copy = Squash(t.File.Text.Substring(t.At, t.Element.Span.Length));
                return Occurrences(Squash(o.Text), copy) > Occurrences(Squash(t.File.Text), copy) ? null : "no second copy";
            },
            Stride: 2),

        new("wrap",
            t => new WrapCommand(t.At, "div"),
            (t, _) => [t.Element.Span],
            (t, _, o) =>
            {
                if (o.ElementAt(t.At) is not { } wrapper || JsxSyntax.Name(wrapper) != "div" || JsxSyntax.NestedElements(wrapper) is not [var inner])
                    return "no <div> with one element child where the element was";
                return Squash(o.Text.Substring(inner.Span.Start, inner.Span.Length)) == Squash(t.File.Text.Substring(t.At, t.Element.Span.Length)) ? null : "the wrapped element changed";
            },
            Stride: 2),

        new("insert",
            t => t.IsVoid ? null : new InsertCommand(t.At, FirstContentIndex(t.Element), Inserted),
            (t, _) => [t.Element.Span],
            (t, c, o) =>
            {
                var index = ((InsertCommand)c).Index;
                if (o.ElementAt(t.At) is not { } parent || JsxSyntax.NestedElements(parent) is not { } children || children.Count <= index)
                    return "parent gone or too few children";
                var child = children[index];
                return Squash(o.Text.Substring(child.Span.Start, child.Span.Length)) == Inserted ? null : $"child {index} is {Show(o.Text.Substring(child.Span.Start, child.Span.Length))}";
            },
            Stride: 2),

        new("move",
            MoveTo,
            (t, c) => [DeletionRegion(t), ParentAt(t, ((MoveCommand)c).Parent).Span],
            (t, c, o) =>
            {
                var move = (MoveCommand)c;
                if (CountChange(t, o) != 0)
                    return $"element count changed by {CountChange(t, o)}";
                if (o.Map(move.Parent) is not { } parentAt || o.ElementAt(parentAt) is not { } parent)
                    return "target parent not found after the move";
                var children = JsxSyntax.NestedElements(parent);
                if (children.Count <= move.Index)
                    return $"target has {children.Count} element children";
                var child = children[move.Index];
                return Squash(o.Text.Substring(child.Span.Start, child.Span.Length)) == Squash(t.File.Text.Substring(t.At, t.Element.Span.Length)) ? null : "the moved element is not at the index";
            },
            Stride: 3),

        new("extractComponent",
            t => t.File.IsTsx ? new ExtractComponentCommand(t.At, ExtractedName) : null,
            (t, _) => [t.Element.Span, new TextSpan(TopLevelStatement(t.Element).Span.End, 0)],
            (t, _, o) =>
            {
                if (o.ElementAt(t.At) is not { } usage || JsxSyntax.Name(usage) != ExtractedName)
                    return "no instance where the element was";
                var component = o.Model.Components.FirstOrDefault(c => c.Name == ExtractedName);
                if (component?.Roots.FirstOrDefault() is not ElementNode root)
                    return "no extracted component with the element as its root";
                var expectedAttributes = t.Model.Attributes.Select(a => a.Name).Where(n => n != "key");
                return root.Name == t.Model.Name && root.Attributes.Select(a => a.Name).SequenceEqual(expectedAttributes) && CountChange(t, o) == 1
                    ? null : "the extracted component does not render the element";
            },
            Stride: 3),
    ];

    /// <summary>
    /// Where to move an element: odd ones into another element further on (as its first child), even
    /// ones to the front of their own parent (a reorder), or, when they are first already, to its end.
    /// </summary>
    private static MoveCommand? MoveTo(CorpusTarget t)
    {
        if (t.Ordinal % 2 == 0 && CommandContext.ParentElement(t.Element) is { } parent)
        {
            var first = FirstContentIndex(parent);
            var index = JsxSyntax.NestedElements(parent).IndexOf(t.Element);
            var last = JsxSyntax.NestedElements(parent).Count - 1;
            // An only child has nowhere else to go in its parent.
            return last == first ? null : new MoveCommand(t.At, parent.Span.Start, index == first ? last : first);
        }
        var target = t.File.Elements.FirstOrDefault(e => e.Span.Start >= t.Element.Span.End
            && !(e.Kind == SyntaxKind.JsxSelfClosingElement && CommandContext.IsVoidElement(JsxSyntax.Name(e))));
        return target is null ? null : new MoveCommand(t.At, target.Span.Start, FirstContentIndex(target));
    }

    private static SyntaxNode ParentAt(CorpusTarget t, int position) => t.File.Elements.First(e => e.Span.Start == position);

    /// <summary>The index of an element's first child in its content: those in its attribute values come first.</summary>
    private static int FirstContentIndex(SyntaxNode element) =>
        JsxSyntax.Attributes(element).Sum(a => JsxSyntax.NestedElements(a).Count);

    /// <summary>
    /// What deleting may take besides the element: parentheses around it, and an expression child
    /// (or attribute) that shows nothing else — `{open &amp;&amp; &lt;X/&gt;}`, `{items.map(i =&gt; &lt;X/&gt;)}`,
    /// `icon={&lt;X/&gt;}` go whole — with the space before it.
    /// </summary>
    private static TextSpan DeletionRegion(CorpusTarget t)
    {
        var node = t.Element;
        while (node.Parent is { } parent && parent.Kind switch
        {
            SyntaxKind.ParenthesizedExpression => true,
            SyntaxKind.BinaryExpression => parent.ChildTokens().Any(k => k.Kind is SyntaxKind.AmpersandAmpersandToken or SyntaxKind.BarBarToken or SyntaxKind.QuestionQuestionToken) && parent.ChildNodes().Last() == node,
            SyntaxKind.ArrowFunction => parent.ChildNodes().Last() == node,
            SyntaxKind.ArgumentList => parent.ChildNodes().Count() == 1 && node.Kind == SyntaxKind.ArrowFunction,
            SyntaxKind.CallExpression => parent.ChildNodes().First().ToString().EndsWith(".map", StringComparison.Ordinal) || parent.ChildNodes().First().ToString().EndsWith(".flatMap", StringComparison.Ordinal),
            _ => false,
        })
        {
            node = parent;
        }
        var unit = node.Parent switch
        {
            { Kind: SyntaxKind.JsxAttribute } attribute => attribute,
            { Kind: SyntaxKind.JsxExpressionContainer } container when JsxSyntax.NestedElements(container).Count == 1 && container.Parent is { } holder
                && (holder.Kind == SyntaxKind.JsxAttribute || JsxSyntax.IsElement(holder)) => holder.Kind == SyntaxKind.JsxAttribute ? holder : container,
            _ => t.Element,
        };
        if (unit == t.Element)
        {
            while (unit.Parent?.Kind == SyntaxKind.ParenthesizedExpression)
                unit = unit.Parent;
        }
        return WithSpaceAround(t.File.Text, unit.Span);
    }

    private static SyntaxNode TopLevelStatement(SyntaxNode node)
    {
        while (node.Parent is { Kind: not SyntaxKind.SourceFile } parent)
            node = parent;
        return node;
    }

    /// <summary>A span with the whitespace before it (line breaks included) and after it up to its line break.</summary>
    private static TextSpan WithSpaceAround(string text, TextSpan span)
    {
        var start = span.Start;
        while (start > 0 && char.IsWhiteSpace(text[start - 1]))
            start--;
        var end = span.End;
        while (end < text.Length && text[end] is ' ' or '\t')
            end++;
        if (end < text.Length && text[end] == '\r')
            end++;
        if (end < text.Length && text[end] == '\n')
            end++;
        return TextSpan.FromBounds(start, end);
    }

    private static int Subtree(SyntaxNode element) => element.DescendantNodesAndSelf().Count(JsxSyntax.IsElement);

    private static int CountChange(CorpusTarget t, CorpusOutcome o) => CorpusFile.CountElements(o.Tree) - t.File.Elements.Count;

    /// <summary>Text without whitespace, to compare code that may have been re-indented.</summary>
    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
            count++;
        return count;
    }

    private static string Show(string? text) => text is null ? "null" : "\"" + text.Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
