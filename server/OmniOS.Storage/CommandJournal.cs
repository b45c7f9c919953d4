using Microsoft.Data.Sqlite;

namespace OmniOS.Storage;

/// <summary>
/// The journal of every change the server writes to a user's file, in SQLite (WAL, fully synced).
/// A change is recorded as pending, with the file's content before and after, before the file is
/// touched, and marked done once the new content is in place. After a crash, <see cref="Pending"/>
/// tells what was half done; the content hashes say whether the file already has the new text.
/// </summary>
public sealed class CommandJournal : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly object _lock = new();

    private CommandJournal(SqliteConnection connection) => _connection = connection;

    public static CommandJournal Open(string databasePath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL;");
        Execute(connection, "PRAGMA synchronous=FULL;");
        Execute(connection, """
            CREATE TABLE IF NOT EXISTS journal (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              at TEXT NOT NULL,
              path TEXT NOT NULL,
              operation TEXT NOT NULL,
              before_hash TEXT NOT NULL,
              after_hash TEXT NOT NULL,
              after_content BLOB NOT NULL,
              state TEXT NOT NULL CHECK (state IN ('pending', 'done', 'abandoned')),
              note TEXT
            );
            CREATE INDEX IF NOT EXISTS journal_pending ON journal(state) WHERE state = 'pending';
            """);
        return new CommandJournal(connection);
    }

    /// <summary>Records a change about to be written; returns its id. Committed (durably) before it returns.</summary>
    public long Begin(string path, string operation, string beforeHash, string afterHash, byte[] afterContent)
    {
        lock (_lock)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = """
                INSERT INTO journal (at, path, operation, before_hash, after_hash, after_content, state)
                VALUES ($at, $path, $operation, $before, $after, $content, 'pending');
                SELECT last_insert_rowid();
                """;
            command.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O"));
            command.Parameters.AddWithValue("$path", path);
            command.Parameters.AddWithValue("$operation", operation);
            command.Parameters.AddWithValue("$before", beforeHash);
            command.Parameters.AddWithValue("$after", afterHash);
            command.Parameters.AddWithValue("$content", afterContent);
            return (long)command.ExecuteScalar()!;
        }
    }

    public void Complete(long id) => SetState(id, "done", null);

    public void Abandon(long id, string reason) => SetState(id, "abandoned", reason);

    public IReadOnlyList<JournalEntry> Pending()
    {
        lock (_lock)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT id, path, operation, before_hash, after_hash, after_content FROM journal WHERE state = 'pending' ORDER BY id;";
            using var reader = command.ExecuteReader();
            var entries = new List<JournalEntry>();
            while (reader.Read())
                entries.Add(new JournalEntry(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), (byte[])reader[5]));
            return entries;
        }
    }

    /// <summary>The most recent entries, newest first (for inspection and tests).</summary>
    public IReadOnlyList<(long Id, string Path, string Operation, string State)> Recent(int count)
    {
        lock (_lock)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT id, path, operation, state FROM journal ORDER BY id DESC LIMIT $count;";
            command.Parameters.AddWithValue("$count", count);
            using var reader = command.ExecuteReader();
            var entries = new List<(long, string, string, string)>();
            while (reader.Read())
                entries.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
            return entries;
        }
    }

    public void Dispose() => _connection.Dispose();

    private void SetState(long id, string state, string? note)
    {
        lock (_lock)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "UPDATE journal SET state = $state, note = $note WHERE id = $id;";
            command.Parameters.AddWithValue("$state", state);
            command.Parameters.AddWithValue("$note", (object?)note ?? DBNull.Value);
            command.Parameters.AddWithValue("$id", id);
            command.ExecuteNonQuery();
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
