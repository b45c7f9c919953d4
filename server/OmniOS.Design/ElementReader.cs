using OmniOS.Design.Model;
using OmniOS.Design.Source;
using OmniOS.Syntax;

namespace OmniOS.Design;

/// <summary>
/// Reads JSX elements into design nodes. An element's id is its owner's id plus its index among
/// the parent's element children — the JSX elements nested anywhere inside the parent (attribute
/// values, expressions, children) and not inside a deeper element, counted in source order, the
/// same index `insert` and `move` use.
/// </summary>
internal sealed class ElementReader(string path, string text, IReadOnlyList<ImportModel> imports, IReadOnlySet<string> localNames, ModuleResolver? resolver, Lazy<Dictionary<string, LiteralValue>> constants)
{
    private readonly Dictionary<string, string?> _resolvedImports = new(StringComparer.Ordinal);

    public ElementNode ReadElement(SyntaxNode element, string id, bool inSvg)
    {
        var name = JsxSyntax.Name(element);
        var kind = element.Kind == SyntaxKind.JsxFragment ? ElementKind.Fragment
            : inSvg || name is "svg" || name.Contains(':') ? ElementKind.Svg
            : name.Length > 0 && (char.IsUpper(name[0]) || name.Contains('.')) ? ElementKind.Component
            : ElementKind.Html;
        var childrenInSvg = kind == ElementKind.Svg || (inSvg && kind == ElementKind.Fragment);
        var counter = new Counter(id);

        var attributes = new List<AttributeModel>();
        SyntaxNode? classAttribute = null;
        SyntaxNode? styleAttribute = null;
        foreach (var attribute in JsxSyntax.Attributes(element))
        {
            var read = ReadAttribute(attribute, counter, childrenInSvg);
            attributes.Add(read);
            if (read.Name is "className" or "class")
                classAttribute ??= attribute;
            else if (read.Name == "style")
                styleAttribute ??= attribute;
        }

        var children = new List<DesignNode>();
        foreach (var child in JsxSyntax.Children(element))
            ReadChild(child, counter, childrenInSvg, children);

        return new ElementNode(
            id,
            kind,
            name,
            element.Span,
            element.Kind == SyntaxKind.JsxSelfClosingElement,
            kind == ElementKind.Component ? Resolve(name) : null,
            attributes,
            classAttribute is null ? null : ReadClassName(classAttribute),
            styleAttribute is null ? null : ReadStyle(styleAttribute),
            children);
    }

    /// <summary>Hands out the ids of a parent's element children in source order.</summary>
    private sealed class Counter(string parentId)
    {
        private int _next;

        public string NextId() => $"{parentId}/{_next++}";
    }

    private void ReadChild(SyntaxNode child, Counter counter, bool inSvg, List<DesignNode> output)
    {
        switch (child.Kind)
        {
            case SyntaxKind.JsxText:
            {
                var rendered = JsxText.Decode(text.Substring(child.FullSpan.Start, child.FullSpan.Length));
                if (rendered.Length > 0)
                    output.Add(new TextNode(rendered, child.FullSpan));
                break;
            }
            case SyntaxKind.JsxElement:
            case SyntaxKind.JsxSelfClosingElement:
            case SyntaxKind.JsxFragment:
                output.Add(ReadElement(child, counter.NextId(), inSvg));
                break;
            case SyntaxKind.JsxExpressionContainer:
                if (JsxSyntax.ContainedExpression(child) is { } expression)
                    output.AddRange(ReadExpression(expression, child.Span, counter, inSvg));
                break;
            default:
                output.Add(new CodeNode(Code(child), child.Span, ReadNested(child, counter, inSvg)));
                break;
        }
    }

