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
    /// <param name="previous">
    /// The tree and model of an earlier text of the same file: the statements an edit left alone keep
    /// their element trees (moved by its shift) rather than being read again, which keeps a rebuild
    /// after a small edit small. Their component references are kept too, so a host whose files
    /// appear or disappear builds afresh.
    /// </param>
    public static DesignModel Build(SyntaxTree tree, string path, ModuleResolver? resolver = null, (SyntaxTree Tree, DesignModel Model)? previous = null)
    {
        var reuse = ModelReuse.Create(previous, tree);
        var imports = reuse?.UnchangedImports() ?? ReadImports(tree.Root, tree.Text);
        // The JSX found in what changed is read below without a second walk.
        var walked = new Dictionary<SyntaxNode, List<SyntaxNode>>(ReferenceEqualityComparer.Instance);
        var owners = FindOwners(tree.Root, tree.Text,
            hasJsx: node => reuse?.HasJsx(node) ?? (walked[node] = JsxSyntax.NestedElements(node)).Count > 0,
            knownWithoutJsx: node => reuse?.HasJsx(node) == false);
        var localNames = owners.Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        if (reuse is not null && !reuse.CanReuseWith(imports, localNames))
            reuse = null;
        // Only repeaters read the constants, and a rebuild after a small edit often reads none.
        var constants = new Lazy<Dictionary<string, LiteralValue>>(() => LiteralReader.TopLevelConstants(tree.Root));
        var reader = new ElementReader(path, tree.Text, imports, localNames, resolver, constants);
        var components = new List<ComponentModel>();
        var usedIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var types = new Lazy<Dictionary<string, SyntaxNode>>(() => TypeDeclarations(tree.Root, tree.Text));
        foreach (var owner in owners)
        {
            var idName = owner.Name;
            if (usedIds.TryGetValue(idName, out var count))
                idName = $"{owner.Name}~{count + 1}";
            usedIds[owner.Name] = count + 1;
            if (reuse?.Component(owner.Node, path, idName) is { } carried)
            {
                components.Add(carried with { Export = owner.Export });
                continue;
            }
            var idPrefix = $"{path}#{idName}";
            var roots = (walked.GetValueOrDefault(owner.Node) ?? JsxSyntax.NestedElements(owner.Node))
                .Select((element, index) => (DesignNode)reader.ReadElement(element, $"{idPrefix}/{index}", inSvg: false))
                .ToList();
            var (propsType, props) = owner.Function is null ? (null, []) : ReadProps(owner.Function, owner.TypeAnnotation, types, tree.Text);
            components.Add(new ComponentModel(owner.Name, owner.Kind, owner.Export, owner.Node.Span, propsType, props, roots));
        }
        return new DesignModel(path, components, imports);
    }

    private sealed record Owner(string Name, ComponentKind Kind, ExportKind Export, SyntaxNode Node, SyntaxNode? Function, SyntaxNode? TypeAnnotation);

    /// <summary>
    /// The top-level declarations (and other statements) that hold JSX, with their exports resolved.
    /// <paramref name="knownWithoutJsx"/> tells a variable statement none of whose declarators can be
    /// an owner without looking at them (a rebuild knows it of an unchanged statement).
    /// </summary>
    private static List<Owner> FindOwners(SyntaxNode root, string text, Func<SyntaxNode, bool> hasJsx, Func<SyntaxNode, bool> knownWithoutJsx)
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
            if (node.Kind == SyntaxKind.VariableStatement)
            {
                if (knownWithoutJsx(node))
                    continue;
                // Each declarator holding JSX is an owner of its own.
                foreach (var declarator in node.DescendantNodesAndSelf(n => n.Kind is SyntaxKind.VariableStatement or SyntaxKind.VariableDeclarationList)
                    .Where(n => n.Kind == SyntaxKind.VariableDeclarator))
                {
                    if (!hasJsx(declarator))
                        continue;
                    var name = declarator.ChildNodes().First();
                    var initializer = declarator.ChildNodes().LastOrDefault(n => n != name && n.Kind != SyntaxKind.TypeAnnotation);
                    var (kind, function) = Classify(initializer, text);
                    owners.Add(new Owner(name.Kind == SyntaxKind.IdentifierName ? Code(name, text) : $"statement{statementIndex}", kind, export,
                        declarator, function, declarator.ChildNode(SyntaxKind.TypeAnnotation)));
                }
                continue;
            }
            if (!hasJsx(statement))
            {
                if (export == ExportKind.Default && Unwrap(node) is { Kind: SyntaxKind.IdentifierName } exported)
                    exportedLater[Code(exported, text)] = ExportKind.Default;
                else if (export == ExportKind.Default && Unwrap(node) is { Kind: SyntaxKind.CallExpression } call && InnermostWrapped(call) is { Kind: SyntaxKind.IdentifierName } wrapped)
                    exportedLater[Code(wrapped, text)] = ExportKind.Default;
                continue;
            }

            switch (node.Kind)
            {
                case SyntaxKind.FunctionDeclaration:
                    owners.Add(new Owner(DeclaredName(node, text) ?? "default", ComponentKind.Function, export, statement, node, null));
                    break;
                case SyntaxKind.ClassDeclaration:
                    owners.Add(new Owner(DeclaredName(node, text) ?? "default", ComponentKind.Class, export, statement, null, null));
                    break;
                default:
                    if (export == ExportKind.Default)
                    {
                        var (kind, function) = Classify(node, text);
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

    private static string? DeclaredName(SyntaxNode declaration, string text) => declaration.ChildNode(SyntaxKind.IdentifierName) is { } name ? Code(name, text) : null;

    /// <summary>What kind of component an initializer makes, and the function that receives its props.</summary>
    private static (ComponentKind Kind, SyntaxNode? Function) Classify(SyntaxNode? initializer, string text)
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
                var callee = Code(node.ChildNodes().First(), text);
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

    private static List<ImportModel> ReadImports(SyntaxNode root, string text)
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
                        bindings.Add(new ImportBinding(Code(part, text), "default"));
                        break;
                    case SyntaxKind.NamespaceImport:
                        bindings.Add(new ImportBinding(Code(part.ChildNodes().Last(), text), "*"));
                        break;
                    case SyntaxKind.NamedImports:
                        foreach (var specifier in part.ChildNodes())
                        {
                            var names = specifier.ChildNodes().Select(n => n.Kind == SyntaxKind.LiteralExpression ? JsString.Unquote(Code(n, text)) : Code(n, text)).ToList();
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
    private static (string? Type, List<PropModel> Props) ReadProps(SyntaxNode function, SyntaxNode? variableAnnotation, Lazy<Dictionary<string, SyntaxNode>> types, string text)
    {
        var parameter = function.Kind == SyntaxKind.ArrowFunction && function.ChildNode(SyntaxKind.Parameter) is { } simple
            ? simple
            : function.ChildNode(SyntaxKind.ParameterList)?.ChildNodes().FirstOrDefault(n => n.Kind == SyntaxKind.Parameter);
        SyntaxNode? typeNode = parameter?.ChildNode(SyntaxKind.TypeAnnotation)?.ChildNodes().FirstOrDefault();
        if (typeNode is null && variableAnnotation?.DescendantNodesAndSelf().FirstOrDefault(n => n.Kind == SyntaxKind.TypeArgumentList) is { } typeArguments)
            typeNode = typeArguments.ChildNodes().FirstOrDefault();

        var props = new List<PropModel>();
        var members = typeNode is null ? [] : TypeMembers(typeNode, types, text);
        foreach (var member in members)
            props.Add(member);

        if (parameter?.ChildNode(SyntaxKind.ObjectBindingPattern) is { } pattern)
        {
            foreach (var element in pattern.ChildNodes().Where(n => n.Kind == SyntaxKind.BindingElement))
            {
                var isRest = element.ChildToken(SyntaxKind.DotDotDotToken) is not null;
                var nodes = element.ChildNodes().ToList();
                var name = isRest ? "..." + Code(nodes[0], text) : Code(nodes[0], text);
                var equals = element.ChildToken(SyntaxKind.EqualsToken);
                var defaultValue = equals is null ? null : Code(nodes[^1], text);
                var index = props.FindIndex(p => p.Name == name);
                if (index >= 0)
                    props[index] = props[index] with { Default = defaultValue };
                else
                    props.Add(new PropModel(name, null, defaultValue is not null, defaultValue));
            }
        }
        return (typeNode is null ? null : Code(typeNode, text), props);
    }

    /// <summary>The interfaces and type aliases declared at the top level (exported or not), by name; the first of a name wins.</summary>
    private static Dictionary<string, SyntaxNode> TypeDeclarations(SyntaxNode root, string text)
    {
        var declarations = new Dictionary<string, SyntaxNode>(StringComparer.Ordinal);
        foreach (var node in root.DescendantNodesAndSelf(n => n.Kind is SyntaxKind.SourceFile or SyntaxKind.ExportDeclaration))
        {
            if (node.Kind is SyntaxKind.InterfaceDeclaration or SyntaxKind.TypeAliasDeclaration && DeclaredName(node, text) is { } name)
                declarations.TryAdd(name, node);
        }
        return declarations;
    }

    /// <summary>The members of an object type, following a reference to an interface or type alias in the same file.</summary>
    private static List<PropModel> TypeMembers(SyntaxNode type, Lazy<Dictionary<string, SyntaxNode>> types, string text)
    {
        var literal = type.Kind == SyntaxKind.TypeLiteral ? type : null;
        if (literal is null && type.Kind == SyntaxKind.TypeReference)
            literal = types.Value.GetValueOrDefault(Code(type.ChildNodes().First(), text))?.ChildNode(SyntaxKind.TypeLiteral);
        if (literal is null)
            return [];
        var members = new List<PropModel>();
        foreach (var member in literal.ChildNodes().Where(n => n.Kind is SyntaxKind.PropertySignature or SyntaxKind.MethodSignature))
        {
            var name = Code(member.ChildNodes().First(), text);
            var optional = member.ChildToken(SyntaxKind.QuestionToken) is not null;
            var memberType = member.Kind == SyntaxKind.MethodSignature
                ? Code(member, text)[name.Length..].TrimStart('?').Trim().TrimEnd(';', ',')
                : (member.ChildNode(SyntaxKind.TypeAnnotation)?.ChildNodes().FirstOrDefault() is { } annotation ? Code(annotation, text) : null);
            members.Add(new PropModel(name, memberType, optional, null));
        }
        return members;
    }

    /// <summary>A node's source without its trivia, cut from the text (cheaper than printing the tree).</summary>
    private static string Code(SyntaxNode node, string text) => text.Substring(node.Span.Start, node.Span.Length);
}
