using OmniOS.Design.Source;
using OmniOS.Syntax;

namespace OmniOS.Design.Commands;

/// <summary>
/// `addClass`, `removeClass` and `replaceClasses`, on whichever form the className takes: a string, a
/// string in braces, a template literal, or a `cn(…)`-style call. A computed className is left alone.
/// </summary>
internal static class ClassCommands
{
    private static readonly HashSet<string> Helpers = new(StringComparer.Ordinal) { "cn", "clsx", "classNames", "classnames", "twMerge", "twJoin", "cx" };

    public static List<TextEdit> AddClass(CommandContext context, AddClassCommand command) =>
        AddClasses(context, command.At, [Validate(command.ClassName)]);

    /// <summary>Adds classes (those the element does not have yet) at the end of its static classes, as one insertion.</summary>
    private static List<TextEdit> AddClasses(CommandContext context, int at, IReadOnlyList<string> classNames)
    {
        if (classNames.Count == 0)
            return [];
        var element = context.Element(at);
        var attribute = AttributeCommands.Find(element, "className").LastOrDefault() ?? AttributeCommands.Find(element, "class").LastOrDefault();
        // No className, or one written without a value: the class becomes its value.
        if (attribute is null || JsxSyntax.AttributeValue(attribute) is null)
            return AttributeCommands.SetAttribute(context, at, attribute is null ? "className" : JsxSyntax.AttributeName(attribute), AttributeValue.String(string.Join(' ', classNames)));

        var parts = StaticParts(context, attribute);
        var className = string.Join(' ', classNames.Where(c => !parts.Any(p => p.Words().Contains(c))));
        if (className.Length == 0)
            return [];
        var target = parts.FirstOrDefault(p => p.Appendable);
        if (target is not null)
        {
            // After a `${…}` with no space, the class needs one, or it would join the value.
            var separator = target.Text.Length == 0 ? (target.CodeBefore ? " " : "") : char.IsWhiteSpace(target.Text[^1]) ? "" : " ";
            return [TextEdit.Insert(target.Span.End, separator + className)];
        }
        if (CallArguments(attribute) is { } arguments)
        {
            var quote = context.Layout.StringQuote;
            var last = arguments.ChildNodes().LastOrDefault();
            return last is null
                ? [TextEdit.Insert(arguments.Span.Start + 1, JsString.Quote(className, quote))]
                : [TextEdit.Insert(last.Span.End, ", " + JsString.Quote(className, quote))];
        }
        throw Computed(context, attribute);
    }

    public static List<TextEdit> ReplaceClasses(CommandContext context, ReplaceClassesCommand command)
    {
        var remove = command.Remove.Select(Validate).Distinct(StringComparer.Ordinal).ToList();
        var add = command.Add.Select(Validate).Distinct(StringComparer.Ordinal).ToList();
        // A class both removed and added stays where it is.
        var kept = remove.Intersect(add, StringComparer.Ordinal).ToList();
        remove.RemoveAll(kept.Contains);
        add.RemoveAll(kept.Contains);
        if (remove.Count == 0)
            return AddClasses(context, command.At, add);

        var element = context.Element(command.At);
        var attribute = AttributeCommands.Find(element, "className").LastOrDefault() ?? AttributeCommands.Find(element, "class").LastOrDefault();
        if (attribute is null)
            throw new CommandRefusedException($"<{JsxSyntax.Name(element)}> has no className.");
        var parts = StaticParts(context, attribute);
        if (parts.Count == 0 && JsxSyntax.AttributeValue(attribute) is not null)
            throw Computed(context, attribute);
        var present = parts.SelectMany(p => p.Words()).ToHashSet(StringComparer.Ordinal);
        if (remove.FirstOrDefault(r => !present.Contains(r)) is { } missing)
            throw new CommandRefusedException($"<{JsxSyntax.Name(element)}> has no static class '{missing}'.");
        add.RemoveAll(present.Contains);

        var edits = new List<TextEdit>();
        var pending = add;
        foreach (var part in parts)
        {
            var text = Rewrite(part, remove, pending, out var placed);
            if (placed)
                pending = [];
            if (text != part.Text)
                edits.Add(new TextEdit(part.Span, text));
        }
        // Nothing left in a className that was one plain string: the attribute goes.
        if (parts is [{ IsWholeValue: true } whole] && edits is [var only] && string.IsNullOrWhiteSpace(only.NewText) && attribute.Parent is not null)
            return [AttributeCommands.Remove(context, element, attribute)];
        return edits;
    }