    /// <summary>Classifies an expression child: an element, a binding, a slot, a repeater, a conditional, literal text, or code.</summary>
    private List<DesignNode> ReadExpression(SyntaxNode expression, TextSpan span, Counter counter, bool inSvg)
    {
        var node = DesignModelBuilder.Unwrap(expression);
        var code = Code(expression);
        switch (node.Kind)
        {
            case SyntaxKind.JsxElement:
            case SyntaxKind.JsxSelfClosingElement:
            case SyntaxKind.JsxFragment:
                return [ReadElement(node, counter.NextId(), inSvg)];
            case SyntaxKind.IdentifierName or SyntaxKind.MemberAccessExpression when IsMemberPath(node):
            {
                var memberPath = Code(node);
                return memberPath is "children" or "props.children" or "this.props.children"
                    ? [new SlotNode("children", code, span)]
                    : [new BindingNode(memberPath, code, span)];
            }
            case SyntaxKind.CallExpression when TryReadRepeater(node, code, span, counter, inSvg) is { } repeater:
                return [repeater];
            case SyntaxKind.BinaryExpression when node.ChildTokens().FirstOrDefault().Kind is SyntaxKind.AmpersandAmpersandToken or SyntaxKind.BarBarToken or SyntaxKind.QuestionQuestionToken:
            {
                var operands = node.ChildNodes().ToList();
                var @operator = node.ChildTokens().First().Text;
                return [new ConditionalNode(@operator, Code(operands[0]), code, span, ReadBranch(operands[1], counter, inSvg), [])];
            }
            case SyntaxKind.ConditionalExpression:
            {
                var parts = node.ChildNodes().ToList();
                var whenTrue = ReadBranch(parts[1], counter, inSvg);
                var whenFalse = ReadBranch(parts[2], counter, inSvg);
                return [new ConditionalNode("?:", Code(parts[0]), code, span, whenTrue, whenFalse)];
            }
            case SyntaxKind.LiteralExpression when node.ChildTokens().First().Kind is SyntaxKind.StringLiteralToken or SyntaxKind.NumericLiteralToken:
            {
                var token = node.ChildTokens().First();
                var text = token.Kind == SyntaxKind.StringLiteralToken ? JsString.Unquote(token.Text) : token.Text;
                return text.Length == 0 ? [] : [new TextNode(text, span)];
            }
            case SyntaxKind.LiteralExpression:
                // null, true, false render nothing.
                return [];
            default:
                return [new CodeNode(code, span, ReadNested(expression, counter, inSvg))];
        }
    }

    /// <summary>A branch of a conditional: elements, nothing (null/false/undefined), text, or a nested conditional.</summary>
    private List<DesignNode> ReadBranch(SyntaxNode branch, Counter counter, bool inSvg)
    {
        var node = DesignModelBuilder.Unwrap(branch);
        if (node.Kind == SyntaxKind.IdentifierName && Code(node) == "undefined")
            return [];
        return ReadExpression(branch, branch.Span, counter, inSvg);
    }

    /// <summary>`source.map(item =&gt; &lt;X/&gt;)` (also `flatMap`, and callbacks with a block body).</summary>
    private RepeaterNode? TryReadRepeater(SyntaxNode call, string code, TextSpan span, Counter counter, bool inSvg)
    {
        var callee = call.ChildNodes().First();
        if (callee.Kind != SyntaxKind.MemberAccessExpression || Code(callee.ChildNodes().Last()) is not ("map" or "flatMap"))
            return null;
        var callback = call.ChildNode(SyntaxKind.ArgumentList)?.ChildNodes().FirstOrDefault() is { } argument ? DesignModelBuilder.Unwrap(argument) : null;
        if (callback?.Kind is not (SyntaxKind.ArrowFunction or SyntaxKind.FunctionExpression))
            return null;
        var parameters = callback.ChildNode(SyntaxKind.ParameterList)?.ChildNodes().Where(n => n.Kind == SyntaxKind.Parameter).ToList()
            ?? callback.ChildNodes().Where(n => n.Kind == SyntaxKind.Parameter).ToList();
        var item = parameters.Count > 0 ? ParameterName(parameters[0]) : "_";
        var index = parameters.Count > 1 ? ParameterName(parameters[1]) : null;
        var body = callback.ChildNodes().Last();
        var template = body.Kind == SyntaxKind.Block
            ? ReadNested(body, counter, inSvg)
            : ReadExpression(body, body.Span, counter, inSvg);
        var key = template.OfType<ElementNode>().Select(e => e.Attribute("key")).FirstOrDefault(a => a is not null);
        var sourceNode = callee.ChildNodes().First();
        var source = Code(sourceNode);
        var items = (DesignModelBuilder.Unwrap(sourceNode).Kind == SyntaxKind.IdentifierName ? constants.Value.GetValueOrDefault(source) : LiteralReader.Read(sourceNode)) as LiteralArray;
        return new RepeaterNode(source, item, index, key?.Code ?? key?.Value, code, span, template, items?.Items);
    }

    private string ParameterName(SyntaxNode parameter)
    {
        var binding = parameter.ChildNodes().FirstOrDefault(n => n.Kind is SyntaxKind.IdentifierName or SyntaxKind.ObjectBindingPattern or SyntaxKind.ArrayBindingPattern);
        return CodeOrNull(binding) ?? Code(parameter);
    }

    /// <summary>The elements inside arbitrary code, read as elements so they stay in the tree.</summary>
    private List<DesignNode> ReadNested(SyntaxNode node, Counter counter, bool inSvg) =>
        JsxSyntax.NestedElements(node).Select(e => (DesignNode)ReadElement(e, counter.NextId(), inSvg)).ToList();

    private static bool IsMemberPath(SyntaxNode node)
    {
        while (node.Kind == SyntaxKind.MemberAccessExpression)
        {
            node = node.ChildNodes().First();
        }
        return node.Kind is SyntaxKind.IdentifierName or SyntaxKind.ThisExpression;
    }

