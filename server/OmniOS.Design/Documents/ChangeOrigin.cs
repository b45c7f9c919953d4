namespace OmniOS.Design.Documents;

/// <summary>Where a change to a document came from. Only commands enter the undo history.</summary>
public enum ChangeOrigin
{
    Command,
    Undo,
    Redo,

    /// <summary>Typing in the editor.</summary>
    User,

    /// <summary>Another program changed the file on disk.</summary>
    Disk,

    /// <summary>A collaborator.</summary>
    Remote,
}
