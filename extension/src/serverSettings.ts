/** A configuration reader (vscode.WorkspaceConfiguration for the "omnios" section, or a test double). */
export interface SettingsReader {
  get(key: string): unknown;
}

/** The editor's settings as the server reads them, in initializationOptions and workspace/didChangeConfiguration (docs/lsp-extensions.md, "Settings"). */
export interface ServerSettings {
  omnios: { styling: { convention: string | null } };
}

/** The settings the server takes, read from the "omnios" section; a convention that is not a string is left to the project (null). */
export function serverSettings(omnios: SettingsReader): ServerSettings {
  const convention = omnios.get("styling.convention");
  return { omnios: { styling: { convention: typeof convention === "string" ? convention : null } } };
}

/** Whether a configuration change concerns the server's settings (and must be sent to it). */
export function affectsServerSettings(event: { affectsConfiguration(section: string): boolean }): boolean {
  return event.affectsConfiguration("omnios.styling");
}
