using OmniOS.Design.Documents;

namespace OmniOS.Server.Engine;

/// <summary>What happened to a command, an undo or a redo: applied (with the change), or not and why.</summary>
public sealed record CommandOutcome(bool Applied, string? Message, DocumentChange? Change)
{
    public static CommandOutcome Refused(string message) => new(false, message, null);
}
