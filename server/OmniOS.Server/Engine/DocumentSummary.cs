namespace OmniOS.Server.Engine;

/// <summary>A file the canvas can show: its workspace path, the components in it, and whether it is the project's main page.</summary>
public sealed record DocumentSummary(string Path, IReadOnlyList<string> Components, bool IsMainPage);