    private AttributeModel ReadAttribute(SyntaxNode attribute, Counter counter, bool inSvg)
    {
        var isSpread = attribute.Kind == SyntaxKind.JsxSpreadAttribute;
        var value = isSpread ? null : JsxSyntax.AttributeValue(attribute);
        // Elements inside attribute values take their indices here, in source order; a string value, or none, holds none.
        var elements = !isSpread && value is null or { Kind: SyntaxKind.LiteralExpression } ? []
            : JsxSyntax.NestedElements(attribute).Select(e => ReadElement(e, counter.NextId(), inSvg)).ToList();
        if (isSpread)
            return new AttributeModel("...", AttributeValueKind.Spread, null, CodeOrNull(attribute.ChildNodes().FirstOrDefault()), attribute.Span, elements);

        var name = JsxSyntax.AttributeName(attribute);
        if (value is null)
            return new AttributeModel(name, AttributeValueKind.Implicit, "true", null, attribute.Span, elements);
        if (value.Kind == SyntaxKind.LiteralExpression)
        {
            var raw = Code(value);
            return new AttributeModel(name, AttributeValueKind.String, JsxText.DecodeEntities(raw[1..^1]), raw, attribute.Span, elements);
        }
        if (JsxSyntax.IsElement(value))
            return new AttributeModel(name, AttributeValueKind.Element, null, Code(value), attribute.Span, elements);
        var expression = JsxSyntax.ContainedExpression(value);
        if (expression is null)
            return new AttributeModel(name, AttributeValueKind.Expression, null, Code(value), attribute.Span, elements);
        return ReadLiteral(expression) is { } literal
            ? new AttributeModel(name, literal.Kind, literal.Value, Code(expression), attribute.Span, elements)
            : new AttributeModel(name, AttributeValueKind.Expression, null, Code(expression), attribute.Span, elements);
    }

    /// <summary>A string, number or boolean literal (also `-1`), with its value; null for anything else.</summary>
    internal static (AttributeValueKind Kind, string Value)? ReadLiteral(SyntaxNode expression)
    {
        var node = DesignModelBuilder.Unwrap(expression);
        if (node.Kind == SyntaxKind.NoSubstitutionTemplateLiteral)
            return (AttributeValueKind.String, node.ToString()[1..^1]);
        if (node.Kind == SyntaxKind.PrefixUnaryExpression && node.ChildTokens().First().Kind == SyntaxKind.MinusToken
            && node.ChildNodes().FirstOrDefault() is { Kind: SyntaxKind.LiteralExpression } operand && operand.ChildTokens().First().Kind == SyntaxKind.NumericLiteralToken)
            return (AttributeValueKind.Number, "-" + operand);
        if (node.Kind != SyntaxKind.LiteralExpression)
            return null;
        var token = node.ChildTokens().First();
        return token.Kind switch
        {
            SyntaxKind.StringLiteralToken => (AttributeValueKind.String, JsString.Unquote(token.Text)),
            SyntaxKind.NumericLiteralToken => (AttributeValueKind.Number, token.Text),
            SyntaxKind.TrueKeyword or SyntaxKind.FalseKeyword => (AttributeValueKind.Boolean, token.Text),
            _ => null,
        };
    }

    private ClassNameModel ReadClassName(SyntaxNode attribute)
    {
        var value = JsxSyntax.AttributeValue(attribute);
        if (value is null)
            return new ClassNameModel(ClassNameForm.String, [], []);
        if (value.Kind == SyntaxKind.LiteralExpression)
            return new ClassNameModel(ClassNameForm.String, SplitClasses(Code(value)[1..^1]), []);
        var expression = JsxSyntax.ContainedExpression(value) is { } e ? DesignModelBuilder.Unwrap(e) : null;
        switch (expression?.Kind)
        {
            case SyntaxKind.LiteralExpression when expression.ChildTokens().First().Kind == SyntaxKind.StringLiteralToken:
                return new ClassNameModel(ClassNameForm.String, SplitClasses(JsString.Unquote(Code(expression))), []);
            case SyntaxKind.NoSubstitutionTemplateLiteral:
                return new ClassNameModel(ClassNameForm.Template, SplitClasses(Code(expression)[1..^1]), []);
            case SyntaxKind.TemplateExpression:
                return ReadTemplateClasses(expression);
            case SyntaxKind.CallExpression when ClassStrings.Helpers.Contains(Code(expression.ChildNodes().First())):
            {
                var arguments = expression.ChildNode(SyntaxKind.ArgumentList)?.ChildNodes().ToList() ?? [];
                var staticClasses = new List<string>();
                var dynamic = new List<string>();
                foreach (var argument in arguments)
                {
                    if (ReadLiteral(argument) is { Kind: AttributeValueKind.String } literal)
                        staticClasses.AddRange(SplitClasses(literal.Value));
                    else
                        dynamic.Add(Code(argument));
                }
                return new ClassNameModel(ClassNameForm.Call, staticClasses, dynamic);
            }
            default:
                return new ClassNameModel(ClassNameForm.Expression, [], [CodeOrNull(expression) ?? Code(value)]);
        }
    }

