using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using OmniOS.Design.Documents;
using OmniOS.Design.Model;
using OmniOS.Server.Engine;
using OmniOS.Server.JsonRpc;
using OmniOS.Server.Protocol;
using OmniOS.Styles.Conventions;
using OmniOS.Syntax;

namespace OmniOS.Server.Canvas;

/// <summary>
/// One canvas connection: JSON-RPC over its WebSocket. It answers listDocuments, openDocument,
/// applyCommand, undo, redo, selectElement and the inspector's elementStyles, themeScales and
/// setElementStyle, and pushes documentChanged (at most one per 16 ms
/// per document, with the deltas since the last one it sent) and selectionChanged.
/// </summary>
public sealed class CanvasSession : IDisposable
{
    private static readonly TimeSpan FrameInterval = TimeSpan.FromMilliseconds(16);

    private readonly JsonRpcPeer _peer;
    private readonly DesignWorkspace _workspace;
    private readonly CanvasServer _server;
    private readonly object _lock = new();
    private readonly Dictionary<string, Subscription> _subscriptions = new(StringComparer.Ordinal);

    /// <summary>What the canvas has of a document, and what it has not been sent yet.</summary>
    private sealed class Subscription(DesignModel sent)
    {
        public DesignModel Sent { get; set; } = sent;

        public (int Version, DesignModel Model, IReadOnlyList<Diagnostic> Errors)? Latest { get; set; }

        public long LastSentTicks { get; set; }

        public bool Scheduled { get; set; }
    }

    public CanvasSession(IMessageTransport transport, DesignWorkspace workspace, CanvasServer server)
    {
        _workspace = workspace;
        _server = server;
        _peer = new JsonRpcPeer(transport) { Log = server.Log };
        _peer.OnRequest("listDocuments", (_, _) => Task.FromResult<JsonNode?>(CanvasProtocol.Documents(_workspace.ListDocuments())), mutates: false);
        _peer.OnRequest("listStyles", (_, _) => Task.FromResult<JsonNode?>(CanvasProtocol.Styles(_workspace.ListStyles())), mutates: false);
        _peer.OnRequest("openDocument", OpenDocument, mutates: true);
        _peer.OnRequest("applyCommand", ApplyCommand, mutates: true);
        _peer.OnRequest("undo", (p, ct) => Reverse(p, redo: false, ct), mutates: true);
        _peer.OnRequest("redo", (p, ct) => Reverse(p, redo: true, ct), mutates: true);
        _peer.OnRequest("selectElement", SelectElement, mutates: false);
        _peer.OnRequest("elementStyles", ElementStyles, mutates: false);
        _peer.OnRequest("themeScales", (_, _) => Task.FromResult<JsonNode?>(CanvasProtocol.ThemeScales(_workspace.Styles.Tailwind.Scales)), mutates: false);
        _peer.OnRequest("setElementStyle", SetElementStyle, mutates: true);
        _workspace.DocumentChanged += OnDocumentChanged;
    }

    public Task RunAsync(CancellationToken cancellationToken) => _peer.RunAsync(cancellationToken);

    public void Dispose() => _workspace.DocumentChanged -= OnDocumentChanged;

    /// <summary>Tells this canvas an element was selected elsewhere (the editor's cursor, another canvas).</summary>
    public Task SendSelectionAsync(string path, string? id) =>
        _peer.NotifyAsync("selectionChanged", new JsonObject { ["path"] = path, ["id"] = id });

    /// <summary>
    /// openDocument {path}: the document's model, with in <c>uses</c> the models of the project files whose
    /// components its instances draw (and theirs) that this canvas has not opened: it needs them to draw the
    /// document, and gets them in this answer rather than one round trip per level of components. Every
    /// model sent is followed with deltas from then on.
    /// </summary>
    private Task<JsonNode?> OpenDocument(JsonElement parameters, CancellationToken cancellationToken)
    {
        var path = RequiredPath(parameters);
        var document = _workspace.TryGet(path) ?? throw JsonRpcException.InvalidParameters($"No source file '{path}' in the workspace.");
        var (json, served) = Serve(path, document);
        var uses = new JsonArray();
        var pending = new Queue<DesignModel>([served]);
        while (pending.TryDequeue(out var model))
        {
            foreach (var used in model.Elements().Select(e => e.Component?.Path).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                bool opened;
                lock (_lock)
                    opened = _subscriptions.ContainsKey(used);
                if (opened || _workspace.TryGet(used) is not { } usedDocument)
                    continue;
                var (usedJson, usedModel) = Serve(used, usedDocument);
                uses.Add(usedJson);
                pending.Enqueue(usedModel);
            }
        }
        if (uses.Count > 0)
            json["uses"] = uses;
        _workspace.ModelServed();
        return Task.FromResult<JsonNode?>(json);
    }

