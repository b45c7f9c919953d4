using OmniOS.Design.Source;
using OmniOS.Syntax;

namespace OmniOS.Design.Commands;

/// <summary>
/// `addClass` and `removeClass`, on whichever form the className takes: a string, a string in
/// braces, a template literal, or a `cn(…)`-style call. A computed className is left alone.
/// </summary>
internal static class ClassCommands
{
    private static readonly HashSet<string> Helpers = new(StringComparer.Ordinal) { "cn", "clsx", "classNames", "classnames", "twMerge", "twJoin", "cx" };

    public static List<TextEdit> AddClass(CommandContext context, AddClassCommand command)
    {
        var className = Validate(command.ClassName);
        var element = context.Element(command.At);
        var attribute = AttributeCommands.Find(element, "className").LastOrDefault() ?? AttributeCommands.Find(element, "class").LastOrDefault();
        // No className, or one written without a value: the class becomes its value.
        if (attribute is null || JsxSyntax.AttributeValue(attribute) is null)
            return AttributeCommands.SetAttribute(context, command.At, attribute is null ? "className" : JsxSyntax.AttributeName(attribute), AttributeValue.String(className));

        var parts = StaticParts(context, attribute);
        if (parts.Any(p => p.Words().Contains(className)))
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

    public static List<TextEdit> RemoveClass(CommandContext context, RemoveClassCommand command)
    {
        var className = Validate(command.ClassName);
        var element = context.Element(command.At);
        var attribute = AttributeCommands.Find(element, "className").LastOrDefault() ?? AttributeCommands.Find(element, "class").LastOrDefault();
        if (attribute is null)
            throw new CommandRefusedException($"<{JsxSyntax.Name(element)}> has no className.");
        var parts = StaticParts(context, attribute);
        var edits = new List<TextEdit>();
        foreach (var part in parts)
        {
            var words = part.Words();
            if (!words.Contains(className))
                continue;
            if (part.IsWholeValue && words.All(w => w == className) && attribute.Parent is not null)
                return [AttributeCommands.Remove(context, element, attribute)];
            edits.AddRange(RemoveWord(part, className));
        }
        if (edits.Count == 0)
        {
            if (parts.Count == 0 && JsxSyntax.AttributeValue(attribute) is not null)
                throw Computed(context, attribute);
            throw new CommandRefusedException($"<{JsxSyntax.Name(element)}> has no static class '{className}'.");
        }
        return edits;
    }

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

    /// <summary>Removes one whitespace-separated word with one space next to it (the one before, else the one after).</summary>
    private static IEnumerable<TextEdit> RemoveWord(StaticPart part, string word)
    {
        var text = part.Text;
        var index = 0;
        while ((index = text.IndexOf(word, index, StringComparison.Ordinal)) >= 0)
        {
            var end = index + word.Length;
            var startsWord = index == 0 ? !part.CodeBefore : char.IsWhiteSpace(text[index - 1]);
            var endsWord = end == text.Length ? !part.CodeAfter : char.IsWhiteSpace(text[end]);
            if (startsWord && endsWord)
            {
                var from = index;
                var to = end;
                if (from > 0 && text[from - 1] == ' ')
                    from--;
                else if (to < text.Length && text[to] == ' ')
                    to++;
                yield return TextEdit.Delete(TextSpan.FromBounds(part.Span.Start + from, part.Span.Start + to));
                yield break;
            }
            index = end;
        }
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
