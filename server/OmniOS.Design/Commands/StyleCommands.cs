using System.Globalization;
using OmniOS.Design.Source;
using OmniOS.Syntax;

namespace OmniOS.Design.Commands;

/// <summary>`setStyle`: one property of an inline `style={{…}}` object, added, changed or removed.</summary>
internal static class StyleCommands
{
    public static List<TextEdit> SetStyle(CommandContext context, SetStyleCommand command)
    {
        var property = CamelCase(command.Property.Trim());
        if (property.Length == 0)
            throw new CommandRefusedException("A style property name is needed.");
        var element = context.Element(command.At);
        var remove = string.IsNullOrEmpty(command.Value);
        var layout = context.Layout;
        var valueSource = remove ? string.Empty : ValueSource(command.Value!, layout.StringQuote);
        var key = IsIdentifier(property) ? property : JsString.Quote(property, layout.StringQuote);

        var attribute = AttributeCommands.Find(element, "style").LastOrDefault();
        var value = attribute is null ? null : JsxSyntax.AttributeValue(attribute);
        if (value is null)
        {
            // No style, or `style` written without a value: a new style object.
            if (remove)
                return [];
            var style = $"style={{{{ {key}: {valueSource} }}}}";
            return [attribute is null ? AttributeCommands.Add(context, element, style) : new TextEdit(attribute.Span, style)];
        }
        var objectLiteral = JsxSyntax.ContainedExpression(value) is { } e ? DesignModelBuilder.Unwrap(e) : null;
        if (objectLiteral?.Kind != SyntaxKind.ObjectLiteralExpression)
            throw new CommandRefusedException($"The style is computed ({ContentCommands.Shorten(context.TextOf(value))}); change it where it is defined.");

        var members = objectLiteral.ChildNodes().ToList();
        var existing = members.LastOrDefault(m => m.Kind == SyntaxKind.PropertyAssignment && PropertyName(m) == property);
        if (existing is not null)
        {
            if (!remove)
                return [new TextEdit(existing.ChildNodes().Last().Span, valueSource)];
            return [RemoveMember(context, objectLiteral, existing)];
        }
        if (remove)
            return [];
        return [AddMember(context, objectLiteral, $"{key}: {valueSource}")];
    }

    private static string PropertyName(SyntaxNode assignment)
    {
        var name = assignment.ChildNodes().First();
        return name.Kind == SyntaxKind.LiteralExpression ? JsString.Unquote(name.ToString()) : name.ToString();
    }

    private static TextEdit AddMember(CommandContext context, SyntaxNode objectLiteral, string member)
    {
        var layout = context.Layout;
        var members = objectLiteral.ChildNodes().ToList();
        var tokens = objectLiteral.ChildTokens().ToList();
        var close = tokens.Last(t => t.Kind == SyntaxKind.CloseBraceToken);
        if (members.Count == 0)
            return new TextEdit(TextSpan.FromBounds(tokens.First().Span.End, close.Span.Start), $" {member} ");
        var last = members[^1];
        // Tokens are structs: a missing trailing comma must be null, not a default token.
        var trailingComma = tokens.Where(t => t.Kind == SyntaxKind.CommaToken && t.Span.Start >= last.Span.End).Select(t => (SyntaxToken?)t).LastOrDefault();
        if (layout.StartsLine(last.Span.Start))
        {
            // One member per line: a new line after the last, keeping the trailing comma habit.
            var indentation = layout.IndentationAt(last.Span.Start);
            return trailingComma is { } comma
                ? TextEdit.Insert(comma.Span.End, layout.LineEnding + indentation + member + ",")
                : TextEdit.Insert(last.Span.End, "," + layout.LineEnding + indentation + member);
        }
        return trailingComma is { } c
            ? TextEdit.Insert(c.Span.End, " " + member + ",")
            : TextEdit.Insert(last.Span.End, ", " + member);
    }

    private static TextEdit RemoveMember(CommandContext context, SyntaxNode objectLiteral, SyntaxNode member)
    {
        var layout = context.Layout;
        var items = objectLiteral.ChildNodesAndTokens().Where(c => c.Kind is not (SyntaxKind.OpenBraceToken or SyntaxKind.CloseBraceToken)).ToList();
        var index = items.FindIndex(c => c.Span == member.Span);
        var commaAfter = index + 1 < items.Count && items[index + 1].Kind == SyntaxKind.CommaToken ? items[index + 1] : (SyntaxNodeOrToken?)null;
        var end = commaAfter?.Span.End ?? member.Span.End;
        if (layout.OwnsLines(TextSpan.FromBounds(member.Span.Start, end)))
            return TextEdit.Delete(layout.WholeLines(TextSpan.FromBounds(member.Span.Start, end)));
        if (commaAfter is not null)
        {
            var next = index + 2 < items.Count ? items[index + 2].Span.Start : end;
            return TextEdit.Delete(TextSpan.FromBounds(member.Span.Start, next));
        }
        if (index > 0 && items[index - 1].Kind == SyntaxKind.CommaToken)
            return TextEdit.Delete(TextSpan.FromBounds(items[index - 1].Span.Start, member.Span.End));
        // The only member: leave `{{}}` tidy.
        var open = objectLiteral.ChildTokens().First();
        var close = objectLiteral.ChildTokens().Last();
        return TextEdit.Delete(TextSpan.FromBounds(open.Span.End, close.Span.Start));
    }

    /// <summary>A number stays a number (`opacity: 0.5`, `zIndex: 10`); anything else is a string.</summary>
    private static string ValueSource(string value, char quote) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) && value.Trim() == value && !value.StartsWith('+')
            ? value
            : JsString.Quote(value, quote);

    /// <summary>`padding-top` → `paddingTop`; custom properties (`--x`) stay as they are.</summary>
    internal static string CamelCase(string property)
    {
        if (property.StartsWith("--", StringComparison.Ordinal) || !property.Contains('-'))
            return property;
        var parts = property.Split('-', StringSplitOptions.RemoveEmptyEntries);
        var result = parts[0] + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
        // Vendor prefixes: -webkit-x → WebkitX (React's convention), except -ms-.
        return property.StartsWith('-') && !property.StartsWith("-ms-", StringComparison.Ordinal) ? char.ToUpperInvariant(result[0]) + result[1..] : result;
    }

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] is '_' or '$') && name.All(c => char.IsLetterOrDigit(c) || c is '_' or '$');
}