    /// <summary>
    /// A document's model as sent to the canvas, which from then on gets its deltas: the model is read once, so the
    /// deltas start from exactly the model sent.
    /// </summary>
    private (JsonObject Json, DesignModel Model) Serve(string path, DesignDocument document)
    {
        var version = document.Version;
        var tree = document.Tree;
        var model = document.LastGoodModel;
        var json = DesignModelJson.ToJson(model, tree.Diagnostics);
        json["version"] = version;
        lock (_lock)
            _subscriptions[path] = new Subscription(model);
        return (json, model);
    }

    /// <summary>
    /// applyCommand {path, command, version?}: the command addresses elements by offset (`at`, `parent`)
    /// as `omnios apply` does, or by element id (`id`, `parentId`), which the canvas prefers: ids follow
    /// the deltas it receives, offsets would need the text. With `version`, a command computed against
    /// an older version of the document is refused rather than applied to the wrong element.
    /// </summary>
    private async Task<JsonNode?> ApplyCommand(JsonElement parameters, CancellationToken cancellationToken)
    {
        var path = RequiredPath(parameters);
        if (!parameters.TryGetProperty("command", out var commandJson))
            throw JsonRpcException.InvalidParameters("applyCommand needs \"command\".");
        var document = _workspace.TryGet(path);
        if (document is not null && parameters.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.Number && version.GetInt32() != document.Version)
            return new JsonObject { ["applied"] = false, ["message"] = $"{path} changed (version {document.Version}, not {version.GetInt32()}); the canvas is catching up, try again.", ["version"] = document.Version };
        Design.Commands.DesignCommand command;
        try
        {
            command = CommandJson.Parse(document is null ? commandJson : ResolveIds(commandJson, document));
        }
        catch (FormatException e)
        {
            throw JsonRpcException.InvalidParameters($"Invalid command: {e.Message}");
        }
        return CanvasProtocol.Outcome(await _workspace.ExecuteAsync(path, command, cancellationToken));
    }

    /// <summary>Turns `id` and `parentId` into the `at` and `parent` offsets of the document's current text.</summary>
    private static JsonElement ResolveIds(JsonElement command, DesignDocument document)
    {
        if (command.ValueKind != JsonValueKind.Object || !(command.TryGetProperty("id", out _) || command.TryGetProperty("parentId", out _)))
            return command;
        var json = JsonNode.Parse(command.GetRawText())!.AsObject();
        foreach (var (idField, offsetField) in new[] { ("id", "at"), ("parentId", "parent") })
        {
            if (json[idField] is not JsonValue value || !value.TryGetValue<string>(out var id))
                continue;
            var element = document.Model.ElementById(id) ?? throw JsonRpcException.InvalidParameters($"No element '{id}' in {document.Path}.");
            json.Remove(idField);
            json[offsetField] = element.Span.Start;
        }
        return JsonDocument.Parse(json.ToJsonString()).RootElement.Clone();
    }

    private async Task<JsonNode?> Reverse(JsonElement parameters, bool redo, CancellationToken cancellationToken)
    {
        var path = RequiredPath(parameters);
        var outcome = redo ? await _workspace.RedoAsync(path, cancellationToken) : await _workspace.UndoAsync(path, cancellationToken);
        return CanvasProtocol.Outcome(outcome);
    }

