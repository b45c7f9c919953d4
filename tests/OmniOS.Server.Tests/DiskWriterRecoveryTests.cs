using System.Text;
using OmniOS.Server.Engine;
using OmniOS.Server.Workspace;
using OmniOS.Storage;

namespace OmniOS.Server.Tests;

/// <summary>What <see cref="DiskWriter.Recover"/> does with each state a crash can leave a journal entry in.</summary>
public sealed class DiskWriterRecoveryTests : IDisposable
{
    private const string Path1 = "components/A.tsx";
    private static readonly byte[] Before = Encoding.UTF8.GetBytes("export const A = () => <p>old</p>;\n");
    private static readonly byte[] After = Encoding.UTF8.GetBytes("export const A = () => <p>new</p>;\n");

    private readonly string _root = Directory.CreateTempSubdirectory("omnios-recover-").FullName;
    private readonly WorkspaceFiles _files;
    private readonly CommandJournal _journal;

    public DiskWriterRecoveryTests()
    {
        _files = new WorkspaceFiles(_root);
        Directory.CreateDirectory(Path.Combine(_root, "components"));
        _journal = CommandJournal.Open(Path.Combine(_root, ".omnios", "omnios.db"));
    }

    public void Dispose()
    {
        _journal.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public void A_pending_entry_whose_file_still_has_the_old_content_is_finished()
    {
        File.WriteAllBytes(_files.ToFullPath(Path1), Before);
        var id = Begin();

        var report = DiskWriter.Recover(_files, _journal);

        Assert.Equal(After, File.ReadAllBytes(_files.ToFullPath(Path1)));
        Assert.Equal("done", State(id));
        Assert.Contains(report, line => line.Contains("finished", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pending_entry_whose_file_already_has_the_new_content_is_just_closed()
    {
        File.WriteAllBytes(_files.ToFullPath(Path1), After);
        var written = File.GetLastWriteTimeUtc(_files.ToFullPath(Path1));
        var id = Begin();

        var report = DiskWriter.Recover(_files, _journal);

        Assert.Equal(After, File.ReadAllBytes(_files.ToFullPath(Path1)));
        Assert.Equal(written, File.GetLastWriteTimeUtc(_files.ToFullPath(Path1)));
        Assert.Equal("done", State(id));
        Assert.Contains(report, line => line.Contains("already in place", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pending_entry_whose_file_changed_since_is_left_alone_and_marked_abandoned()
    {
        var theirs = Encoding.UTF8.GetBytes("export const A = () => <p>someone else's</p>;\n");
        File.WriteAllBytes(_files.ToFullPath(Path1), theirs);
        var id = Begin();

        var report = DiskWriter.Recover(_files, _journal);

        Assert.Equal(theirs, File.ReadAllBytes(_files.ToFullPath(Path1)));
        Assert.Equal("abandoned", State(id));
        Assert.Empty(_journal.Pending());
        Assert.Contains(report, line => line.Contains("changed since", StringComparison.Ordinal));
    }

    [Fact]
    public void Entries_are_recovered_in_order_and_temporary_files_of_a_crash_are_removed()
    {
        File.WriteAllBytes(_files.ToFullPath(Path1), Before);
        var third = Encoding.UTF8.GetBytes("export const A = () => <p>third</p>;\n");
        var first = Begin();
        var second = _journal.Begin(Path1, "setText", ContentHash.Of(After), ContentHash.Of(third), third);
        var leftover = Path.Combine(_root, "components", "." + Path.GetFileName(Path1) + AtomicFile.TemporaryMarker + "0123abcd");
        File.WriteAllBytes(leftover, After[..10]);

        DiskWriter.Recover(_files, _journal);

        Assert.Equal(third, File.ReadAllBytes(_files.ToFullPath(Path1)));
        Assert.Equal(("done", "done"), (State(first), State(second)));
        Assert.False(File.Exists(leftover));
        Assert.Empty(DiskWriter.Recover(_files, _journal));
    }

    private long Begin() => _journal.Begin(Path1, "setText", ContentHash.Of(Before), ContentHash.Of(After), After);

    private string State(long id) => _journal.Recent(100).Single(e => e.Id == id).State;
}
