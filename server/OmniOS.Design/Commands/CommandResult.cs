using OmniOS.Syntax;

namespace OmniOS.Design.Commands;

/// <summary>What a command did: edits and the tree they produce, or a refusal that left the text untouched.</summary>
public abstract record CommandResult;

/// <summary>The command applied: <see cref="Edits"/> (relative to the text before it) give <see cref="Tree"/>.</summary>
public sealed record CommandApplied(IReadOnlyList<TextEdit> Edits, SyntaxTree Tree) : CommandResult;

/// <summary>The command could not apply; <see cref="Message"/> says why.</summary>
public sealed record CommandRefused(string Message) : CommandResult;

/// <summary>A reason to refuse, raised deep inside a command and turned into <see cref="CommandRefused"/> by the engine.</summary>
public sealed class CommandRefusedException(string message) : Exception(message);
