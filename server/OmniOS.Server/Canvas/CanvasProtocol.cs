using System.Text.Json.Nodes;
using OmniOS.Design.Deltas;
using OmniOS.Server.Engine;
using OmniOS.Server.Protocol;
using OmniOS.Syntax;

namespace OmniOS.Server.Canvas;

/// <summary>The canvas protocol's messages, mapped by hand from the engine's records.</summary>
public static class CanvasProtocol
{
    public static JsonArray Documents(IEnumerable<DocumentSummary> documents) => new([.. documents.Select(d => new JsonObject
    {
        ["path"] = d.Path,
        ["components"] = new JsonArray([.. d.Components.Select(c => (JsonNode)c)]),
        ["main"] = d.IsMainPage,
        ["exports"] = new JsonArray([.. d.Exports.Select(e => new JsonObject { ["name"] = e.Name, ["default"] = e.IsDefault })]),
    })]);

    public static JsonObject Outcome(CommandOutcome outcome)
    {
        var json = new JsonObject { ["applied"] = outcome.Applied };
        if (outcome.Message is not null)
            json["message"] = outcome.Message;
        if (outcome.Change is not null)
            json["version"] = outcome.Change.Version;
        return json;
    }

    public static JsonObject DocumentChanged(string path, int version, IReadOnlyList<ElementDelta> deltas, IReadOnlyList<Diagnostic> errors) => new()
    {
        ["path"] = path,
        ["version"] = version,
        ["deltas"] = new JsonArray([.. deltas.Select(Delta)]),
        ["errors"] = new JsonArray([.. errors.Select(DesignModelJson.Error)]),
    };

    public static JsonObject Delta(ElementDelta delta) => delta switch
    {
        ElementAdded a => new JsonObject
        {
            ["op"] = "add",
            ["id"] = a.Element.Id,
            ["parent"] = a.ParentId,
            ["index"] = a.Index,
            ["component"] = a.Component,
            ["element"] = DesignModelJson.Node(a.Element),
        },
        ElementRemoved r => new JsonObject { ["op"] = "remove", ["id"] = r.Id },
        ElementMoved m => new JsonObject { ["op"] = "move", ["from"] = m.FromId, ["id"] = m.Id, ["parent"] = m.ParentId, ["index"] = m.Index },
        ElementUpdated u => new JsonObject
        {
            ["op"] = "update",
            ["id"] = u.Id,
            ["changes"] = new JsonArray([.. u.Changes.Select(c => (JsonNode)c)]),
            ["element"] = DesignModelJson.Node(u.After),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(delta), delta.GetType().Name),
    };
}
