using OmniOS.Syntax;

namespace OmniOS.Design.Source;

/// <summary>
/// Finds the strings of a file that hold classes, where the editor features (hover, completion, colours,
/// class diagnostics) work: the value of a <c>className</c> or <c>class</c> attribute — a string, a template
/// literal's text, the branches of a conditional, the right of <c>&amp;&amp;</c>, either side of <c>||</c> and
/// <c>??</c>, an array joined with <c>.join(…)</c> — and the arguments of the class helpers (<c>cn</c>,
/// <c>clsx</c>, <c>classNames</c>, <c>twMerge</c>, …) wherever they are called: strings, arrays, and the string
/// keys of objects. A condition (<c>variant === "primary"</c>) or any other string is not a class string.
/// </summary>
public static class ClassStrings
{
    /// <summary>The functions whose string arguments are classes.</summary>
    public static IReadOnlySet<string> Helpers { get; } = new HashSet<string>(StringComparer.Ordinal) { "cn", "clsx", "classNames", "classnames", "twMerge", "twJoin", "cx" };

    /// <summary>Every class string of the file, in source order.</summary>
    public static List<ClassString> In(SyntaxNode root)
    {
        var collector = new Collector();
        collector.FindRoots(root);
        collector.Strings.Sort((a, b) => a.Content.Start.CompareTo(b.Content.Start));
        return collector.Strings;
    }

    /// <summary>
    /// The class string that <paramref name="offset"/> lies in (or at either end of), or null when the offset is
    /// not in one. Only the className attribute or helper call around the offset is read.
    /// </summary>
    public static ClassString? At(SyntaxNode root, int offset)
    {
        SyntaxNode? classRoot = null;
        for (var node = root.FindNode(offset); node is not null; node = node.Parent)
        {
            if (IsClassRoot(node))
                classRoot = node;
        }
        if (classRoot is null)
            return null;
        var collector = new Collector();
        collector.Collect(classRoot, 0, false, false);
        return collector.Strings.FirstOrDefault(s => s.Contains(offset));
    }

    /// <summary>A className/class attribute, or a call of a class helper.</summary>
    private static bool IsClassRoot(SyntaxNode node) =>
        node.Kind == SyntaxKind.JsxAttribute && JsxSyntax.AttributeName(node) is "className" or "class" || IsHelperCall(node);

    private static bool IsHelperCall(SyntaxNode node) =>
        node.Kind == SyntaxKind.CallExpression && node.ChildNodes().FirstOrDefault() is { Kind: SyntaxKind.IdentifierName } callee
        && Helpers.Contains(JsxSyntax.TokenText(callee));

    private sealed class Collector
    {
        private int _groups;

        public List<ClassString> Strings { get; } = [];

        /// <summary>The class roots at or below <paramref name="node"/> that are not inside another one.</summary>
        public void FindRoots(SyntaxNode node)
        {
            foreach (var found in node.DescendantNodesAndSelf(n => !IsClassRoot(n)))
            {
                if (IsClassRoot(found))
                    Collect(found, NewGroup(), false, false);
            }
        }

        /// <summary>
        /// Reads the class strings of an expression in class position. <paramref name="openStart"/> and
        /// <paramref name="openEnd"/> say that the expression is concatenated with something else on that side.
        /// </summary>
        public void Collect(SyntaxNode node, int group, bool openStart, bool openEnd)
        {
            node = DesignModelBuilder.Unwrap(node);
            switch (node.Kind)
            {
                case SyntaxKind.JsxAttribute:
                    if (JsxSyntax.AttributeValue(node) is { } value)
                        Collect(value, group, false, false);
                    break;
                case SyntaxKind.JsxExpressionContainer:
                    if (JsxSyntax.ContainedExpression(node) is { } contained)
                        Collect(contained, group, false, false);
                    break;
                case SyntaxKind.LiteralExpression:
                    if (node.ChildTokens().FirstOrDefault() is { Kind: SyntaxKind.StringLiteralToken } literal)
                        Add(literal, group, openStart, openEnd);
                    break;
                case SyntaxKind.NoSubstitutionTemplateLiteral:
                    foreach (var token in node.ChildTokens().Where(t => t.Kind == SyntaxKind.NoSubstitutionTemplateToken))
                        Add(token, group, openStart, openEnd);
                    break;
                case SyntaxKind.TemplateExpression:
                    foreach (var token in ElementReader.TemplateTexts(node))
                        Add(token, group, openStart && token.Kind == SyntaxKind.TemplateHeadToken, openEnd && token.Kind == SyntaxKind.TemplateTailToken);
                    foreach (var span in node.ChildNodes().Where(n => n.Kind == SyntaxKind.TemplateSpan))
                    {
                        if (span.ChildNodes().FirstOrDefault() is { } substitution)
                            Collect(substitution, NewGroup(), false, false);
                    }
                    break;
                case SyntaxKind.ConditionalExpression:
                {
                    var parts = node.ChildNodes().ToList();
                    if (parts.Count > 0)
                        FindRoots(parts[0]);
                    foreach (var branch in parts.Skip(1))
                        Collect(branch, NewGroup(), openStart, openEnd);
                    break;
                }
                case SyntaxKind.BinaryExpression:
                    CollectBinary(node, openStart, openEnd);
                    break;
                case SyntaxKind.CallExpression when IsHelperCall(node):
                {
                    var call = NewGroup();
                    foreach (var argument in node.ChildNode(SyntaxKind.ArgumentList)?.ChildNodes() ?? [])
                        Collect(argument, IsString(argument) ? call : NewGroup(), false, false);
                    break;
                }
                case SyntaxKind.CallExpression when JoinedArray(node) is { } array:
                    Collect(array, NewGroup(), false, false);
                    foreach (var argument in node.ChildNode(SyntaxKind.ArgumentList)?.ChildNodes() ?? [])
                        FindRoots(argument);
                    break;
                case SyntaxKind.ArrayLiteralExpression:
                    foreach (var element in node.ChildNodes())
                        Collect(element, NewGroup(), false, false);
                    break;
                case SyntaxKind.ObjectLiteralExpression:
                    foreach (var member in node.ChildNodes())
                    {
                        var parts = member.ChildNodes().ToList();
                        if (member.Kind == SyntaxKind.PropertyAssignment && parts.Count > 0 && parts[0].ChildTokens().FirstOrDefault() is { Kind: SyntaxKind.StringLiteralToken } key)
                            Add(key, NewGroup(), false, false);
                        foreach (var part in parts.Skip(member.Kind == SyntaxKind.PropertyAssignment ? 1 : 0))
                            FindRoots(part);
                    }
                    break;
                default:
                    foreach (var child in node.ChildNodes())
                        FindRoots(child);
                    break;
            }
        }

