using OmniOS.Design.Model;
using OmniOS.Design.Source;
using OmniOS.Syntax;

namespace OmniOS.Design;

/// <summary>
/// Reads literal values from source: strings, numbers, booleans, null, and arrays and objects made
/// only of those. Anything else (a call, a variable, a spread) means the value is not literal.
/// </summary>
public static class LiteralReader
{
    private const int MaxItems = 500;

    public static LiteralValue? Read(SyntaxNode expression)
    {
        var node = DesignModelBuilder.Unwrap(expression);
        switch (node.Kind)
        {
            case SyntaxKind.LiteralExpression:
            {
                var token = node.ChildTokens().First();
                return token.Kind switch
                {
                    SyntaxKind.StringLiteralToken => new LiteralString(JsString.Unquote(token.Text)),
                    SyntaxKind.NumericLiteralToken => new LiteralNumber(token.Text),
                    SyntaxKind.TrueKeyword => new LiteralBoolean(true),
                    SyntaxKind.FalseKeyword => new LiteralBoolean(false),
                    SyntaxKind.NullKeyword => new LiteralNull(),
                    _ => null,
                };
            }
            case SyntaxKind.NoSubstitutionTemplateLiteral:
                return new LiteralString(node.ChildTokens().First().Text[1..^1]);
            case SyntaxKind.PrefixUnaryExpression when node.ChildTokens().First().Kind == SyntaxKind.MinusToken && Read(node.ChildNodes().First()) is LiteralNumber number:
                return new LiteralNumber("-" + number.Text);
            case SyntaxKind.ArrayLiteralExpression:
            {
                var items = new List<LiteralValue>();
                foreach (var item in node.ChildNodes())
                {
                    if (items.Count >= MaxItems || Read(item) is not { } value)
                        return null;
                    items.Add(value);
                }
                return new LiteralArray(items);
            }
            case SyntaxKind.ObjectLiteralExpression:
            {
                var properties = new List<KeyValuePair<string, LiteralValue>>();
                foreach (var member in node.ChildNodes())
                {
                    if (member.Kind != SyntaxKind.PropertyAssignment)
                        return null;
                    var parts = member.ChildNodes().ToList();
                    var key = parts[0].Kind switch
                    {
                        SyntaxKind.IdentifierName => JsxSyntax.TokenText(parts[0]),
                        SyntaxKind.LiteralExpression => Read(parts[0]) switch
                        {
                            LiteralString s => s.Value,
                            LiteralNumber n => n.Text,
                            _ => null,
                        },
                        _ => null,
                    };
                    if (key is null || parts.Count < 2 || Read(parts[^1]) is not { } value)
                        return null;
                    properties.Add(new(key, value));
                }
                return new LiteralObject(properties);
            }
            default:
                return null;
        }
    }

    /// <summary>The value written out in JavaScript syntax (for comparing values and for messages).</summary>
    public static string Format(LiteralValue value) => value switch
    {
        LiteralString s => JsString.Quote(s.Value),
        LiteralNumber n => n.Text,
        LiteralBoolean b => b.Value ? "true" : "false",
        LiteralArray a => "[" + string.Join(", ", a.Items.Select(Format)) + "]",
        LiteralObject o => "{" + string.Join(", ", o.Properties.Select(p => JsString.Quote(p.Key) + ": " + Format(p.Value))) + "}",
        _ => "null",
    };

    /// <summary>The literal values of a file's top-level `const` declarations (`const plans = [...]`, exported or not).</summary>
    public static Dictionary<string, LiteralValue> TopLevelConstants(SyntaxNode root)
    {
        var constants = new Dictionary<string, LiteralValue>(StringComparer.Ordinal);
        foreach (var declarator in DataDeclarators(root))
        {
            if (declarator.ChildNodes().First() is { Kind: SyntaxKind.IdentifierName } name && declarator.ChildToken(SyntaxKind.EqualsToken) is not null
                && Read(declarator.ChildNodes().Last()) is { } value)
                constants[JsxSyntax.TokenText(name)] = value;
        }
        return constants;
    }

    /// <summary>Whether a top-level statement declares literal data (an array or object literal): what repeaters read.</summary>
    public static bool DeclaresData(SyntaxNode statement) => DataDeclarators(statement, topLevelOnly: false).Any();

    private static IEnumerable<SyntaxNode> DataDeclarators(SyntaxNode node, bool topLevelOnly = true)
    {
        var statements = topLevelOnly ? node.ChildNodes() : [node];
        foreach (var statement in statements)
        {
            var variable = statement.Kind == SyntaxKind.ExportDeclaration ? statement.ChildNode(SyntaxKind.VariableStatement) : statement.Kind == SyntaxKind.VariableStatement ? statement : null;
            var list = variable?.ChildNode(SyntaxKind.VariableDeclarationList);
            if (list is null || list.ChildTokens().FirstOrDefault().Kind != SyntaxKind.ConstKeyword)
                continue;
            foreach (var declarator in list.ChildNodes().Where(n => n.Kind == SyntaxKind.VariableDeclarator))
            {
                if (declarator.ChildToken(SyntaxKind.EqualsToken) is not null
                    && DesignModelBuilder.Unwrap(declarator.ChildNodes().Last()).Kind is SyntaxKind.ArrayLiteralExpression or SyntaxKind.ObjectLiteralExpression)
                    yield return declarator;
            }
        }
    }
}