    private async Task<JsonNode?> SelectElement(JsonElement parameters, CancellationToken cancellationToken)
    {
        var path = RequiredPath(parameters);
        var id = parameters.TryGetProperty("id", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        var document = _workspace.TryGet(path) ?? throw JsonRpcException.InvalidParameters($"No source file '{path}' in the workspace.");
        var element = id is null ? null : document.Model.ElementById(id);
        if (id is not null && element is null)
            throw JsonRpcException.InvalidParameters($"No element '{id}' in {path}.");
        await _server.SelectAsync(this, path, id, element?.Span);
        return new JsonObject { ["selected"] = id };
    }

    /// <summary>elementStyles {path, id, properties, variant?}: what the inspector shows for an element at a variant.</summary>
    private Task<JsonNode?> ElementStyles(JsonElement parameters, CancellationToken cancellationToken)
    {
        var path = RequiredPath(parameters);
        var document = _workspace.TryGet(path) ?? throw JsonRpcException.InvalidParameters($"No source file '{path}' in the workspace.");
        var (version, model) = (document.Version, document.Model);
        var element = ElementOf(model, path, RequiredString(parameters, "id"));
        if (!parameters.TryGetProperty("properties", out var list) || list.ValueKind != JsonValueKind.Array || list.EnumerateArray().Any(p => p.ValueKind != JsonValueKind.String || p.GetString()!.Trim().Length == 0))
            throw JsonRpcException.InvalidParameters("\"properties\" must be an array of CSS property names.");
        var styles = _workspace.Styles.Inspect(model, element, list.EnumerateArray().Select(p => p.GetString()!), Variant(parameters));
        var json = CanvasProtocol.ElementStyles(styles);
        json["id"] = element.Id;
        json["version"] = version;
        return Task.FromResult<JsonNode?>(json);
    }

    /// <summary>
    /// setElementStyle {path, id, property, value, variant?, version?}: an inspector change, planned in the element's
    /// convention when its turn comes and run as one replaceClasses or setStyle command (or refused with the plan's reason).
    /// </summary>
    private async Task<JsonNode?> SetElementStyle(JsonElement parameters, CancellationToken cancellationToken)
    {
        var path = RequiredPath(parameters);
        var id = RequiredString(parameters, "id");
        var property = RequiredString(parameters, "property");
        var value = parameters.TryGetProperty("value", out var v) && v.ValueKind != JsonValueKind.Null
            ? v.ValueKind == JsonValueKind.String ? v.GetString() : throw JsonRpcException.InvalidParameters("\"value\" must be a string, or null to remove the property.")
            : null;
        var variant = Variant(parameters);
        int? expected = parameters.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.Number ? version.GetInt32() : null;
        if (_workspace.TryGet(path) is { } current)
            ElementOf(current.Model, path, id);
        StyleChange? planned = null;
        var outcome = await _workspace.ExecuteAsync(path, document =>
        {
            if (expected is { } wanted && wanted != document.Version)
                return (null, $"{path} changed (version {document.Version}, not {wanted}); the canvas is catching up, try again.");
            if (document.Model.ElementById(id) is not { } element)
                return (null, $"No element '{id}' in {path}.");
            planned = _workspace.Styles.Plan(document.Model, element, property, value, variant);
            return (ProjectStyles.CommandFor(planned, element), (planned as RefusedChange)?.Reason);
        }, cancellationToken);
        var json = CanvasProtocol.Outcome(outcome);
        if (outcome.Applied && planned is not null)
            json["change"] = CanvasProtocol.StyleChange(planned);
        return json;
    }

    private static ElementNode ElementOf(DesignModel model, string path, string id) =>
        model.ElementById(id) ?? throw JsonRpcException.InvalidParameters($"No element '{id}' in {path}.");

    /// <summary>The optional `variant` (`md`, `hover`, `md:hover`); one Tailwind does not know is a bad parameter.</summary>
    private string? Variant(JsonElement parameters)
    {
        if (!parameters.TryGetProperty("variant", out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        var variant = value.ValueKind == JsonValueKind.String ? value.GetString()! : throw JsonRpcException.InvalidParameters("\"variant\" must be a string such as \"md\" or \"md:hover\".");
        return _workspace.Styles.IsKnownVariant(variant) ? variant : throw JsonRpcException.InvalidParameters($"Unknown variant '{variant}'.");
    }

    private static string RequiredString(JsonElement parameters, string name) =>
        parameters.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Trim().Length > 0
            ? value.GetString()!
            : throw JsonRpcException.InvalidParameters($"\"{name}\" (a string) is needed.");

    private static string RequiredPath(JsonElement parameters) =>
        parameters.ValueKind == JsonValueKind.Object && parameters.TryGetProperty("path", out var path) && path.ValueKind == JsonValueKind.String
            ? path.GetString()!
            : throw JsonRpcException.InvalidParameters("\"path\" (a workspace-relative path) is needed.");

    private void OnDocumentChanged(DesignDocument document, DocumentChange change)
    {
        TimeSpan delay;
        lock (_lock)
        {
            if (!_subscriptions.TryGetValue(document.Path, out var subscription))
                return;
            subscription.Latest = (document.Version, document.LastGoodModel, document.Tree.Diagnostics);
            if (subscription.Scheduled)
                return;
            subscription.Scheduled = true;
            var sinceLast = Stopwatch.GetElapsedTime(subscription.LastSentTicks);
            delay = sinceLast >= FrameInterval ? TimeSpan.Zero : FrameInterval - sinceLast;
        }
        _ = SendChangesAsync(document.Path, delay);
    }

    /// <summary>Sends what changed since the last message for this document, no sooner than a frame after it.</summary>
    private async Task SendChangesAsync(string path, TimeSpan delay)
    {
        if (delay > TimeSpan.Zero)
            await Task.Delay(delay);
        JsonObject message;
        lock (_lock)
        {
            if (!_subscriptions.TryGetValue(path, out var subscription) || subscription.Latest is not { } latest)
                return;
            var deltas = Design.Deltas.ModelDiff.Compute(subscription.Sent, latest.Model);
            subscription.Sent = latest.Model;
            subscription.Latest = null;
            subscription.Scheduled = false;
            subscription.LastSentTicks = Stopwatch.GetTimestamp();
            message = CanvasProtocol.DocumentChanged(path, latest.Version, deltas, latest.Errors);
        }
        await _peer.NotifyAsync("documentChanged", message);
    }
}