    /// <summary>Static classes from the text parts of a template; a class touching a `${}` is part of the dynamic code.</summary>
    private ClassNameModel ReadTemplateClasses(SyntaxNode template)
    {
        var staticClasses = new List<string>();
        var dynamic = new List<string>();
        foreach (var token in TemplateTexts(template))
        {
            var body = token.Kind switch
            {
                SyntaxKind.TemplateHeadToken => token.Text[1..^2],
                SyntaxKind.TemplateMiddleToken => token.Text[1..^2],
                _ => token.Text[1..^1],
            };
            var classes = body.Split([' ', '\t', '\n', '\r'], StringSplitOptions.None);
            for (var i = 0; i < classes.Length; i++)
            {
                var touchesStart = i == 0 && token.Kind != SyntaxKind.TemplateHeadToken;
                var touchesEnd = i == classes.Length - 1 && token.Kind != SyntaxKind.TemplateTailToken;
                if (classes[i].Length > 0 && !touchesStart && !touchesEnd)
                    staticClasses.Add(classes[i]);
            }
        }
        foreach (var span in template.ChildNodes().Where(n => n.Kind == SyntaxKind.TemplateSpan))
            dynamic.Add(Code(span.ChildNodes().First()));
        return new ClassNameModel(ClassNameForm.Template, staticClasses, dynamic);
    }

    /// <summary>The text parts of a template literal (head, middles, tail), not those of templates nested in its `${…}`.</summary>
    internal static IEnumerable<SyntaxToken> TemplateTexts(SyntaxNode template) =>
        template.ChildTokens().Concat(template.ChildNodes().Where(n => n.Kind == SyntaxKind.TemplateSpan).SelectMany(n => n.ChildTokens()))
            .Where(t => t.Kind is SyntaxKind.TemplateHeadToken or SyntaxKind.TemplateMiddleToken or SyntaxKind.TemplateTailToken);

    internal static List<string> SplitClasses(string text) => [.. text.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)];

    private StyleModel ReadStyle(SyntaxNode attribute)
    {
        var value = JsxSyntax.AttributeValue(attribute);
        var expression = value is null ? null : JsxSyntax.ContainedExpression(value) is { } e ? DesignModelBuilder.Unwrap(e) : null;
        if (expression?.Kind != SyntaxKind.ObjectLiteralExpression)
            return new StyleModel([], false);
        var properties = new List<StyleProperty>();
        foreach (var member in expression.ChildNodes())
        {
            if (member.Kind != SyntaxKind.PropertyAssignment)
            {
                properties.Add(new StyleProperty(Code(member), null, Code(member)));
                continue;
            }
            var parts = member.ChildNodes().ToList();
            var name = parts[0].Kind == SyntaxKind.LiteralExpression ? JsString.Unquote(Code(parts[0])) : Code(parts[0]);
            var literal = parts.Count > 1 ? ReadLiteral(parts[^1]) : null;
            properties.Add(new StyleProperty(name, literal?.Value, Code(parts[^1])));
        }
        return new StyleModel(properties, true);
    }

    /// <summary>A node's source without its trivia: cut from the text, which is cheaper than printing the tree.</summary>
    private string Code(SyntaxNode node) => text.Substring(node.Span.Start, node.Span.Length);

    private string? CodeOrNull(SyntaxNode? node) => node is null ? null : Code(node);

    /// <summary>
    /// The project file an import refers to, asked of the resolver once per source: each ask may
    /// probe the disk a dozen times, and a component reads many elements from the same import.
    /// </summary>
    private string? ResolveImport(string source)
    {
        if (resolver is null)
            return null;
        if (!_resolvedImports.TryGetValue(source, out var file))
            _resolvedImports[source] = file = resolver.Resolve(path, source);
        return file;
    }

    private ComponentReference Resolve(string name)
    {
        var dot = name.IndexOf('.');
        var root = dot < 0 ? name : name[..dot];
        var member = dot < 0 ? string.Empty : name[dot..];
        foreach (var import in imports)
        {
            // By index: a foreach over the read-only list would box an enumerator per import, for every component instance read.
            for (var i = 0; i < import.Bindings.Count; i++)
            {
                var binding = import.Bindings[i];
                if (binding.Local != root)
                    continue;
                var file = ResolveImport(import.Source);
                return new ComponentReference(file, file is null ? import.Source : null, binding.Imported + member);
            }
        }
        return localNames.Contains(root) ? new ComponentReference(path, null, name) : new ComponentReference(null, null, name);
    }
}
