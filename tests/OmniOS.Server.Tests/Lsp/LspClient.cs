using System.Text.Json;
using System.Text.Json.Nodes;
using OmniOS.Server.Tests.Harness;
using StreamJsonRpc;

namespace OmniOS.Server.Tests.Lsp;

/// <summary>
/// An independent LSP client (StreamJsonRpc: Content-Length framing, System.Text.Json) attached to
/// the real `omnios lsp --stdio` process, with a temp copy of the example project as its workspace.
/// </summary>
public sealed class LspClient : IAsyncDisposable
{
    private LspClient(ExampleWorkspace workspace, OmniosProcess server, StreamJsonRpc.JsonRpc rpc, EditorTarget editor)
    {
        Workspace = workspace;
        Server = server;
        Rpc = rpc;
        Editor = editor;
    }

    public ExampleWorkspace Workspace { get; }

    public OmniosProcess Server { get; }

    public StreamJsonRpc.JsonRpc Rpc { get; }

    public EditorTarget Editor { get; }

    /// <summary>The answer to `initialize`.</summary>
    public JsonElement Initialized { get; private set; }

    /// <summary>Starts the server on a fresh copy of the example, attaches the client, and runs initialize/initialized.</summary>
    /// <param name="prepare">Changes the copy of the example before the server starts (stylesheets, settings).</param>
    /// <param name="initializationOptions">What the editor sends as initializationOptions.</param>
    public static async Task<LspClient> StartAsync(string? folderName = null, Action<ExampleWorkspace>? prepare = null, JsonObject? initializationOptions = null)
    {
        var workspace = new ExampleWorkspace(folderName);
        prepare?.Invoke(workspace);
        var server = OmniosProcess.Start("lsp", "--stdio");
        var editor = new EditorTarget();
        var rpc = new StreamJsonRpc.JsonRpc(new HeaderDelimitedMessageHandler(server.Process.StandardInput.BaseStream, server.Process.StandardOutput.BaseStream, new SystemTextJsonFormatter()));
        rpc.AddLocalRpcTarget(editor);
        editor.Rpc = rpc;
        rpc.StartListening();
        var client = new LspClient(workspace, server, rpc, editor);
        var rootUri = client.Uri("").TrimEnd('/');
        client.Initialized = await client.RequestAsync("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["clientInfo"] = new JsonObject { ["name"] = "omnios-protocol-tests" },
            ["rootUri"] = rootUri,
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = rootUri, ["name"] = "landing-page" }),
            ["initializationOptions"] = initializationOptions,
            ["capabilities"] = new JsonObject
            {
                ["workspace"] = new JsonObject
                {
                    ["applyEdit"] = true,
                    ["workspaceEdit"] = new JsonObject { ["documentChanges"] = true },
                    ["configuration"] = true,
                    ["didChangeWatchedFiles"] = new JsonObject { ["dynamicRegistration"] = true },
                },
                ["textDocument"] = new JsonObject
                {
                    ["synchronization"] = new JsonObject { ["didSave"] = true },
                    ["publishDiagnostics"] = new JsonObject { ["versionSupport"] = true, ["relatedInformation"] = true },
                    ["completion"] = new JsonObject
                    {
                        ["completionItem"] = new JsonObject { ["insertReplaceSupport"] = true, ["documentationFormat"] = new JsonArray("markdown", "plaintext") },
                    },
                },
            },
        });
        await client.NotifyAsync("initialized", new JsonObject());
        return client;
    }

    /// <summary>Named params for StreamJsonRpc: it sends an IReadOnlyDictionary's entries as the params object.</summary>
    public static Dictionary<string, object?> Args(JsonObject parameters) =>
        parameters.ToDictionary(p => p.Key, p => (object?)JsonSerializer.SerializeToElement(p.Value));

    /// <summary>
    /// A file URI spelled as VS Code spells it (vscode-uri): every path segment percent-encoded but for
    /// letters, digits and -._~ — stricter than .NET's Uri, so the server must echo URIs, not rebuild them.
    /// </summary>
    public string Uri(string relative)
    {
        var full = Path.Combine(Workspace.Root, relative).Replace(Path.DirectorySeparatorChar, '/');
        return "file://" + string.Join('/', full.Split('/').Select(System.Uri.EscapeDataString));
    }

    public Task<JsonElement> RequestAsync(string method, JsonObject parameters) =>
        Server.Within(Rpc.InvokeWithParameterObjectAsync<JsonElement>(method, Args(parameters)), $"the answer to {method}");

    public Task NotifyAsync(string method, JsonObject parameters) =>
        Server.Within(Rpc.NotifyWithParameterObjectAsync(method, Args(parameters)), $"sending {method}");

    /// <summary>didOpen with the file's text on disk (or <paramref name="text"/>), version 1; returns the document's URI.</summary>
    public async Task<string> OpenAsync(string relative, string? text = null)
    {
        var uri = Uri(relative);
        text ??= Workspace.Read(relative);
        Editor.SetBuffer(uri, text, 1);
        await NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "typescriptreact", ["version"] = 1, ["text"] = text },
        });
        return uri;
    }

    /// <summary>Types into the buffer: replaces [start, end) (offsets in the current text) and sends the incremental didChange; returns the new version.</summary>
    public async Task<int> ChangeAsync(string uri, int start, int end, string newText)
    {
        var (text, version) = Editor.Buffer(uri);
        var (startLine, startCharacter) = TextPositions.PositionOf(text, start);
        var (endLine, endCharacter) = TextPositions.PositionOf(text, end);
        Editor.SetBuffer(uri, string.Concat(text.AsSpan(0, start), newText, text.AsSpan(end)), version + 1);
        await NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version + 1 },
            ["contentChanges"] = new JsonArray(new JsonObject
            {
                ["range"] = new JsonObject
                {
                    ["start"] = new JsonObject { ["line"] = startLine, ["character"] = startCharacter },
                    ["end"] = new JsonObject { ["line"] = endLine, ["character"] = endCharacter },
                },
                ["text"] = newText,
            }),
        });
        return version + 1;
    }

    /// <summary>The diagnostics published for <paramref name="uri"/> at <paramref name="version"/>.</summary>
    public async Task<JsonElement> DiagnosticsAsync(string uri, int version)
    {
        var published = await Server.Within(
            Editor.Diagnostics.FirstAsync(d => d.GetProperty("uri").GetString() == uri && d.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number && v.GetInt32() == version),
            $"textDocument/publishDiagnostics for {uri} at version {version}");
        return published.GetProperty("diagnostics");
    }

    public async ValueTask DisposeAsync()
    {
        Rpc.Dispose();
        Server.Dispose();
        Workspace.Dispose();
        await Task.CompletedTask;
    }
}
