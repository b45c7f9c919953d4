using System.Collections.Concurrent;
using OmniOS.Design;
using OmniOS.Design.Commands;
using OmniOS.Design.Documents;
using OmniOS.Design.Model;
using OmniOS.Server.Workspace;
using OmniOS.Syntax;

namespace OmniOS.Server.Engine;

/// <summary>
/// The documents of one workspace and the one way to change them. Changes to a document are
/// serialised; a command is prepared, made durable by the <see cref="IChangeWriter"/>, then
/// committed, and everyone listening hears of it through <see cref="DocumentChanged"/>.
/// Documents are loaded from disk on first use, or come from the editor's buffers when the editor
/// has them open (then the buffer, not the disk, is the truth).
/// </summary>
public sealed class DesignWorkspace
{
    private static readonly string[] MainPages = ["app/page.tsx", "app/page.jsx", "src/app/page.tsx", "pages/index.tsx", "pages/index.jsx", "src/pages/index.tsx", "src/App.tsx", "src/App.jsx", "App.tsx"];

    private readonly ConcurrentDictionary<string, DesignDocument> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _editorOwned = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<(string Before, string After)>> _echoes = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _firstModelServed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    /// <summary>Each listed document's summary with the model it was read from (a new model, a new summary; null: no JSX).</summary>
    private readonly ConcurrentDictionary<string, (DesignModel Model, DocumentSummary? Summary)> _summaries = new(StringComparer.Ordinal);
    /// <summary>The project's source files as last scanned, with the <see cref="_fileListVersion"/> they were scanned at.</summary>
    private volatile Tuple<int, List<string>>? _sourcePaths;
    private int _fileListVersion;

    public DesignWorkspace(WorkspaceFiles files, IChangeWriter writer)
    {
        Files = files;
        Writer = writer;
        Styles = new ProjectStyles(this);
    }

    public WorkspaceFiles Files { get; }

    /// <summary>The project's Tailwind theme and styling convention.</summary>
    public ProjectStyles Styles { get; }

    public IChangeWriter Writer { get; set; }

    /// <summary>Completes when a client (a canvas, the editor) has been given a document's model for the first time: the start is over.</summary>
    public Task FirstModelServed => _firstModelServed.Task;

    /// <summary>A client was given a document's model (canvas openDocument, omnios/designModel).</summary>
    public void ModelServed() => _firstModelServed.TrySetResult();

    /// <summary>Raised after every committed change to a document (commands, undo, typing, disk).</summary>
    public event Action<DesignDocument, DocumentChange>? DocumentChanged;

    /// <summary>
    /// Whether someone tells this workspace of the files created, deleted or renamed in it (<see cref="FileListChanged"/>:
    /// the disk watcher of <c>omnios serve</c>, the editor's watched-file events): then the project is scanned once and
    /// again after each such change, not on every <see cref="ListDocuments"/>.
    /// </summary>
    public bool FileListFollowed { get; set; }

    /// <summary>A file or folder was created, deleted or renamed, or a .gitignore changed: the next listing scans the project again.</summary>
    public void FileListChanged() => Interlocked.Increment(ref _fileListVersion);

