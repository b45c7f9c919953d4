namespace OmniOS.Server.Engine;

/// <summary>A file the canvas can show: its workspace path, the components in it, those other files can import, and whether it is the project's main page.</summary>
public sealed record DocumentSummary(string Path, IReadOnlyList<string> Components, bool IsMainPage, IReadOnlyList<ExportedComponent> Exports);

/// <summary>A component another file can import: by this name, as the default export or a named one.</summary>
public sealed record ExportedComponent(string Name, bool IsDefault);
