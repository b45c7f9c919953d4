namespace OmniOS.Storage;

/// <summary>A journal entry: which file, what operation (as the caller described it), the content hashes before and after, and the new content.</summary>
public sealed record JournalEntry(long Id, string Path, string Operation, string BeforeHash, string AfterHash, byte[] AfterContent);
