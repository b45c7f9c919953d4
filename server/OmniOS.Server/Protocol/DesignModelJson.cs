using System.Text.Json.Nodes;
using OmniOS.Design.Model;
using OmniOS.Syntax;

namespace OmniOS.Server.Protocol;

/// <summary>
/// The design model on the wire (`omnios design`, the canvas's `openDocument`, LSP
/// `omnios/designModel`), mapped by hand so the model itself knows nothing of JSON.
/// </summary>
public static class DesignModelJson
{
    public static JsonObject ToJson(DesignModel model, IReadOnlyList<Diagnostic> diagnostics) => new()
    {
        ["path"] = model.Path,
        ["ok"] = diagnostics.Count == 0,
        ["errors"] = new JsonArray([.. diagnostics.Select(Error)]),
        ["imports"] = new JsonArray([.. model.Imports.Select(i => new JsonObject
        {
            ["source"] = i.Source,
            ["typeOnly"] = i.TypeOnly,
            ["bindings"] = new JsonArray([.. i.Bindings.Select(b => new JsonObject { ["local"] = b.Local, ["imported"] = b.Imported })]),
        })]),
        ["components"] = new JsonArray([.. model.Components.Select(Component)]),
    };

    public static JsonObject Error(Diagnostic d) => new()
    {
        ["message"] = d.Message,
        ["code"] = d.Code,
        ["start"] = d.Span.Start,
        ["end"] = d.Span.End,
        ["line"] = d.Line,
        ["column"] = d.Column,
    };

    private static JsonObject Component(ComponentModel c) => new()
    {
        ["name"] = c.Name,
        ["kind"] = Camel(c.Kind.ToString()),
        ["export"] = Camel(c.Export.ToString()),
        ["isComponent"] = c.IsComponent,
        ["start"] = c.Span.Start,
        ["end"] = c.Span.End,
        ["propsType"] = c.PropsType,
        ["props"] = new JsonArray([.. c.Props.Select(p => new JsonObject
        {
            ["name"] = p.Name,
            ["type"] = p.Type,
            ["optional"] = p.Optional,
            ["default"] = p.Default,
        })]),
        ["roots"] = Nodes(c.Roots),
    };

    public static JsonArray Nodes(IEnumerable<DesignNode> nodes) => new([.. nodes.Select(Node)]);

    public static JsonObject Node(DesignNode node)
    {
        var json = node switch
        {
            ElementNode e => Element(e),
            TextNode t => new JsonObject { ["type"] = "text", ["text"] = t.Text },
            BindingNode b => new JsonObject { ["type"] = "binding", ["path"] = b.Path, ["code"] = b.Code },
            SlotNode s => new JsonObject { ["type"] = "slot", ["name"] = s.Name, ["code"] = s.Code },
            RepeaterNode r => new JsonObject
            {
                ["type"] = "repeater",
                ["source"] = r.Source,
                ["item"] = r.Item,
                ["index"] = r.Index,
                ["key"] = r.Key,
                ["code"] = r.Code,
                ["items"] = r.Items is null ? null : new JsonArray([.. r.Items.Select(Literal)]),
                ["template"] = Nodes(r.Template),
            },
            ConditionalNode c => new JsonObject
            {
                ["type"] = "conditional",
                ["operator"] = c.Operator,
                ["condition"] = c.Condition,
                ["code"] = c.Code,
                ["then"] = Nodes(c.Then),
                ["else"] = Nodes(c.Else),
            },
            CodeNode c => new JsonObject { ["type"] = "code", ["code"] = c.Code, ["children"] = Nodes(c.Children) },
            _ => throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name),
        };
        json["start"] = node.Span.Start;
        json["end"] = node.Span.End;
        return json;
    }

    private static JsonObject Element(ElementNode e)
    {
        var json = new JsonObject
        {
            ["type"] = "element",
            ["id"] = e.Id,
            ["kind"] = Camel(e.Kind.ToString()),
            ["name"] = e.Name,
            ["selfClosing"] = e.SelfClosing,
        };
        if (e.Component is { } component)
            json["component"] = new JsonObject { ["path"] = component.Path, ["module"] = component.Module, ["export"] = component.Export };
        json["attributes"] = new JsonArray([.. e.Attributes.Select(a => new JsonObject
        {
            ["name"] = a.Name,
            ["kind"] = Camel(a.Kind.ToString()),
            ["value"] = a.Value,
            ["code"] = a.Code,
            ["editable"] = a.IsEditable,
            ["event"] = a.IsEvent,
            ["start"] = a.Span.Start,
            ["end"] = a.Span.End,
            ["elements"] = Nodes(a.Elements),
        })]);
        json["className"] = e.ClassName is { } classes
            ? new JsonObject
            {
                ["form"] = Camel(classes.Form.ToString()),
                ["editable"] = classes.IsEditable,
                ["static"] = new JsonArray([.. classes.Static.Select(c => (JsonNode)c)]),
                ["dynamic"] = new JsonArray([.. classes.Dynamic.Select(c => (JsonNode)c)]),
            }
            : null;
        json["style"] = e.Style is { } style
            ? new JsonObject
            {
                ["editable"] = style.IsObjectLiteral,
                ["properties"] = new JsonArray([.. style.Properties.Select(p => new JsonObject
                {
                    ["name"] = p.Name,
                    ["value"] = p.Value,
                    ["code"] = p.Code,
                    ["editable"] = p.IsEditable,
                })]),
            }
            : null;
        json["events"] = new JsonArray([.. e.Events.Select(n => (JsonNode)n)]);
        json["text"] = e.Text;
        json["children"] = Nodes(e.Children);
        return json;
    }

    public static JsonNode? Literal(LiteralValue value) => value switch
    {
        LiteralString s => JsonValue.Create(s.Value),
        LiteralNumber n => double.TryParse(n.Text.Replace("_", "", StringComparison.Ordinal), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number) : JsonValue.Create(n.Text),
        LiteralBoolean b => JsonValue.Create(b.Value),
        LiteralArray a => new JsonArray([.. a.Items.Select(Literal)]),
        LiteralObject o => o.Properties.Aggregate(new JsonObject(), (json, p) =>
        {
            // A key written twice: the last one wins, as in JavaScript.
            json[p.Key] = Literal(p.Value);
            return json;
        }),
        _ => null,
    };

    private static string Camel(string pascal) => char.ToLowerInvariant(pascal[0]) + pascal[1..];
}