    /// <summary>
    /// A static part with the classes removed, each with one space next to it (never the space that separates it from a
    /// `${…}`), and the added classes in the place of the first removed one.
    /// </summary>
    private static string Rewrite(StaticPart part, List<string> remove, List<string> add, out bool placed)
    {
        placed = false;
        var tokens = new List<string>();
        var text = part.Text;
        for (var i = 0; i < text.Length;)
        {
            var space = char.IsWhiteSpace(text[i]);
            var end = i;
            while (end < text.Length && char.IsWhiteSpace(text[end]) == space)
                end++;
            tokens.Add(text[i..end]);
            i = end;
        }
        bool IsSpace(int index) => tokens[index].Length > 0 && char.IsWhiteSpace(tokens[index][0]);
        // Words touching a `${…}` are part of a computed class and stay.
        bool Fixed(int index) => index == 0 && part.CodeBefore || index == tokens.Count - 1 && part.CodeAfter;
        var deleted = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (IsSpace(i) || Fixed(i) || !remove.Contains(tokens[i]))
                continue;
            if (!placed && add.Count > 0)
            {
                tokens[i] = string.Join(' ', add);
                placed = true;
                continue;
            }
            deleted[i] = true;
            if (i > 0 && !deleted[i - 1] && IsSpace(i - 1) && !(i - 1 == 0 && part.CodeBefore))
                deleted[i - 1] = true;
            else if (i + 1 < tokens.Count && IsSpace(i + 1) && !(i + 1 == tokens.Count - 1 && part.CodeAfter))
                deleted[i + 1] = true;
        }
        return string.Concat(tokens.Where((_, i) => !deleted[i]));
    }

    public static List<TextEdit> RemoveClass(CommandContext context, RemoveClassCommand command) =>
        ReplaceClasses(context, new ReplaceClassesCommand(command.At, [command.ClassName], []));

    /// <summary>
    /// A piece of static class text in the source: its span (inside the quotes), whether new classes
    /// can go at its end, and whether a `${…}` touches it before or after (in a template literal).
    /// </summary>
    private sealed record StaticPart(TextSpan Span, string Text, bool Appendable, bool IsWholeValue, bool CodeBefore = false, bool CodeAfter = false)
    {
        /// <summary>The whole classes in the text: a word touching a `${…}` is part of a computed class.</summary>
        public List<string> Words()
        {
            var words = ElementReader.SplitClasses(Text);
            if (CodeAfter && words.Count > 0 && !char.IsWhiteSpace(Text[^1]))
                words.RemoveAt(words.Count - 1);
            if (CodeBefore && words.Count > 0 && !char.IsWhiteSpace(Text[0]))
                words.RemoveAt(0);
            return words;
        }
    }

    private static List<StaticPart> StaticParts(CommandContext context, SyntaxNode attribute)
    {
        var value = JsxSyntax.AttributeValue(attribute);
        if (value is null)
            return [];
        if (value.Kind == SyntaxKind.LiteralExpression)
            return [Inner(context, value.Span, 1, 1, appendable: true, whole: true)];
        var expression = JsxSyntax.ContainedExpression(value) is { } e ? DesignModelBuilder.Unwrap(e) : null;
        switch (expression?.Kind)
        {
            case SyntaxKind.LiteralExpression when expression.ChildTokens().First().Kind == SyntaxKind.StringLiteralToken && !expression.ToString().Contains('\\'):
                return [Inner(context, expression.Span, 1, 1, appendable: true, whole: true)];
            case SyntaxKind.NoSubstitutionTemplateLiteral when !expression.ToString().Contains('\\'):
                return [Inner(context, expression.Span, 1, 1, appendable: true, whole: true)];
            case SyntaxKind.TemplateExpression:
            {
                return ElementReader.TemplateTexts(expression).Select(t => Inner(context, t.Span, 1, t.Kind == SyntaxKind.TemplateTailToken ? 1 : 2,
                    appendable: t.Kind == SyntaxKind.TemplateTailToken, whole: false) with
                {
                    CodeBefore = t.Kind != SyntaxKind.TemplateHeadToken,
                    CodeAfter = t.Kind != SyntaxKind.TemplateTailToken,
                }).ToList();
            }
            case SyntaxKind.CallExpression when CallArguments(attribute) is { } arguments:
                return arguments.ChildNodes()
                    .Where(a => (a.Kind == SyntaxKind.NoSubstitutionTemplateLiteral || (a.Kind == SyntaxKind.LiteralExpression && a.ChildTokens().First().Kind == SyntaxKind.StringLiteralToken))
                        && !a.ToString().Contains('\\'))
                    .Select((a, i) => Inner(context, a.Span, 1, 1, appendable: i == 0, whole: false)).ToList();
            default:
                return [];
        }
    }

    private static StaticPart Inner(CommandContext context, TextSpan span, int open, int close, bool appendable, bool whole)
    {
        var inner = TextSpan.FromBounds(span.Start + open, span.End - close);
        return new StaticPart(inner, context.TextOf(inner), appendable, whole);
    }

    private static SyntaxNode? CallArguments(SyntaxNode attribute)
    {
        var value = JsxSyntax.AttributeValue(attribute);
        var expression = value is null || JsxSyntax.ContainedExpression(value) is not { } e ? null : DesignModelBuilder.Unwrap(e);
        return expression?.Kind == SyntaxKind.CallExpression && Helpers.Contains(expression.ChildNodes().First().ToString())
            ? expression.ChildNode(SyntaxKind.ArgumentList)
            : null;
    }

    private static string Validate(string className)
    {
        if (className.Length == 0 || className.Any(char.IsWhiteSpace) || className.Any(c => c is '"' or '\'' or '`' or '{' or '}' or '\\'))
            throw new CommandRefusedException($"'{className}' is not a single class name.");
        return className;
    }

    private static CommandRefusedException Computed(CommandContext context, SyntaxNode attribute) =>
        new($"The className is computed ({ContentCommands.Shorten(context.TextOf(JsxSyntax.AttributeValue(attribute)!))}); change the classes where they are defined.");
}
