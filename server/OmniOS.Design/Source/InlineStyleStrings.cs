using OmniOS.Syntax;

namespace OmniOS.Design.Source;

/// <summary>
/// The string values of the properties of inline style objects (<c>style={{ color: "#333" }}</c>), including those
/// chosen by a condition (<c>color: active ? "#fff" : "#333"</c>), for the editor's colour swatches.
/// </summary>
public static class InlineStyleStrings
{
    public static List<InlineStyleString> In(SyntaxNode root)
    {
        var values = new List<InlineStyleString>();
        foreach (var attribute in root.DescendantNodesAndSelf().Where(n => n.Kind == SyntaxKind.JsxAttribute && JsxSyntax.AttributeName(n) == "style"))
        {
            if (JsxSyntax.AttributeValue(attribute) is not { Kind: SyntaxKind.JsxExpressionContainer } container
                || JsxSyntax.ContainedExpression(container) is not { } expression
                || DesignModelBuilder.Unwrap(expression) is not { Kind: SyntaxKind.ObjectLiteralExpression } style)
                continue;
            foreach (var member in style.ChildNodes().Where(m => m.Kind == SyntaxKind.PropertyAssignment))
            {
                var parts = member.ChildNodes().ToList();
                if (parts.Count < 2)
                    continue;
                var name = parts[0].ChildTokens().FirstOrDefault() is { Kind: SyntaxKind.StringLiteralToken } quoted ? JsString.Unquote(quoted.Text) : JsxSyntax.TokenText(parts[0]);
                Collect(name, parts[^1], values);
            }
        }
        return values;
    }

    private static void Collect(string property, SyntaxNode node, List<InlineStyleString> into)
    {
        node = DesignModelBuilder.Unwrap(node);
        switch (node.Kind)
        {
            case SyntaxKind.LiteralExpression or SyntaxKind.NoSubstitutionTemplateLiteral
                when node.ChildTokens().FirstOrDefault() is { Kind: SyntaxKind.StringLiteralToken or SyntaxKind.NoSubstitutionTemplateToken } token
                    && token.Text.Length >= 2 && token.Text[^1] == token.Text[0]:
                into.Add(new InlineStyleString(property, new TextSpan(token.Span.Start + 1, token.Text.Length - 2), token.Text[1..^1]));
                break;
            case SyntaxKind.ConditionalExpression:
                foreach (var branch in node.ChildNodes().Skip(1))
                    Collect(property, branch, into);
                break;
            case SyntaxKind.BinaryExpression when node.ChildTokens().Select(t => t.Text).FirstOrDefault() is "||" or "??" or "&&":
                foreach (var operand in node.ChildNodes().Skip(node.ChildTokens().First().Text == "&&" ? 1 : 0))
                    Collect(property, operand, into);
                break;
        }
    }
}
