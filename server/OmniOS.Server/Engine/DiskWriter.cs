using OmniOS.Design.Documents;
using OmniOS.Server.Workspace;
using OmniOS.Storage;
using OmniOS.Syntax;

namespace OmniOS.Server.Engine;

/// <summary>
/// Standalone mode: a change is journaled, then written atomically over the file, then marked done;
/// only then is the command answered, so an acknowledged edit survives a crash at any moment. A
/// file that changed on disk since it was read is not overwritten: the command is refused, and the
/// document picks up the new text.
/// </summary>
public sealed class DiskWriter(WorkspaceFiles files, CommandJournal journal) : IChangeWriter
{
    public Task<string?> WriteAsync(DesignDocument document, PreparedChange change, CancellationToken cancellationToken)
    {
        var full = files.ToFullPath(document.Path);
        var expected = SourceFile.Encode(document.Text);
        byte[] current;
        try
        {
            current = File.ReadAllBytes(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Task.FromResult<string?>($"Cannot read {document.Path}: {e.Message}");
        }
        if (!current.AsSpan().SequenceEqual(expected))
            return Task.FromResult<string?>($"{document.Path} changed on disk; the canvas now shows the new text. Try again.");

        var content = SourceFile.Encode(change.NewText);
        var id = journal.Begin(document.Path, change.Description, ContentHash.Of(current), ContentHash.Of(content), content);
        try
        {
            AtomicFile.Write(full, content);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            journal.Abandon(id, e.Message);
            return Task.FromResult<string?>($"Cannot write {document.Path}: {e.Message}; the file is unchanged.");
        }
        journal.Complete(id);
        return Task.FromResult<string?>(null);
    }

    /// <summary>
    /// After a crash: each pending entry is finished (the file still has its old content: the new
    /// content is written) or closed (the file already has the new content); a file changed since
    /// by someone else is left alone. Temporary files are removed. Returns what it did, one line each.
    /// </summary>
    public static List<string> Recover(WorkspaceFiles files, CommandJournal journal)
    {
        var report = new List<string>();
        foreach (var entry in journal.Pending())
        {
            var full = files.ToFullPath(entry.Path);
            var hash = File.Exists(full) ? ContentHash.Of(File.ReadAllBytes(full)) : "";
            if (hash == entry.AfterHash)
            {
                journal.Complete(entry.Id);
                report.Add($"{entry.Path}: {entry.Operation} was already in place");
            }
            else if (hash == entry.BeforeHash)
            {
                AtomicFile.Write(full, entry.AfterContent);
                journal.Complete(entry.Id);
                report.Add($"{entry.Path}: finished {entry.Operation}");
            }
            else
            {
                journal.Abandon(entry.Id, "the file changed since");
                report.Add($"{entry.Path}: left {entry.Operation} undone (the file changed since)");
            }
        }
        var removed = AtomicFile.RemoveLeftovers(files.Root);
        if (removed > 0)
            report.Add($"removed {removed} temporary file(s)");
        return report;
    }
}