    /// <summary>Every source file with JSX, the main page first.</summary>
    public List<DocumentSummary> ListDocuments()
    {
        var summaries = new List<DocumentSummary>();
        foreach (var path in SourcePaths())
        {
            if (TryGet(path) is not { } document)
                continue;
            var model = document.Model;
            if (!_summaries.TryGetValue(path, out var known) || known.Model != model)
            {
                known = (model, Summarize(path, document.Tree, model));
                _summaries[path] = known;
            }
            if (known.Summary is { } summary)
                summaries.Add(summary);
        }
        var main = MainPages.FirstOrDefault(m => summaries.Any(s => s.Path == m)) ?? summaries.FirstOrDefault()?.Path;
        return summaries.Select(s => s with { IsMainPage = s.Path == main }).OrderBy(s => s.IsMainPage ? 0 : 1).ThenBy(s => s.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>A source file's entry in the listing; null when it has no JSX.</summary>
    private static DocumentSummary? Summarize(string path, SyntaxTree tree, DesignModel model)
    {
        if (!tree.Root.DescendantNodesAndSelf().Any(JsxSyntax.IsElement))
            return null;
        var components = model.Components.Where(c => c.IsComponent).ToList();
        var exports = components.Where(c => c.Export != Design.Model.ExportKind.None && c.Name != "default")
            .Select(c => new ExportedComponent(c.Name, c.Export == Design.Model.ExportKind.Default)).ToList();
        return new DocumentSummary(path, components.Select(c => c.Name).ToList(), false, exports);
    }

    /// <summary>The project's source files: scanned on every call unless the file list is followed, then once per change to it.</summary>
    private List<string> SourcePaths()
    {
        if (!FileListFollowed)
            return ProjectScanner.Scan(Files.Root);
        // The version is read before the scan: a change during the scan leaves a list that is already out of date.
        var version = Volatile.Read(ref _fileListVersion);
        if (_sourcePaths is { } cached && cached.Item1 == version)
            return cached.Item2;
        var scanned = ProjectScanner.Scan(Files.Root);
        _sourcePaths = Tuple.Create(version, scanned);
        return scanned;
    }

    /// <summary>The stylesheets the project's source files import (`import "./globals.css"`), with their text.</summary>
    public List<(string Path, string Css)> ListStyles()
    {
        var styles = new List<(string, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var summary in ListDocuments())
        {
            var document = TryGet(summary.Path);
            foreach (var import in document?.Model.Imports ?? [])
            {
                if (!import.Source.EndsWith(".css", StringComparison.OrdinalIgnoreCase))
                    continue;
                var directory = summary.Path.Contains('/') ? summary.Path[..summary.Path.LastIndexOf('/')] : "";
                var path = import.Source.StartsWith('.') ? Design.ModuleResolver.Combine(directory, import.Source) : null;
                if (path is null || !seen.Add(path) || path.StartsWith("..", StringComparison.Ordinal))
                    continue;
                var full = Files.ToFullPath(path);
                if (File.Exists(full))
                    styles.Add((path, File.ReadAllText(full)));
            }
        }
        return styles;
    }

    /// <summary>The document at a workspace path, loaded from disk if needed; null if it is not a readable source file in the workspace.</summary>
    public DesignDocument? TryGet(string path)
    {
        if (_documents.TryGetValue(path, out var existing))
            return existing;
        if (!IsWorkspaceSourcePath(path))
            return null;
        var full = Files.ToFullPath(path);
        if (!File.Exists(full))
            return null;
        string text;
        try
        {
            text = SourceFile.Decode(File.ReadAllBytes(full), out var valid);
            if (!valid)
                return null;
        }
        catch (IOException)
        {
            return null;
        }
        return _documents.GetOrAdd(path, _ => new DesignDocument(path, text, Files.Resolver));
    }

    public bool IsEditorOwned(string path) => _editorOwned.ContainsKey(path);

    public Task<CommandOutcome> ExecuteAsync(string path, DesignCommand command, CancellationToken cancellationToken) =>
        ChangeAsync(path, document => document.Prepare(command), cancellationToken);

    /// <summary>
    /// Runs the command that <paramref name="plan"/> works out from the document as it is when its turn comes (after
    /// the changes before it), or refuses with the plan's reason; for commands computed from the document's content.
    /// </summary>
    public Task<CommandOutcome> ExecuteAsync(string path, Func<DesignDocument, (DesignCommand? Command, string? Refused)> plan, CancellationToken cancellationToken) =>
        ChangeAsync(path, document =>
        {
            var (command, refused) = plan(document);
            return command is null ? (null, refused ?? "Nothing to change.") : document.Prepare(command);
        }, cancellationToken);

    public Task<CommandOutcome> UndoAsync(string path, CancellationToken cancellationToken) =>
        ChangeAsync(path, document => document.PrepareUndo(), cancellationToken);

    public Task<CommandOutcome> RedoAsync(string path, CancellationToken cancellationToken) =>
        ChangeAsync(path, document => document.PrepareRedo(), cancellationToken);

    /// <summary>The editor opened a file: its buffer becomes the truth for this document.</summary>
    public Task OpenFromEditorAsync(string path, string text) => WithGateAsync(path, () =>
    {
        _editorOwned[path] = true;
        _echoes.TryRemove(path, out _);
        if (_documents.TryGetValue(path, out var document))
            Publish(document, document.ReplaceText(text, ChangeOrigin.User));
        else
            _documents[path] = new DesignDocument(path, text, Files.Resolver);
    });

    /// <summary>
    /// The editor changed a buffer: typing, or the echo of an edit we asked it to apply (already
    /// committed here, so it is recognised by the text it produces and not applied twice).
    /// </summary>
    public Task ChangeFromEditorAsync(string path, IReadOnlyList<TextChange> changes) => WithGateAsync(path, () =>
    {
        if (!_documents.TryGetValue(path, out var document))
            return;
        if (_echoes.TryGetValue(path, out var echoes) && echoes.TryDequeue(out var echo))
        {
            var produced = changes.Aggregate(echo.Before, (text, change) => change.ApplyTo(text));
            if (produced == echo.After && document.Text == echo.After)
                return;
            echoes.Clear();
            Publish(document, document.ReplaceText(produced, ChangeOrigin.User));
            return;
        }
        Publish(document, document.ApplyTextChanges(changes, ChangeOrigin.User));
    });

    /// <summary>The editor is about to apply an edit from <paramref name="before"/> to <paramref name="after"/>; its didChange will echo it.</summary>
    public void ExpectEcho(string path, string before, string after) =>
        _echoes.GetOrAdd(path, _ => new ConcurrentQueue<(string, string)>()).Enqueue((before, after));

    /// <summary>The editor refused the edit: no echo will come.</summary>
    public void ForgetEcho(string path, string after)
    {
        if (!_echoes.TryGetValue(path, out var echoes))
            return;
        var kept = echoes.Where(e => e.After != after).ToList();
        echoes.Clear();
        foreach (var echo in kept)
            echoes.Enqueue(echo);
    }

    /// <summary>The editor closed a file: the disk is the truth again.</summary>
    public Task CloseFromEditorAsync(string path) => WithGateAsync(path, () =>
    {
        _editorOwned.TryRemove(path, out _);
        ReloadFromDiskLocked(path);
    });

    /// <summary>The file changed on disk (another program, or a save): the document follows unless the editor owns it.</summary>
    public Task ReloadFromDiskAsync(string path) => WithGateAsync(path, () =>
    {
        if (!_editorOwned.ContainsKey(path))
            ReloadFromDiskLocked(path);
    });

    private void ReloadFromDiskLocked(string path)
    {
        if (!_documents.TryGetValue(path, out var document))
            return;
        var full = Files.ToFullPath(path);
        if (!File.Exists(full))
            return;
        string text;
        try
        {
            text = SourceFile.Decode(File.ReadAllBytes(full), out _);
        }
        catch (IOException)
        {
            return;
        }
        if (text != document.Text)
            Publish(document, document.ReplaceText(text, ChangeOrigin.Disk));
    }

    private async Task<CommandOutcome> ChangeAsync(string path, Func<DesignDocument, (PreparedChange? Change, string? Refused)> prepare, CancellationToken cancellationToken)
    {
        var document = TryGet(path);
        if (document is null)
            return CommandOutcome.Refused($"No source file '{path}' in the workspace.");
        var gate = Gate(path);
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (!_editorOwned.ContainsKey(path))
                ReloadFromDiskLocked(path);
            (PreparedChange? Change, string? Refused) prepared;
            try
            {
                prepared = prepare(document);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A command that throws leaves the document as it was.
                return CommandOutcome.Refused($"The change failed and nothing was changed: {e.Message}");
            }
            if (prepared.Change is not { } change)
                return CommandOutcome.Refused(prepared.Refused!);
            if (change.Edits.Count == 0)
                return new CommandOutcome(true, null, document.Commit(change));
            var problem = await Writer.WriteAsync(document, change, cancellationToken);
            if (problem is not null)
                return CommandOutcome.Refused(problem);
            var committed = document.Commit(change);
            Publish(document, committed);
            return new CommandOutcome(true, null, committed);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task WithGateAsync(string path, Action action)
    {
        var gate = Gate(path);
        await gate.WaitAsync();
        try
        {
            action();
        }
        finally
        {
            gate.Release();
        }
    }

    private SemaphoreSlim Gate(string path) => _gates.GetOrAdd(path, _ => new SemaphoreSlim(1, 1));

    private void Publish(DesignDocument document, DocumentChange change)
    {
        if (change.Edits.Count > 0)
            DocumentChanged?.Invoke(document, change);
    }

    /// <summary>A relative, '/'-separated path to a source file inside the workspace (no escaping with '..').</summary>
    private bool IsWorkspaceSourcePath(string path) =>
        path.Length > 0 && !path.StartsWith('/') && !path.Contains('\\') && !path.Split('/').Any(p => p is "" or "." or "..")
        && ProjectScanner.IsSourceFile(path) && !ProjectScanner.IsExcluded(Files.Root, path);
}
