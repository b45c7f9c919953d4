using System.Text.Json;
using System.Text.Json.Nodes;
using OmniOS.Design.Documents;
using OmniOS.Server.Engine;
using OmniOS.Server.JsonRpc;

namespace OmniOS.Server.Lsp;

/// <summary>
/// Language-server mode: a change is sent to the editor as `workspace/applyEdit`, so it lands in the
/// buffer as an ordinary edit (dirty, undoable, saved when the user saves). The editor then echoes
/// it back as didChange, which the workspace recognises and does not apply twice.
/// </summary>
public sealed class EditorWriter(JsonRpcPeer client, LanguageServer server) : IChangeWriter
{
    public async Task<string?> WriteAsync(DesignDocument document, PreparedChange change, CancellationToken cancellationToken)
    {
        var text = new LspText(document.Text);
        var uri = server.UriOf(document.Path);
        var edits = new JsonArray([.. change.Edits.Select(e => new JsonObject { ["range"] = text.Range(e.Span), ["newText"] = e.NewText })]);
        var parameters = new JsonObject
        {
            ["label"] = $"OmniOS: {change.Description}",
            ["edit"] = new JsonObject
            {
                ["documentChanges"] = new JsonArray(new JsonObject
                {
                    ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = server.EditorVersion(document.Path) },
                    ["edits"] = edits,
                }),
            },
        };
        server.Workspace.ExpectEcho(document.Path, document.Text, change.NewText);
        JsonElement response;
        try
        {
            response = await client.RequestAsync("workspace/applyEdit", parameters, cancellationToken);
        }
        catch (Exception e) when (e is JsonRpcException or IOException)
        {
            server.Workspace.ForgetEcho(document.Path, change.NewText);
            return $"The editor did not apply the change: {e.Message}";
        }
        if (response.ValueKind == JsonValueKind.Object && response.TryGetProperty("applied", out var applied) && applied.ValueKind == JsonValueKind.True)
            return null;
        server.Workspace.ForgetEcho(document.Path, change.NewText);
        var reason = response.ValueKind == JsonValueKind.Object && response.TryGetProperty("failureReason", out var r) ? r.GetString() : null;
        return $"The editor did not apply the change{(reason is null ? "" : ": " + reason)} (has the buffer changed?).";
    }
}
