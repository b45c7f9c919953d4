using System.Text;
using OmniOS.Syntax;

namespace OmniOS.Design.Commands;

/// <summary>
/// `extractComponent`: the element becomes a new component in the same file, placed after the
/// declaration it came from; the values it reads from its surroundings (props, state, loop items)
/// become the new component's props, typed from what the file says about them.
/// </summary>
internal static class ExtractComponent
{
    public static List<TextEdit> Execute(CommandContext context, ExtractComponentCommand command)
    {
        var name = command.Name;
        if (name.Length == 0 || !char.IsUpper(name[0]) || !name.All(c => char.IsLetterOrDigit(c) || c is '_' or '$'))
            throw new CommandRefusedException($"'{name}' is not a component name (it must start with a capital letter).");
        var element = context.Element(command.At);
        var top = TopLevelStatement(element);
        if (TopLevelNames(context.Tree.Root).Contains(name))
            throw new CommandRefusedException($"The file already declares '{name}'.");
        if (element.DescendantNodesAndSelf().Any(n => n.Kind is SyntaxKind.ThisExpression))
            throw new CommandRefusedException("The element uses `this`; extract it from a class component by hand.");

        var locals = LocalBindings(element, top);
        var declaredInside = element.DescendantNodesAndSelf().SelectMany(DeclaredNames).ToHashSet(StringComparer.Ordinal);
        var free = ReferencedNames(element).Where(n => locals.ContainsKey(n) && !declaredInside.Contains(n)).Distinct().ToList();

        var layout = context.Layout;
        var typed = context.Tree.Options.TypeScript;
        var key = AttributeCommands.Find(element, "key").FirstOrDefault();
        var body = context.TextOf(element);
        if (key is not null)
        {
            // The key belongs on the instance in the list, not inside the component.
            var edit = AttributeCommands.Remove(context, element, key);
            body = TextEdits.Apply(context.Text, [edit]).Substring(element.Span.Start, element.Span.Length - edit.Span.Length);
        }
        body = layout.Reindent(body, layout.IndentationAt(element.Span.Start), layout.IndentUnit + layout.IndentUnit);

        var eol = layout.LineEnding;
        var unit = layout.IndentUnit;
        var code = new StringBuilder();
        var parameters = free.Count == 0 ? "" : "{ " + string.Join(", ", free) + " }";
        if (typed && free.Count > 0)
        {
            code.Append($"interface {name}Props {{").Append(eol);
            foreach (var variable in free)
                code.Append(unit).Append($"{variable}: {TypeOf(variable, locals[variable], context)};").Append(eol);
            code.Append('}').Append(eol).Append(eol);
            parameters += $": {name}Props";
        }
        code.Append($"function {name}({parameters}) {{").Append(eol);
        code.Append(unit).Append("return (").Append(eol);
        code.Append(unit).Append(unit).Append(body).Append(eol);
        code.Append(unit).Append(");").Append(eol);
        code.Append('}');

        var usage = new StringBuilder("<").Append(name);
        if (key is not null)
            usage.Append(' ').Append(context.TextOf(key));
        foreach (var variable in free)
            usage.Append($" {variable}={{{variable}}}");
        usage.Append(" />");

        return
        [
            new TextEdit(element.Span, usage.ToString()),
            TextEdit.Insert(top.Span.End, eol + eol + code),
        ];
    }

    private static SyntaxNode TopLevelStatement(SyntaxNode node)
    {
        while (node.Parent is { Kind: not SyntaxKind.SourceFile } parent)
            node = parent;
        return node;
    }

