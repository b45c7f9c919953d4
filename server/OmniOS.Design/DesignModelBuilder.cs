using OmniOS.Design.Model;
using OmniOS.Design.Source;
using OmniOS.Syntax;

namespace OmniOS.Design;

/// <summary>
/// Reads a parsed file into its design model: the top-level declarations that render JSX (function,
/// arrow, class, forwardRef and memo components, and other values holding JSX), their props, and
/// the element tree each returns.
/// </summary>
public static class DesignModelBuilder
{
    public static DesignModel Build(SyntaxTree tree, string path, ModuleResolver? resolver = null)
    {
        var imports = ReadImports(tree.Root);
        var owners = FindOwners(tree.Root);
        var localNames = owners.Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        var reader = new ElementReader(path, imports, localNames, resolver);
        var components = new List<ComponentModel>();
        var usedIds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var owner in owners)
        {
            var idName = owner.Name;
            if (usedIds.TryGetValue(idName, out var count))
                idName = $"{owner.Name}~{count + 1}";
            usedIds[owner.Name] = count + 1;
            var roots = JsxSyntax.NestedElements(owner.Node)
                .Select((element, index) => (DesignNode)reader.ReadElement(element, $"{path}#{idName}/{index}", inSvg: false))
                .ToList();
            var (propsType, props) = owner.Function is null ? (null, []) : ReadProps(owner.Function, owner.TypeAnnotation, tree.Root);
            components.Add(new ComponentModel(owner.Name, owner.Kind, owner.Export, owner.Node.Span, propsType, props, roots));
        }
        return new DesignModel(path, components, imports);
    }

    private sealed record Owner(string Name, ComponentKind Kind, ExportKind Export, SyntaxNode Node, SyntaxNode? Function, SyntaxNode? TypeAnnotation);

    /// <summary>The top-level declarations (and other statements) that hold JSX, with their exports resolved.</summary>
    private static List<Owner> FindOwners(SyntaxNode root)
    {
        var owners = new List<Owner>();
        var exportedLater = new Dictionary<string, ExportKind>(StringComparer.Ordinal);
        var index = 0;
        foreach (var statement in root.ChildNodes())
        {
            var statementIndex = index++;
            var export = statement.Kind switch
            {
                SyntaxKind.ExportDeclaration => ExportKind.Named,
                SyntaxKind.ExportDefaultDeclaration => ExportKind.Default,
                _ => ExportKind.None,
            };
            var node = export == ExportKind.None ? statement : statement.ChildNodes().FirstOrDefault(n => n.Kind != SyntaxKind.Decorator) ?? statement;

            if (statement.Kind == SyntaxKind.ExportDeclaration && node.Kind == SyntaxKind.NamedExports)
            {
                foreach (var specifier in node.ChildNodes())
                {
                    var names = specifier.ChildNodes().Select(JsxSyntax.TokenText).ToList();
                    if (names.Count > 0)
                        exportedLater[names[0]] = names[^1] == "default" ? ExportKind.Default : ExportKind.Named;
                }
                continue;
            }
            if (JsxSyntax.NestedElements(statement).Count == 0)
            {
                if (export == ExportKind.Default && Unwrap(node) is { Kind: SyntaxKind.IdentifierName } exported)
                    exportedLater[exported.ToString()] = ExportKind.Default;
                else if (export == ExportKind.Default && Unwrap(node) is { Kind: SyntaxKind.CallExpression } call && InnermostWrapped(call) is { Kind: SyntaxKind.IdentifierName } wrapped)
                    exportedLater[wrapped.ToString()] = ExportKind.Default;
                continue;
            }

            switch (node.Kind)
            {
                case SyntaxKind.FunctionDeclaration:
                    owners.Add(new Owner(DeclaredName(node) ?? "default", ComponentKind.Function, export, statement, node, null));
                    break;
                case SyntaxKind.ClassDeclaration:
                    owners.Add(new Owner(DeclaredName(node) ?? "default", ComponentKind.Class, export, statement, null, null));
                    break;
                case SyntaxKind.VariableStatement:
                    foreach (var declarator in node.DescendantNodesAndSelf(n => n.Kind is SyntaxKind.VariableStatement or SyntaxKind.VariableDeclarationList)
                        .Where(n => n.Kind == SyntaxKind.VariableDeclarator))
                    {
                        if (JsxSyntax.NestedElements(declarator).Count == 0)
                            continue;
                        var name = declarator.ChildNodes().First();
                        var initializer = declarator.ChildNodes().LastOrDefault(n => n != name && n.Kind != SyntaxKind.TypeAnnotation);
                        var (kind, function) = Classify(initializer);
                        owners.Add(new Owner(name.Kind == SyntaxKind.IdentifierName ? name.ToString() : $"statement{statementIndex}", kind, export,
                            declarator, function, declarator.ChildNode(SyntaxKind.TypeAnnotation)));
                    }
                    break;
                default:
                    if (export == ExportKind.Default)
                    {
                        var (kind, function) = Classify(node);
                        owners.Add(new Owner("default", kind, export, statement, function, null));
                    }
                    else
                    {
                        owners.Add(new Owner($"statement{statementIndex}", ComponentKind.Value, ExportKind.None, statement, null, null));
                    }
                    break;
            }
        }
        return owners.Select(o => o.Export == ExportKind.None && exportedLater.TryGetValue(o.Name, out var e) ? o with { Export = e } : o).ToList();
    }

    private static string? DeclaredName(SyntaxNode declaration) => declaration.ChildNode(SyntaxKind.IdentifierName)?.ToString();

    /// <summary>What kind of component an initializer makes, and the function that receives its props.</summary>
    private static (ComponentKind Kind, SyntaxNode? Function) Classify(SyntaxNode? initializer)
    {
        var node = initializer is null ? null : Unwrap(initializer);
        switch (node?.Kind)
        {
            case SyntaxKind.ArrowFunction:
                return (ComponentKind.Arrow, node);
            case SyntaxKind.FunctionExpression:
                return (ComponentKind.Function, node);
            case SyntaxKind.ClassExpression:
                return (ComponentKind.Class, null);
            case SyntaxKind.CallExpression:
            {
                var callee = node.ChildNodes().First().ToString();
                var kind = callee.EndsWith("forwardRef", StringComparison.Ordinal) ? ComponentKind.ForwardRef
                    : callee.EndsWith("memo", StringComparison.Ordinal) ? ComponentKind.Memo
                    : ComponentKind.Value;
                if (kind == ComponentKind.Value)
                    return (kind, null);
                var inner = InnermostWrapped(node);
                return (kind, inner?.Kind is SyntaxKind.ArrowFunction or SyntaxKind.FunctionExpression ? inner : null);
            }
            default:
                return (ComponentKind.Value, null);
        }
    }

    /// <summary>For `memo(forwardRef(fn))`, the innermost first argument.</summary>
    private static SyntaxNode? InnermostWrapped(SyntaxNode call)
    {
        var current = call;
        while (current.Kind == SyntaxKind.CallExpression)
        {
            var argument = current.ChildNode(SyntaxKind.ArgumentList)?.ChildNodes().FirstOrDefault();
            if (argument is null)
                return null;
            current = Unwrap(argument);
        }
        return current;
    }

    /// <summary>Looks through parentheses, `as`, `satisfies` and `!`.</summary>
    internal static SyntaxNode Unwrap(SyntaxNode node)
    {
        while (node.Kind is SyntaxKind.ParenthesizedExpression or SyntaxKind.AsExpression or SyntaxKind.SatisfiesExpression or SyntaxKind.NonNullExpression)
        {
            var inner = node.ChildNodes().FirstOrDefault();
            if (inner is null)
                break;
            node = inner;
        }
        return node;
    }

    private static List<ImportModel> ReadImports(SyntaxNode root)
    {
        var imports = new List<ImportModel>();
        foreach (var declaration in root.ChildNodes().Where(n => n.Kind == SyntaxKind.ImportDeclaration))
        {
            var source = declaration.ChildToken(SyntaxKind.StringLiteralToken);
            if (source is null)
                continue;
            var typeOnly = declaration.ChildTokens().Any(t => t.Kind == SyntaxKind.IdentifierToken && t.Text == "type");
            var bindings = new List<ImportBinding>();
            var clause = declaration.ChildNode(SyntaxKind.ImportClause);
            foreach (var part in clause?.ChildNodes() ?? [])
            {
                switch (part.Kind)
                {
                    case SyntaxKind.IdentifierName:
                        bindings.Add(new ImportBinding(part.ToString(), "default"));
                        break;
                    case SyntaxKind.NamespaceImport:
                        bindings.Add(new ImportBinding(part.ChildNodes().Last().ToString(), "*"));
                        break;
                    case SyntaxKind.NamedImports:
                        foreach (var specifier in part.ChildNodes())
                        {
                            var names = specifier.ChildNodes().Select(n => n.Kind == SyntaxKind.LiteralExpression ? JsString.Unquote(n.ToString()) : n.ToString()).ToList();
                            if (names.Count > 0)
                                bindings.Add(new ImportBinding(names[^1], names[0]));
                        }
                        break;
                }
            }
            imports.Add(new ImportModel(JsString.Unquote(source.Value.Text), bindings, typeOnly));
        }
        return imports;
    }

    /// <summary>The props a component takes: from its first parameter's pattern and type, or the variable's `FC&lt;Props&gt;` annotation.</summary>
    private static (string? Type, List<PropModel> Props) ReadProps(SyntaxNode function, SyntaxNode? variableAnnotation, SyntaxNode root)
    {
        var parameter = function.Kind == SyntaxKind.ArrowFunction && function.ChildNode(SyntaxKind.Parameter) is { } simple
            ? simple
            : function.ChildNode(SyntaxKind.ParameterList)?.ChildNodes().FirstOrDefault(n => n.Kind == SyntaxKind.Parameter);
        SyntaxNode? typeNode = parameter?.ChildNode(SyntaxKind.TypeAnnotation)?.ChildNodes().FirstOrDefault();
        if (typeNode is null && variableAnnotation?.DescendantNodesAndSelf().FirstOrDefault(n => n.Kind == SyntaxKind.TypeArgumentList) is { } typeArguments)
            typeNode = typeArguments.ChildNodes().FirstOrDefault();

        var props = new List<PropModel>();
        var members = typeNode is null ? [] : TypeMembers(typeNode, root);
        foreach (var member in members)
            props.Add(member);

        if (parameter?.ChildNode(SyntaxKind.ObjectBindingPattern) is { } pattern)
        {
            foreach (var element in pattern.ChildNodes().Where(n => n.Kind == SyntaxKind.BindingElement))
            {
                var isRest = element.ChildToken(SyntaxKind.DotDotDotToken) is not null;
                var nodes = element.ChildNodes().ToList();
                var name = isRest ? "..." + nodes[0] : nodes[0].ToString();
                var equals = element.ChildToken(SyntaxKind.EqualsToken);
                var defaultValue = equals is null ? null : nodes[^1].ToString();
                var index = props.FindIndex(p => p.Name == name);
                if (index >= 0)
                    props[index] = props[index] with { Default = defaultValue };
                else
                    props.Add(new PropModel(name, null, defaultValue is not null, defaultValue));
            }
        }
        return (typeNode?.ToString(), props);
    }

    /// <summary>The members of an object type, following a reference to an interface or type alias in the same file.</summary>
    private static List<PropModel> TypeMembers(SyntaxNode type, SyntaxNode root)
    {
        var literal = type.Kind == SyntaxKind.TypeLiteral ? type : null;
        if (literal is null && type.Kind == SyntaxKind.TypeReference)
        {
            var name = type.ChildNodes().First().ToString();
            var declaration = root.DescendantNodesAndSelf(n => n.Kind is SyntaxKind.SourceFile or SyntaxKind.ExportDeclaration)
                .FirstOrDefault(n => n.Kind is SyntaxKind.InterfaceDeclaration or SyntaxKind.TypeAliasDeclaration && DeclaredName(n) == name);
            literal = declaration?.ChildNode(SyntaxKind.TypeLiteral);
        }
        if (literal is null)
            return [];
        var members = new List<PropModel>();
        foreach (var member in literal.ChildNodes().Where(n => n.Kind is SyntaxKind.PropertySignature or SyntaxKind.MethodSignature))
        {
            var name = member.ChildNodes().First().ToString();
            var optional = member.ChildToken(SyntaxKind.QuestionToken) is not null;
            var memberType = member.Kind == SyntaxKind.MethodSignature
                ? member.ToString()[name.Length..].TrimStart('?').Trim().TrimEnd(';', ',')
                : member.ChildNode(SyntaxKind.TypeAnnotation)?.ChildNodes().FirstOrDefault()?.ToString();
            members.Add(new PropModel(name, memberType, optional, null));
        }
        return members;
    }
}
