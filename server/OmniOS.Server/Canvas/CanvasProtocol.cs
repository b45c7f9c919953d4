using System.Text.Json.Nodes;
using OmniOS.Design.Deltas;
using OmniOS.Server.Engine;
using OmniOS.Server.Protocol;
using OmniOS.Styles.Conventions;
using OmniOS.Styles.Theme;
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

    /// <summary>The project's stylesheets, as <c>listStyles</c> answers.</summary>
    public static JsonArray Styles(IEnumerable<(string Path, string Css)> sheets) => new([.. sheets.Select(s => new JsonObject { ["path"] = s.Path, ["css"] = s.Css })]);

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

    /// <summary>An element's inspector styles: `{variant, convention, classesEditable, inlineEditable, properties: {name: {value, class?, inline?, inherited, writes, refused?}}}`.</summary>
    public static JsonObject ElementStyles(ElementStyles styles)
    {
        var properties = new JsonObject();
        foreach (var p in styles.Properties)
        {
            var json = new JsonObject { ["value"] = p.Value };
            if (p.ClassName is not null)
                json["class"] = p.ClassName;
            if (p.Inline is not null)
                json["inline"] = p.Inline.Key;
            json["inherited"] = p.Inherited;
            json["writes"] = p.Target.Convention is { } convention ? Convention(convention) : null;
            if (p.Target.Refusal is not null)
                json["refused"] = p.Target.Refusal;
            properties[p.Property] = json;
        }
        return new JsonObject
        {
            ["variant"] = styles.Variant,
            ["convention"] = Convention(styles.FileConvention),
            ["classesEditable"] = styles.ClassesEditable,
            ["inlineEditable"] = styles.InlineEditable,
            ["properties"] = properties,
        };
    }

    /// <summary>A theme's palette and scales, each step `{name, value, px?, project}`.</summary>
    public static JsonObject ThemeScales(ThemeScales scales) => new()
    {
        ["colors"] = Steps(scales.Colors),
        ["spacing"] = Steps(scales.Spacing),
        ["fontSizes"] = Steps(scales.FontSizes),
        ["fontWeights"] = Steps(scales.FontWeights),
        ["lineHeights"] = Steps(scales.LineHeights),
        ["letterSpacings"] = Steps(scales.LetterSpacings),
        ["radii"] = Steps(scales.Radii),
        ["shadows"] = Steps(scales.Shadows),
        ["breakpoints"] = Steps(scales.Breakpoints),
    };

    /// <summary>What an inspector change wrote: `{kind: "classes", remove, add}` or `{kind: "inline", property, value}`.</summary>
    public static JsonObject? StyleChange(StyleChange change) => change switch
    {
        ClassChange c => new JsonObject
        {
            ["kind"] = "classes",
            ["remove"] = new JsonArray([.. c.Edit.Remove.Select(r => (JsonNode)r)]),
            ["add"] = new JsonArray([.. c.Edit.Add.Select(a => (JsonNode)a)]),
        },
        InlineChange i => new JsonObject { ["kind"] = "inline", ["property"] = i.Property, ["value"] = i.Value },
        _ => null,
    };

    private static string Convention(StyleConvention convention) => convention == StyleConvention.Inline ? "inline" : "classes";

    private static JsonArray Steps(IReadOnlyList<ScaleStep> steps) => new([.. steps.Select(step =>
    {
        var json = new JsonObject { ["name"] = step.Name, ["value"] = step.Value };
        if (step.Pixels is { } px)
            json["px"] = px;
        json["project"] = step.Project;
        return (JsonNode)json;
    })]);
}
