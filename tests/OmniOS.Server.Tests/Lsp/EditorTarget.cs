using System.Text.Json;
using System.Text.Json.Nodes;
using OmniOS.Server.Tests.Harness;
using StreamJsonRpc;

namespace OmniOS.Server.Tests.Lsp;

/// <summary>
/// What an editor does with the server's requests and notifications: it keeps the open buffers
/// (text and version), applies `workspace/applyEdit` to them like VS Code (refusing an edit made
/// for another version), reports each applied edit back as an incremental `textDocument/didChange`
/// before answering, and records diagnostics and reveal requests.
/// </summary>
public sealed class EditorTarget
{
    private readonly object _lock = new();
    private readonly Dictionary<string, (string Text, int Version)> _buffers = new(StringComparer.Ordinal);

    public StreamJsonRpc.JsonRpc? Rpc { get; set; }

    public MessageLog Diagnostics { get; } = new();

    public MessageLog Reveals { get; } = new();

    /// <summary>Every window/showMessage the server sent.</summary>
    public MessageLog Messages { get; } = new();

    /// <summary>The editor's settings by section, as workspace/configuration answers them (null for a section it does not have).</summary>
    public Dictionary<string, JsonNode?> Settings { get; } = new(StringComparer.Ordinal);

    /// <summary>Every workspace/configuration request the server sent.</summary>
    public MessageLog ConfigurationRequests { get; } = new();

    /// <summary>Every client/registerCapability the server sent (all are accepted).</summary>
    public MessageLog Registrations { get; } = new();

    /// <summary>Every workspace/applyEdit the server sent, applied or not.</summary>
    public MessageLog EditRequests { get; } = new();

    /// <summary>The workspace/applyEdit requests this editor applied.</summary>
    public MessageLog AppliedEdits { get; } = new();

    public (string Text, int Version) Buffer(string uri)
    {
        lock (_lock)
            return _buffers[uri];
    }

    public void SetBuffer(string uri, string text, int version)
    {
        lock (_lock)
            _buffers[uri] = (text, version);
    }

    [JsonRpcMethod("workspace/applyEdit", UseSingleObjectParameterDeserialization = true)]
    public async Task<JsonElement> ApplyEditAsync(JsonElement parameters)
    {
        parameters = parameters.Clone();
        EditRequests.Add(parameters);
        var changed = new List<(string Uri, int Version, JsonArray Changes)>();
        lock (_lock)
        {
            var edit = parameters.GetProperty("edit");
            var documentEdits = new List<(string Uri, int? Version, JsonElement Edits)>();
            if (edit.TryGetProperty("documentChanges", out var documentChanges))
            {
                foreach (var change in documentChanges.EnumerateArray())
                {
                    var textDocument = change.GetProperty("textDocument");
                    var version = textDocument.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : (int?)null;
                    documentEdits.Add((textDocument.GetProperty("uri").GetString()!, version, change.GetProperty("edits")));
                }
            }
            if (edit.TryGetProperty("changes", out var changes))
            {
                foreach (var document in changes.EnumerateObject())
                    documentEdits.Add((document.Name, null, document.Value));
            }
            foreach (var (uri, version, _) in documentEdits)
            {
                if (!_buffers.TryGetValue(uri, out var buffer))
                    return Answer(false, $"{uri} is not open.");
                if (version is { } expected && expected != buffer.Version)
                    return Answer(false, $"{uri} is at version {buffer.Version}, the edit was made for {expected}.");
            }
            foreach (var (uri, _, edits) in documentEdits)
            {
                var (text, version) = _buffers[uri];
                // Non-overlapping edits against the same text: applied last first, each range stays valid for the
                // text it is sent with, as didChange's content changes are applied in order.
                var ordered = edits.EnumerateArray()
                    .Select(e => (Start: Offset(text, e.GetProperty("range").GetProperty("start")), End: Offset(text, e.GetProperty("range").GetProperty("end")), Range: e.GetProperty("range"), NewText: e.GetProperty("newText").GetString()!))
                    .OrderByDescending(e => e.Start)
                    .ToList();
                var contentChanges = new JsonArray();
                foreach (var e in ordered)
                {
                    text = string.Concat(text.AsSpan(0, e.Start), e.NewText, text.AsSpan(e.End));
                    contentChanges.Add(new JsonObject { ["range"] = JsonNode.Parse(e.Range.GetRawText()), ["text"] = e.NewText });
                }
                _buffers[uri] = (text, version + 1);
                changed.Add((uri, version + 1, contentChanges));
            }
        }
        foreach (var (uri, version, contentChanges) in changed)
        {
            await Rpc!.NotifyWithParameterObjectAsync("textDocument/didChange", LspClient.Args(new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
                ["contentChanges"] = contentChanges,
            }));
        }
        AppliedEdits.Add(parameters);
        return Answer(true, null);
    }

    [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
    public void PublishDiagnostics(JsonElement parameters) => Diagnostics.Add(parameters.Clone());

    [JsonRpcMethod("window/showMessage", UseSingleObjectParameterDeserialization = true)]
    public void ShowMessage(JsonElement parameters) => Messages.Add(parameters.Clone());

    [JsonRpcMethod("workspace/configuration", UseSingleObjectParameterDeserialization = true)]
    public JsonElement Configuration(JsonElement parameters)
    {
        ConfigurationRequests.Add(parameters.Clone());
        var values = new JsonArray();
        lock (_lock)
        {
            foreach (var item in parameters.GetProperty("items").EnumerateArray())
                values.Add(Settings.TryGetValue(item.GetProperty("section").GetString()!, out var value) ? value?.DeepClone() : null);
        }
        return JsonSerializer.SerializeToElement(values);
    }

    [JsonRpcMethod("client/registerCapability", UseSingleObjectParameterDeserialization = true)]
    public void RegisterCapability(JsonElement parameters) => Registrations.Add(parameters.Clone());

    [JsonRpcMethod("omnios/revealRange", UseSingleObjectParameterDeserialization = true)]
    public void RevealRange(JsonElement parameters) => Reveals.Add(parameters.Clone());

    private static int Offset(string text, JsonElement position) =>
        TextPositions.OffsetOf(text, position.GetProperty("line").GetInt32(), position.GetProperty("character").GetInt32());

    private static JsonElement Answer(bool applied, string? reason) =>
        JsonSerializer.SerializeToElement(applied ? new JsonObject { ["applied"] = true } : new JsonObject { ["applied"] = false, ["failureReason"] = reason });
}
