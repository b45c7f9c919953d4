using OmniOS.Design.Documents;

namespace OmniOS.Server.Engine;

/// <summary>
/// Makes a prepared change real before the document commits it: on disk (standalone) or in the
/// editor's buffer (language server). Returns null on success, else why it could not.
/// </summary>
public interface IChangeWriter
{
    Task<string?> WriteAsync(DesignDocument document, PreparedChange change, CancellationToken cancellationToken);
}
