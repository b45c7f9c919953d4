namespace OmniOS.Server.Lsp;

/// <summary>An open document as the editor has it: its text and the version the editor gave it, replaced together.</summary>
public readonly record struct EditorBuffer(string Text, int Version);
