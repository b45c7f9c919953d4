using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using OmniOS.Design;
using OmniOS.Design.Documents;
using OmniOS.Design.Model;
using OmniOS.Design.Problems;
using OmniOS.Server.Canvas;
using OmniOS.Server.Engine;
using OmniOS.Server.JsonRpc;
using OmniOS.Server.Protocol;
using OmniOS.Server.Workspace;
using OmniOS.Syntax;

namespace OmniOS.Server.Lsp;

/// <summary>
/// The language server: LSP over stdio, a thin shell over <see cref="DesignWorkspace"/>. It keeps
/// the editor's buffers as the documents' text, publishes syntax, design and class diagnostics, answers
/// outline, code lens, hover, completion and colour requests (the last three over the project's
/// Tailwind, see <see cref="ProjectStyles"/>), and the `omnios/*` requests (docs/lsp-extensions.md);
/// canvas edits go back to the editor as workspace/applyEdit.
/// </summary>
public sealed class LanguageServer
{
    private static readonly TimeSpan DiagnosticsDelay = TimeSpan.FromMilliseconds(150);

    private readonly JsonRpcPeer _client;
    private readonly TextWriter _log;
    /// <summary>
    /// The editor's buffers as the editor has them. didChange ranges are relative to the editor's text
    /// before the change, which is not the document's text while an edit we asked for is being echoed
    /// (the document has already committed it), so they are resolved against this copy; and the
    /// version published with diagnostics is the one of the text they were computed from.
    /// </summary>
    private readonly ConcurrentDictionary<string, EditorBuffer> _buffers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _uris = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _pendingDiagnostics = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _canvasGate = new(1, 1);
    private CanvasServer? _canvas;
    /// <summary>The canvas endpoint started with the workspace, taken by the first omnios/canvas (null once taken, or if never started).</summary>
    private Task<CanvasServer>? _canvasStarting;
    private DesignWorkspace? _workspace;
    private bool _shutdown;
    private string _trace = "off";
    private ClassCompletionHandler.Support _completionSupport = new(false, false);
    private bool _clientPullsConfiguration;
    private bool _clientWatchesFiles;

    public LanguageServer(IMessageTransport transport, TextWriter log)
    {
        _log = log;
        _client = new JsonRpcPeer(transport) { Log = message => log.WriteLine($"omnios lsp: {message}") };
        _client.OnRequest("initialize", Initialize, mutates: true);
        _client.OnNotification("initialized", Initialized);
        _client.OnRequest("shutdown", (_, _) =>
        {
            _shutdown = true;
            return Task.FromResult<JsonNode?>(null);
        }, mutates: true);
        _client.OnNotification("exit", _ =>
        {
            Exited.TrySetResult(_shutdown ? 0 : 1);
            return Task.CompletedTask;
        });
        _client.OnNotification("$/setTrace", p =>
        {
            _trace = p.TryGetProperty("value", out var value) ? value.GetString() ?? "off" : "off";
            return Task.CompletedTask;
        });
        _client.OnNotification("textDocument/didOpen", DidOpen);
        _client.OnNotification("textDocument/didChange", DidChange);
        _client.OnNotification("textDocument/didClose", DidClose);
        _client.OnNotification("textDocument/didSave", _ => Task.CompletedTask);
        _client.OnRequest("textDocument/documentSymbol", DocumentSymbols, mutates: false);
        _client.OnRequest("textDocument/codeLens", CodeLenses, mutates: false);
        _client.OnRequest("textDocument/hover", (p, _) => Task.FromResult(ClassHoverHandler.Hover(RequiredDocument(p), p, Workspace.Styles)), mutates: false);
        _client.OnRequest("textDocument/completion", (p, _) => Task.FromResult(ClassCompletionHandler.Complete(RequiredDocument(p), p, Workspace.Styles, _completionSupport)), mutates: false);
        _client.OnRequest("completionItem/resolve", (p, _) => Task.FromResult<JsonNode?>(ClassCompletionHandler.Resolve(p, Workspace.Styles, _completionSupport)), mutates: false);
        _client.OnRequest("textDocument/documentColor", (p, _) => Task.FromResult<JsonNode?>(DocumentColorHandler.Colors(RequiredDocument(p), Workspace.Styles)), mutates: false);
        _client.OnRequest("textDocument/colorPresentation", (p, _) => Task.FromResult<JsonNode?>(DocumentColorHandler.Presentations(RequiredDocument(p), p, Workspace.Styles)), mutates: false);
        _client.OnNotification("workspace/didChangeConfiguration", DidChangeConfiguration);
        _client.OnNotification("workspace/didChangeWatchedFiles", DidChangeWatchedFiles);
        _client.OnRequest("omnios/styling", Styling, mutates: false);
        _client.OnRequest("omnios/designModel", DesignModel, mutates: false);
        _client.OnRequest("omnios/canvas", Canvas, mutates: false);
        _client.OnRequest("omnios/applyCommand", ApplyCommand, mutates: true);
        _client.OnRequest("omnios/undo", (p, ct) => Reverse(p, redo: false, ct), mutates: true);
        _client.OnRequest("omnios/redo", (p, ct) => Reverse(p, redo: true, ct), mutates: true);
        _client.OnRequest("omnios/selectElement", SelectElement, mutates: false);
        _client.OnNotification("omnios/cursorMoved", CursorMoved);
    }