    private static HashSet<string> TopLevelNames(SyntaxNode root)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var statement in root.ChildNodes())
        {
            var declaration = statement.Kind is SyntaxKind.ExportDeclaration or SyntaxKind.ExportDefaultDeclaration ? statement.ChildNodes().FirstOrDefault() ?? statement : statement;
            if (declaration.Kind == SyntaxKind.ImportDeclaration)
            {
                foreach (var clause in declaration.DescendantNodesAndSelf().Where(n => n.Kind == SyntaxKind.ImportClause))
                    names.UnionWith(clause.DescendantNodesAndSelf().Where(n => n.Kind == SyntaxKind.IdentifierName).Select(n => n.ToString()));
                continue;
            }
            if (declaration.Kind is SyntaxKind.FunctionDeclaration or SyntaxKind.ClassDeclaration or SyntaxKind.InterfaceDeclaration or SyntaxKind.TypeAliasDeclaration or SyntaxKind.EnumDeclaration)
            {
                if (declaration.ChildNode(SyntaxKind.IdentifierName) is { } n)
                    names.Add(n.ToString());
            }
            foreach (var declarator in declaration.DescendantNodesAndSelf(n => n.Kind is SyntaxKind.VariableStatement or SyntaxKind.VariableDeclarationList).Where(n => n.Kind == SyntaxKind.VariableDeclarator))
                names.UnionWith(BindingNames(declarator.ChildNodes().First()));
        }
        return names;
    }

    /// <summary>The names a node declares itself: a parameter, a variable, a catch binding.</summary>
    private static IEnumerable<string> DeclaredNames(SyntaxNode node) => node.Kind switch
    {
        SyntaxKind.Parameter or SyntaxKind.VariableDeclarator => BindingNames(node.ChildNodes().FirstOrDefault(n => n.Kind is SyntaxKind.IdentifierName or SyntaxKind.ObjectBindingPattern or SyntaxKind.ArrayBindingPattern)),
        SyntaxKind.CatchClause => BindingNames(node.ChildNodes().FirstOrDefault(n => n.Kind is SyntaxKind.IdentifierName or SyntaxKind.ObjectBindingPattern or SyntaxKind.ArrayBindingPattern)),
        _ => [],
    };

    /// <summary>The names a binding introduces (an identifier or every name in a destructuring pattern).</summary>
    private static IEnumerable<string> BindingNames(SyntaxNode? binding)
    {
        if (binding is null)
            yield break;
        if (binding.Kind == SyntaxKind.IdentifierName)
        {
            yield return binding.ToString();
            yield break;
        }
        foreach (var element in binding.ChildNodes().Where(n => n.Kind == SyntaxKind.BindingElement))
        {
            var parts = element.ChildNodes().ToList();
            var hasColon = element.ChildToken(SyntaxKind.ColonToken) is not null;
            var target = hasColon ? parts[1] : parts[0];
            foreach (var name in BindingNames(target))
                yield return name;
        }
    }

    /// <summary>Every name bound between the element and the top-level statement, with the node that binds it.</summary>
    private static Dictionary<string, SyntaxNode> LocalBindings(SyntaxNode element, SyntaxNode top)
    {
        var locals = new Dictionary<string, SyntaxNode>(StringComparer.Ordinal);
        for (var node = element.Parent; node is not null && node != top.Parent; node = node.Parent)
        {
            var declarations = node.Kind switch
            {
                SyntaxKind.ArrowFunction or SyntaxKind.FunctionDeclaration or SyntaxKind.FunctionExpression or SyntaxKind.MethodDeclaration =>
                    (node.ChildNode(SyntaxKind.ParameterList)?.ChildNodes() ?? node.ChildNodes()).Where(n => n.Kind == SyntaxKind.Parameter),
                SyntaxKind.Block or SyntaxKind.SourceFile => node.ChildNodes().Where(n => n.Kind == SyntaxKind.VariableStatement)
                    .SelectMany(s => s.DescendantNodesAndSelf(n => n.Kind is SyntaxKind.VariableStatement or SyntaxKind.VariableDeclarationList).Where(n => n.Kind == SyntaxKind.VariableDeclarator)),
                SyntaxKind.CatchClause => [node],
                _ => [],
            };
            foreach (var declaration in declarations)
            {
                foreach (var name in DeclaredNames(declaration))
                    locals.TryAdd(name, declaration);
            }
        }
        return locals;
    }

    /// <summary>The identifiers the element reads, in order of first use (member names, keys and tag names of HTML elements excluded).</summary>
    private static IEnumerable<string> ReferencedNames(SyntaxNode element)
    {
        foreach (var node in element.DescendantNodesAndSelf().Where(n => n.Kind == SyntaxKind.IdentifierName))
        {
            var parent = node.Parent;
            if (parent is null)
                continue;
            var isFirst = parent.ChildNodes().First() == node;
            var skip = parent.Kind switch
            {
                SyntaxKind.MemberAccessExpression => !isFirst,
                SyntaxKind.PropertyAssignment or SyntaxKind.JsxAttribute or SyntaxKind.MethodDeclaration or SyntaxKind.PropertyDeclaration => isFirst,
                SyntaxKind.JsxNamespacedName or SyntaxKind.QualifiedName or SyntaxKind.TypeReference => true,
                SyntaxKind.JsxMemberName => !isFirst,
                SyntaxKind.BindingElement or SyntaxKind.Parameter or SyntaxKind.VariableDeclarator => true,
                _ => false,
            };
            if (!skip)
                yield return node.ToString();
        }
    }

    /// <summary>
    /// The type of a free variable, from what the file says: a destructured prop of a typed component
    /// (`Props["name"]`), an item of a list being mapped (`(typeof list)[number]`), an annotated
    /// variable, or a literal initializer; `any` when nothing says.
    /// </summary>
    private static string TypeOf(string name, SyntaxNode declaration, CommandContext context)
    {
        if (declaration.Kind == SyntaxKind.Parameter)
        {
            var pattern = declaration.ChildNodes().FirstOrDefault(n => n.Kind is SyntaxKind.ObjectBindingPattern or SyntaxKind.IdentifierName);
            var annotation = declaration.ChildNode(SyntaxKind.TypeAnnotation)?.ChildNodes().FirstOrDefault()?.ToString();
            if (pattern?.Kind == SyntaxKind.IdentifierName)
            {
                if (annotation is not null)
                    return annotation;
                if (ItemTypeOfMapCallback(declaration) is { } itemType)
                    return itemType;
                return "any";
            }
            var key = PropertyKeyOf(pattern, name);
            if (key is not null)
            {
                if (annotation is not null)
                    return $"{Parenthesize(annotation)}[\"{key}\"]";
                if (ItemTypeOfMapCallback(declaration) is { } itemType)
                    return $"{Parenthesize(itemType)}[\"{key}\"]";
            }
            return "any";
        }
        if (declaration.Kind == SyntaxKind.VariableDeclarator)
        {
            if (declaration.ChildNode(SyntaxKind.TypeAnnotation)?.ChildNodes().FirstOrDefault() is { } type && declaration.ChildNodes().First().Kind == SyntaxKind.IdentifierName)
                return type.ToString();
            var initializer = declaration.ChildNodes().LastOrDefault();
            if (initializer is not null && ElementReader.ReadLiteral(initializer) is { } literal)
            {
                return literal.Kind switch
                {
                    Model.AttributeValueKind.String => "string",
                    Model.AttributeValueKind.Number => "number",
                    _ => "boolean",
                };
            }
        }
        return "any";
    }

    /// <summary>The key a name is bound from in an object pattern (`{ title }` → title, `{ title: t }` → title for t).</summary>
    private static string? PropertyKeyOf(SyntaxNode? pattern, string name)
    {
        if (pattern?.Kind != SyntaxKind.ObjectBindingPattern)
            return null;
        foreach (var element in pattern.ChildNodes().Where(n => n.Kind == SyntaxKind.BindingElement))
        {
            var parts = element.ChildNodes().ToList();
            if (element.ChildToken(SyntaxKind.ColonToken) is not null)
            {
                if (parts[1].Kind == SyntaxKind.IdentifierName && parts[1].ToString() == name)
                    return parts[0].ToString();
            }
            else if (parts.Count > 0 && parts[0].Kind == SyntaxKind.IdentifierName && parts[0].ToString() == name && element.ChildToken(SyntaxKind.DotDotDotToken) is null)
            {
                return name;
            }
        }
        return null;
    }

    /// <summary>For the first parameter of `list.map(item =&gt; …)` where `list` is declared at the top level: `(typeof list)[number]`.</summary>
    private static string? ItemTypeOfMapCallback(SyntaxNode parameter)
    {
        var function = parameter.Parent?.Kind == SyntaxKind.ParameterList ? parameter.Parent.Parent : parameter.Parent;
        if (function?.Kind is not (SyntaxKind.ArrowFunction or SyntaxKind.FunctionExpression))
            return null;
        var call = function.Parent?.Parent;
        if (call?.Kind != SyntaxKind.CallExpression || call.ChildNodes().First() is not { Kind: SyntaxKind.MemberAccessExpression } callee)
            return null;
        var firstParameter = (function.ChildNode(SyntaxKind.ParameterList)?.ChildNodes() ?? function.ChildNodes()).FirstOrDefault(n => n.Kind == SyntaxKind.Parameter);
        if (firstParameter != parameter || callee.ChildNodes().Last().ToString() != "map" || callee.ChildNodes().First() is not { Kind: SyntaxKind.IdentifierName } source)
            return null;
        var root = call;
        while (root.Parent is not null)
            root = root.Parent;
        return TopLevelNames(root).Contains(source.ToString()) ? $"(typeof {source})[number]" : null;
    }

    /// <summary>Parentheses where an indexed access needs them (`(A | B)["x"]`), not around names or other indexed accesses.</summary>
    private static string Parenthesize(string type) =>
        type.All(c => char.IsLetterOrDigit(c) || c is '_' or '$' or '.') || (type.StartsWith("(typeof ", StringComparison.Ordinal) && type.EndsWith(']')) ? type : $"({type})";
}