        /// <summary><c>a &amp;&amp; "x"</c>: the right side; <c>a || "x"</c>, <c>a ?? "x"</c>: both; <c>"p-" + size</c>: both, open where they meet.</summary>
        private void CollectBinary(SyntaxNode node, bool openStart, bool openEnd)
        {
            var operands = node.ChildNodes().ToList();
            var op = node.ChildTokens().Select(t => t.Text).FirstOrDefault();
            if (operands.Count != 2)
            {
                operands.ForEach(FindRoots);
                return;
            }
            switch (op)
            {
                case "&&":
                    FindRoots(operands[0]);
                    Collect(operands[1], NewGroup(), openStart, openEnd);
                    break;
                case "||" or "??":
                    Collect(operands[0], NewGroup(), openStart, openEnd);
                    Collect(operands[1], NewGroup(), openStart, openEnd);
                    break;
                case "+":
                    Collect(operands[0], NewGroup(), openStart, true);
                    Collect(operands[1], NewGroup(), true, openEnd);
                    break;
                default:
                    operands.ForEach(FindRoots);
                    break;
            }
        }

        private void Add(SyntaxToken token, int group, bool openStart, bool openEnd)
        {
            if (token.IsMissing || token.Text.Length == 0)
                return;
            var text = token.Text;
            var (start, end) = token.Kind switch
            {
                SyntaxKind.TemplateHeadToken => (1, text.EndsWith("${", StringComparison.Ordinal) ? text.Length - 2 : text.Length),
                SyntaxKind.TemplateMiddleToken => (1, text.EndsWith("${", StringComparison.Ordinal) ? text.Length - 2 : text.Length),
                SyntaxKind.TemplateTailToken => (1, text.Length > 1 && text[^1] == '`' ? text.Length - 1 : text.Length),
                // A string or template not closed yet (the user is typing) runs to the end of its token.
                _ => (1, text.Length > 1 && text[^1] == text[0] ? text.Length - 1 : text.Length),
            };
            if (end < start)
                return;
            Strings.Add(new ClassString(new TextSpan(token.Span.Start + start, end - start), text[start..end], group,
                openStart || token.Kind is SyntaxKind.TemplateMiddleToken or SyntaxKind.TemplateTailToken,
                openEnd || token.Kind is SyntaxKind.TemplateHeadToken or SyntaxKind.TemplateMiddleToken));
        }

        private int NewGroup() => ++_groups;

        private static bool IsString(SyntaxNode node) =>
            DesignModelBuilder.Unwrap(node) is { Kind: SyntaxKind.LiteralExpression } literal && literal.ChildTokens().FirstOrDefault().Kind == SyntaxKind.StringLiteralToken
            || DesignModelBuilder.Unwrap(node).Kind is SyntaxKind.NoSubstitutionTemplateLiteral or SyntaxKind.TemplateExpression;

        /// <summary>The array of <c>[…].join(…)</c>, or null.</summary>
        private static SyntaxNode? JoinedArray(SyntaxNode call) =>
            call.ChildNodes().FirstOrDefault() is { Kind: SyntaxKind.MemberAccessExpression } member
            && member.ChildNodes().ToList() is [var target, { Kind: SyntaxKind.IdentifierName } name]
            && JsxSyntax.TokenText(name) == "join" && DesignModelBuilder.Unwrap(target).Kind == SyntaxKind.ArrayLiteralExpression
                ? DesignModelBuilder.Unwrap(target)
                : null;
    }
}