    /// <summary>Completes with the exit code when the client sends `exit` (0 after `shutdown`, 1 without).</summary>
    public TaskCompletionSource<int> Exited { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public DesignWorkspace Workspace => _workspace ?? throw new JsonRpcException(JsonRpcException.ServerNotInitialized, "The server is not initialized yet.");

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var reading = _client.RunAsync(cancellationToken);
        var finished = await Task.WhenAny(reading, Exited.Task);
        var canvas = _canvas;
        if (canvas is null && _canvasStarting is { } starting)
        {
            // Started at initialize and never asked for: stopped too (a failed start was logged when it failed).
            canvas = await starting.ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : null, TaskScheduler.Default);
        }
        if (canvas is not null)
            await canvas.DisposeAsync();
        return finished == Exited.Task ? Exited.Task.Result : (_shutdown ? 0 : 1);
    }

    public int? EditorVersion(string path) => _buffers.TryGetValue(path, out var buffer) ? buffer.Version : null;

    /// <summary>
    /// The URI of a document as the editor spelled it (editors percent-encode differently, and some
    /// clients compare URIs as strings); one it never named is built from the path.
    /// </summary>
    public string UriOf(string path) =>
        _uris.TryGetValue(path, out var known) ? known : new Uri(Path.IsPathRooted(path) ? path : Workspace.Files.ToFullPath(path)).AbsoluteUri;

    private string PathOf(string uri)
    {
        var full = Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? parsed.LocalPath : uri;
        var relative = Workspace.Files.ToRelativePath(full);
        var path = relative.StartsWith("..", StringComparison.Ordinal) ? full : relative;
        _uris[path] = uri;
        return path;
    }

    private Task<JsonNode?> Initialize(JsonElement parameters, CancellationToken cancellationToken)
    {
        var root = RootOf(parameters) ?? Environment.CurrentDirectory;
        _workspace = new DesignWorkspace(new WorkspaceFiles(root), null!);
        _workspace.Writer = new EditorWriter(_client, this);
        _workspace.DocumentChanged += (document, _) => ScheduleDiagnostics(document.Path);
        _workspace.Styles.SettingsProblem += message => _ = ShowMessageAsync(2, message);
        _log.WriteLine($"omnios lsp: workspace {root}");
        ReadClientCapabilities(parameters);
        if (parameters.TryGetProperty("initializationOptions", out var options))
            _ = ApplySettingsAsync(options);
        // The editor asks for the canvas as soon as the server runs: Kestrel starts meanwhile, off this thread.
        var workspace = _workspace;
        _canvasStarting = Task.Run(() => StartCanvasAsync(workspace));
        _canvasStarting.ContinueWith(t => _log.WriteLine($"omnios canvas: the endpoint did not start: {t.Exception!.GetBaseException().Message}"), TaskContinuationOptions.OnlyOnFaulted);
        return Task.FromResult<JsonNode?>(new JsonObject
        {
            ["capabilities"] = new JsonObject
            {
                ["textDocumentSync"] = new JsonObject { ["openClose"] = true, ["change"] = 2, ["save"] = new JsonObject { ["includeText"] = false } },
                ["documentSymbolProvider"] = true,
                ["codeLensProvider"] = new JsonObject { ["resolveProvider"] = false },
                ["hoverProvider"] = true,
                ["completionProvider"] = new JsonObject
                {
                    // A new class (space), a variant's end (':'), a utility's next part ('-'), an opening quote or backtick.
                    ["triggerCharacters"] = new JsonArray(" ", ":", "-", "\"", "'", "`"),
                    ["resolveProvider"] = true,
                },
                ["colorProvider"] = true,
                ["experimental"] = new JsonObject { ["omnios"] = new JsonObject { ["canvas"] = true, ["commands"] = true, ["styling"] = true } },
            },
            ["serverInfo"] = new JsonObject { ["name"] = "omnios", ["version"] = typeof(LanguageServer).Assembly.GetName().Version?.ToString(3) },
        });
    }

    private void ReadClientCapabilities(JsonElement parameters)
    {
        if (!parameters.TryGetProperty("capabilities", out var capabilities) || capabilities.ValueKind != JsonValueKind.Object)
            return;
        if (capabilities.TryGetProperty("textDocument", out var textDocument) && textDocument.ValueKind == JsonValueKind.Object
            && textDocument.TryGetProperty("completion", out var completion) && completion.ValueKind == JsonValueKind.Object
            && completion.TryGetProperty("completionItem", out var item) && item.ValueKind == JsonValueKind.Object)
        {
            var insertReplace = item.TryGetProperty("insertReplaceSupport", out var replace) && replace.ValueKind == JsonValueKind.True;
            var markdown = item.TryGetProperty("documentationFormat", out var formats) && formats.ValueKind == JsonValueKind.Array
                && formats.EnumerateArray().Any(f => f.ValueKind == JsonValueKind.String && f.GetString() == "markdown");
            _completionSupport = new ClassCompletionHandler.Support(insertReplace, markdown);
        }
        _clientPullsConfiguration = capabilities.TryGetProperty("workspace", out var workspace) && workspace.ValueKind == JsonValueKind.Object
            && workspace.TryGetProperty("configuration", out var configuration) && configuration.ValueKind == JsonValueKind.True;
        _clientWatchesFiles = workspace.ValueKind == JsonValueKind.Object
            && workspace.TryGetProperty("didChangeWatchedFiles", out var watched) && watched.ValueKind == JsonValueKind.Object
            && watched.TryGetProperty("dynamicRegistration", out var dynamic) && dynamic.ValueKind == JsonValueKind.True;
    }

    /// <summary>
    /// After the handshake: a broken omnios/settings.json is reported at once, and the project's styles are read in
    /// the background once the start is over (the theme then prepares its completion tables), so the first hover or
    /// completion does not wait for them and the first model does not compete with them.
    /// </summary>
    private Task Initialized(JsonElement parameters)
    {
        Workspace.Styles.ReadInBackground(message => _log.WriteLine($"omnios lsp: {message}"));
        if (_clientWatchesFiles)
            _ = WatchFileListAsync(Workspace);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Asks the editor for the files and folders created or deleted in the workspace, and every .gitignore change, so the
    /// workspace lists its documents from a scan it keeps until the next such change (without them it scans every time).
    /// </summary>
    private async Task WatchFileListAsync(DesignWorkspace workspace)
    {
        const int Create = 1, Change = 2, Delete = 4;
        try
        {
            await _client.RequestAsync("client/registerCapability", new JsonObject
            {
                ["registrations"] = new JsonArray(new JsonObject
                {
                    ["id"] = "omnios-file-list",
                    ["method"] = "workspace/didChangeWatchedFiles",
                    ["registerOptions"] = new JsonObject
                    {
                        ["watchers"] = new JsonArray(
                            new JsonObject { ["globPattern"] = "**/*", ["kind"] = Create | Delete },
                            new JsonObject { ["globPattern"] = "**/.gitignore", ["kind"] = Create | Change | Delete }),
                    },
                }),
            }, CancellationToken.None);
            workspace.FileListFollowed = true;
        }
        catch (Exception e) when (e is JsonRpcException or IOException)
        {
            _log.WriteLine($"omnios lsp: the editor does not watch the workspace's files ({e.Message}); documents are listed from a new scan every time");
        }
    }

    /// <summary>workspace/didChangeWatchedFiles: a file created or deleted, or a .gitignore changed, changes the file list; settings are read again.</summary>
    private Task DidChangeWatchedFiles(JsonElement parameters)
    {
        const int Changed = 2;
        if (parameters.TryGetProperty("changes", out var changes) && changes.ValueKind == JsonValueKind.Array
            && changes.EnumerateArray().Any(c => !(c.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.Number && type.GetInt32() == Changed)
                || c.TryGetProperty("uri", out var uri) && uri.ValueKind == JsonValueKind.String && uri.GetString()!.EndsWith("/.gitignore", StringComparison.Ordinal)))
            Workspace.FileListChanged();
        return RereadSettings();
    }

    /// <summary>
    /// workspace/didChangeConfiguration: the settings pushed with it, or, when it carries none, asked for with
    /// workspace/configuration. Like any change it completes before the requests that came after it are answered.
    /// </summary>
    private async Task DidChangeConfiguration(JsonElement parameters)
    {
        if (parameters.TryGetProperty("settings", out var settings) && EditorSettings.TryReadConvention(settings, out _))
        {
            await ApplySettingsAsync(settings);
            return;
        }
        if (!_clientPullsConfiguration)
            return;
        try
        {
            var answer = await _client.RequestAsync("workspace/configuration", new JsonObject
            {
                ["items"] = new JsonArray(new JsonObject { ["section"] = EditorSettings.ConventionSection }),
            }, CancellationToken.None);
            await ApplyConventionAsync(answer.ValueKind == JsonValueKind.Array && answer.GetArrayLength() > 0 ? answer[0] : null);
        }
        catch (Exception e) when (e is JsonRpcException or IOException)
        {
            _log.WriteLine($"omnios lsp: workspace/configuration failed: {e.Message}");
        }
    }

    private Task ApplySettingsAsync(JsonElement settings) =>
        EditorSettings.TryReadConvention(settings, out var convention) ? ApplyConventionAsync(convention) : Task.CompletedTask;

    private async Task ApplyConventionAsync(JsonElement? convention)
    {
        var (setting, problem) = EditorSettings.Convention(convention);
        Workspace.Styles.EditorSetting = setting;
        _log.WriteLine($"omnios lsp: styling convention from the editor: {setting?.ToString().ToLowerInvariant() ?? "none (the project's setting applies)"}");
        if (problem is not null)
            await ShowMessageAsync(2, problem);
        await RereadSettings();
    }

    /// <summary>Reads the convention in effect (omnios/settings.json again if it changed), which reports a broken file through <see cref="ProjectStyles.SettingsProblem"/>.</summary>
    private Task RereadSettings()
    {
        _ = Workspace.Styles.Setting;
        return Task.CompletedTask;
    }

    private async Task ShowMessageAsync(int type, string message)
    {
        _log.WriteLine($"omnios lsp: {message}");
        await _client.NotifyAsync("window/showMessage", new JsonObject { ["type"] = type, ["message"] = message });
    }

    /// <summary>omnios/styling: the convention in effect, what the editor set, whether the project uses Tailwind, and (for a document) the convention its edits follow.</summary>
    private Task<JsonNode?> Styling(JsonElement parameters, CancellationToken cancellationToken)
    {
        var styles = Workspace.Styles;
        var json = new JsonObject
        {
            ["setting"] = styles.Setting.ToString().ToLowerInvariant(),
            ["editorSetting"] = styles.EditorSetting?.ToString().ToLowerInvariant(),
            ["usesTailwind"] = styles.UsesTailwind,
        };
        if (parameters.ValueKind == JsonValueKind.Object && parameters.TryGetProperty("textDocument", out _))
            json["document"] = styles.ConventionOf(RequiredDocument(parameters).Model) == Styles.Conventions.StyleConvention.Classes ? "classes" : "inline";
        return Task.FromResult<JsonNode?>(json);
    }

    private static string? RootOf(JsonElement parameters)
    {
        if (parameters.TryGetProperty("workspaceFolders", out var folders) && folders.ValueKind == JsonValueKind.Array && folders.GetArrayLength() > 0
            && Uri.TryCreate(folders[0].GetProperty("uri").GetString(), UriKind.Absolute, out var folder))
            return folder.LocalPath;
        if (parameters.TryGetProperty("rootUri", out var rootUri) && rootUri.ValueKind == JsonValueKind.String && Uri.TryCreate(rootUri.GetString(), UriKind.Absolute, out var uri))
            return uri.LocalPath;
        return parameters.TryGetProperty("rootPath", out var rootPath) && rootPath.ValueKind == JsonValueKind.String ? rootPath.GetString() : null;
    }

    private async Task DidOpen(JsonElement parameters)
    {
        var document = parameters.GetProperty("textDocument");
        var path = PathOf(document.GetProperty("uri").GetString()!);
        var text = document.GetProperty("text").GetString() ?? "";
        _buffers[path] = new EditorBuffer(text, document.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.Number ? version.GetInt32() : 0);
        await Workspace.OpenFromEditorAsync(path, text);
        ScheduleDiagnostics(path);
    }

    private async Task DidChange(JsonElement parameters)
    {
        var document = parameters.GetProperty("textDocument");
        var path = PathOf(document.GetProperty("uri").GetString()!);
        var buffer = _buffers.TryGetValue(path, out var known) ? known : new EditorBuffer(Workspace.TryGet(path)?.Text ?? "", 0);
        var current = buffer.Text;
        var changes = new List<TextChange>();
        foreach (var change in parameters.GetProperty("contentChanges").EnumerateArray())
        {
            var newText = change.GetProperty("text").GetString() ?? "";
            var span = change.TryGetProperty("range", out var range) ? new LspText(current).SpanOf(range) : new TextSpan(0, current.Length);
            var textChange = new TextChange(span, newText);
            changes.Add(textChange);
            current = textChange.ApplyTo(current);
        }
        var version = document.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : buffer.Version + 1;
        _buffers[path] = new EditorBuffer(current, version);
        await Workspace.ChangeFromEditorAsync(path, changes);
    }

    private async Task DidClose(JsonElement parameters)
    {
        var path = PathOf(parameters.GetProperty("textDocument").GetProperty("uri").GetString()!);
        _buffers.TryRemove(path, out _);
        if (_pendingDiagnostics.TryRemove(path, out var pending))
            pending.Cancel();
        await Workspace.CloseFromEditorAsync(path);
        await _client.NotifyAsync("textDocument/publishDiagnostics", new JsonObject { ["uri"] = UriOf(path), ["diagnostics"] = new JsonArray() });
    }

    /// <summary>Diagnostics follow typing at a short distance, so a burst of keystrokes publishes once.</summary>
    private void ScheduleDiagnostics(string path, int attempt = 0)
    {
        var source = new CancellationTokenSource();
        if (_pendingDiagnostics.TryRemove(path, out var previous))
            previous.Cancel();
        _pendingDiagnostics[path] = source;
        _ = PublishDiagnosticsLaterAsync(path, source, attempt);
    }

    /// <summary>
    /// Publishes the diagnostics of the document's current tree, with the version of the editor's
    /// buffer that has that very text. While the two differ (an edit we asked the editor for is
    /// committed here but its didChange has not come yet) it tries again a moment later; after a few
    /// tries it publishes without a version.
    /// </summary>
    private async Task PublishDiagnosticsLaterAsync(string path, CancellationTokenSource source, int attempt)
    {
        try
        {
            await Task.Delay(DiagnosticsDelay, source.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        _pendingDiagnostics.TryRemove(new KeyValuePair<string, CancellationTokenSource>(path, source));
        if (Workspace.TryGet(path) is not { } document)
            return;
        // Only open documents get diagnostics; a closed one was cleared when it closed.
        if (!_buffers.TryGetValue(path, out var buffer))
            return;
        var tree = document.Tree;
        if (buffer.Text != tree.Text && attempt < 10)
        {
            ScheduleDiagnostics(path, attempt + 1);
            return;
        }
        var text = new LspText(tree.Text);
        var diagnostics = new JsonArray();
        foreach (var d in tree.Diagnostics)
            diagnostics.Add(Diagnostic(text, d.Span, d.Code, d.Message, severity: 1));
        if (tree.Diagnostics.Count == 0)
        {
            // The model of exactly this tree (the document's own may already be a newer one).
            foreach (var problem in DesignLint.Check(DesignModelBuilder.Build(tree, path, Workspace.Files.Resolver)))
                diagnostics.Add(Diagnostic(text, problem.Span, problem.Code, problem.Message, severity: 2));
            foreach (var problem in ClassLint.Check(tree, Workspace.Styles))
            {
                var diagnostic = Diagnostic(text, problem.Span, problem.Code, problem.Message, severity: problem.IsWarning ? 2 : 3);
                if (problem.Related is { } related)
                {
                    diagnostic["relatedInformation"] = new JsonArray(new JsonObject
                    {
                        ["location"] = new JsonObject { ["uri"] = UriOf(path), ["range"] = text.Range(related.Span) },
                        ["message"] = related.Message,
                    });
                }
                diagnostics.Add(diagnostic);
            }
        }
        await _client.NotifyAsync("textDocument/publishDiagnostics", new JsonObject
        {
            ["uri"] = UriOf(path),
            ["version"] = buffer.Text == tree.Text ? buffer.Version : null,
            ["diagnostics"] = diagnostics,
        });
    }

    private static JsonObject Diagnostic(LspText text, TextSpan span, string code, string message, int severity) => new()
    {
        ["range"] = text.Range(span),
        ["severity"] = severity,
        ["code"] = code,
        ["source"] = "omnios",
        ["message"] = message,
    };

    private Task<JsonNode?> DocumentSymbols(JsonElement parameters, CancellationToken cancellationToken)
    {
        var document = RequiredDocument(parameters);
        var text = new LspText(document.Text);
        var symbols = new JsonArray();
        foreach (var component in document.Model.Components)
        {
            symbols.Add(new JsonObject
            {
                ["name"] = component.Name,
                ["detail"] = component.Kind.ToString().ToLowerInvariant() + (component.Export == ExportKind.None ? "" : $", {component.Export.ToString().ToLowerInvariant()} export"),
                ["kind"] = component.IsComponent ? 12 : 13,
                ["range"] = text.Range(component.Span),
                ["selectionRange"] = text.Range(new TextSpan(component.Span.Start, 0)),
                ["children"] = new JsonArray([.. component.Roots.SelectMany(n => Symbols(n, text))]),
            });
        }
        return Task.FromResult<JsonNode?>(symbols);
    }

    /// <summary>The outline of an element tree: elements, with repeaters and conditionals as their own entries.</summary>
    private static IEnumerable<JsonNode> Symbols(DesignNode node, LspText text)
    {
        JsonObject Symbol(string name, string? detail, int kind, TextSpan span, IEnumerable<DesignNode> children) => new()
        {
            ["name"] = name,
            ["detail"] = detail,
            ["kind"] = kind,
            ["range"] = text.Range(span),
            ["selectionRange"] = text.Range(new TextSpan(span.Start, 0)),
            ["children"] = new JsonArray([.. children.SelectMany(c => Symbols(c, text))]),
        };
        switch (node)
        {
            case ElementNode element:
                yield return Symbol(element.Kind == ElementKind.Fragment ? "<>" : $"<{element.Name}>", element.ClassName is { } c ? string.Join(' ', c.Static) : element.Text, element.Kind == ElementKind.Component ? 5 : 8, element.Span, element.Children);
                break;
            case RepeaterNode repeater:
                yield return Symbol($"{repeater.Source}.map", repeater.Item, 18, repeater.Span, repeater.Template);
                break;
            case ConditionalNode conditional:
                yield return Symbol(conditional.Operator == "?:" ? $"{conditional.Condition} ?" : $"{conditional.Condition} {conditional.Operator}", null, 17, conditional.Span, conditional.ChildNodes);
                break;
            case CodeNode code when code.Children.Count > 0:
                foreach (var child in code.Children.SelectMany(c => Symbols(c, text)))
                    yield return child;
                break;
        }
    }

    private Task<JsonNode?> CodeLenses(JsonElement parameters, CancellationToken cancellationToken)
    {
        var document = RequiredDocument(parameters);
        var text = new LspText(document.Text);
        var uri = UriOf(document.Path);
        var lenses = new JsonArray([.. document.Model.Components.Where(c => c.IsComponent).Select(c => (JsonNode)new JsonObject
        {
            ["range"] = text.Range(new TextSpan(c.Span.Start, 0)),
            ["command"] = new JsonObject
            {
                ["title"] = "Open in canvas",
                ["command"] = "omnios.openCanvas",
                ["arguments"] = new JsonArray(uri, c.Name),
            },
        })]);
        return Task.FromResult<JsonNode?>(lenses);
    }

    private Task<JsonNode?> DesignModel(JsonElement parameters, CancellationToken cancellationToken)
    {
        var document = RequiredDocument(parameters);
        var json = DesignModelJson.ToJson(document.Model, document.Tree.Diagnostics);
        json["version"] = EditorVersion(document.Path);
        Workspace.ModelServed();
        return Task.FromResult<JsonNode?>(json);
    }

    /// <summary>Starts the canvas server on first use and registers the origins the editor reaches it through.</summary>
    private async Task<JsonNode?> Canvas(JsonElement parameters, CancellationToken cancellationToken)
    {
        await _canvasGate.WaitAsync(cancellationToken);
        try
        {
            if (_canvas is null)
            {
                // The endpoint started at initialize; if that failed, this request reports why and the next one starts it again.
                var starting = _canvasStarting ?? StartCanvasAsync(Workspace);
                _canvasStarting = null;
                _canvas = await starting;
            }
        }
        finally
        {
            _canvasGate.Release();
        }
        if (parameters.TryGetProperty("allowOrigins", out var origins) && origins.ValueKind == JsonValueKind.Array)
        {
            foreach (var origin in origins.EnumerateArray().Where(o => o.ValueKind == JsonValueKind.String))
                _canvas.Access.AllowOrigin(origin.GetString()!);
        }
        return new JsonObject { ["url"] = _canvas.Url, ["token"] = _canvas.Access.Token, ["port"] = _canvas.Port };
    }

    private async Task<CanvasServer> StartCanvasAsync(DesignWorkspace workspace)
    {
        var canvas = await CanvasServer.StartAsync(workspace, 0, CanvasApp.FindRoot(), message => _log.WriteLine($"omnios canvas: {message}"));
        canvas.ElementSelected += RevealAsync;
        return canvas;
    }

    private async Task<JsonNode?> ApplyCommand(JsonElement parameters, CancellationToken cancellationToken)
    {
        var document = RequiredDocument(parameters);
        if (parameters.GetProperty("textDocument").TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.Number
            && EditorVersion(document.Path) is { } current && current != version.GetInt32())
            return new JsonObject { ["applied"] = false, ["message"] = $"The document is at version {current}, not {version.GetInt32()}; the command was computed against an older text." };
        if (!parameters.TryGetProperty("command", out var commandJson))
            throw JsonRpcException.InvalidParameters("omnios/applyCommand needs \"command\".");
        Design.Commands.DesignCommand command;
        try
        {
            command = CommandJson.Parse(commandJson);
        }
        catch (FormatException e)
        {
            throw JsonRpcException.InvalidParameters($"Invalid command: {e.Message}");
        }
        return Outcome(await Workspace.ExecuteAsync(document.Path, command, cancellationToken));
    }

    private async Task<JsonNode?> Reverse(JsonElement parameters, bool redo, CancellationToken cancellationToken)
    {
        var document = RequiredDocument(parameters);
        var outcome = redo ? await Workspace.RedoAsync(document.Path, cancellationToken) : await Workspace.UndoAsync(document.Path, cancellationToken);
        return Outcome(outcome);
    }

    /// <summary>
    /// `{applied, message?}`. No version: the edit reaches the buffer through workspace/applyEdit, and
    /// the buffer's new version is the one the editor gives it (the engine's own counter means nothing to it).
    /// </summary>
    private static JsonObject Outcome(CommandOutcome outcome)
    {
        var json = new JsonObject { ["applied"] = outcome.Applied };
        if (outcome.Message is not null)
            json["message"] = outcome.Message;
        return json;
    }

    /// <summary>omnios/selectElement: the editor reveals the element's JSX (sent back as omnios/revealRange).</summary>
    private async Task<JsonNode?> SelectElement(JsonElement parameters, CancellationToken cancellationToken)
    {
        var document = RequiredDocument(parameters);
        var id = parameters.TryGetProperty("id", out var value) ? value.GetString() : null;
        var element = id is null ? null : document.Model.ElementById(id) ?? throw JsonRpcException.InvalidParameters($"No element '{id}' in {document.Path}.");
        if (element is not null)
            await RevealAsync(document.Path, id, element.Span);
        return new JsonObject { ["selected"] = id };
    }

    private Task RevealAsync(string path, string? id, TextSpan? span)
    {
        if (span is null || Workspace.TryGet(path) is not { } document)
            return Task.CompletedTask;
        return _client.NotifyAsync("omnios/revealRange", new JsonObject { ["uri"] = UriOf(path), ["range"] = new LspText(document.Text).Range(span.Value), ["id"] = id });
    }

    /// <summary>omnios/cursorMoved: the element under the editor's cursor is highlighted on the canvas.</summary>
    private async Task CursorMoved(JsonElement parameters)
    {
        if (_canvas is null)
            return;
        var document = RequiredDocument(parameters);
        var offset = new LspText(document.Text).OffsetOf(parameters.GetProperty("position"));
        var element = document.Model.Elements().Where(e => e.Span.Start <= offset && offset < e.Span.End).MinBy(e => e.Span.Length);
        await _canvas.SelectAsync(null, document.Path, element?.Id, element?.Span);
    }

    private DesignDocument RequiredDocument(JsonElement parameters)
    {
        if (!parameters.TryGetProperty("textDocument", out var textDocument) || !textDocument.TryGetProperty("uri", out var uri) || uri.ValueKind != JsonValueKind.String)
            throw JsonRpcException.InvalidParameters("\"textDocument.uri\" is needed.");
        var path = PathOf(uri.GetString()!);
        return Workspace.TryGet(path) ?? throw JsonRpcException.InvalidParameters($"{uri.GetString()} is not an open or workspace source document.");
    }
}
