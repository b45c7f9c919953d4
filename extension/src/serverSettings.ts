/** Where a setting is set: vscode.WorkspaceConfiguration.inspect's answer, or a test double's. */
export interface SettingScopes {
  globalValue?: unknown;
  workspaceValue?: unknown;
  workspaceFolderValue?: unknown;
}

/** A configuration reader (vscode.WorkspaceConfiguration for the "omnios" section, or a test double). */
export interface SettingsReader {
  inspect(key: string): SettingScopes | undefined;
}

/** The editor's settings as the server reads them, in initializationOptions and workspace/didChangeConfiguration (docs/lsp-extensions.md, "Settings"). */
export interface ServerSettings {
  omnios: { styling: { convention: string | null } };
}

/**
 * The settings the server takes, read from the "omnios" section. The convention goes only when the user set it in
 * some scope: left at its default, it is null, so the project's omnios/settings.json decides; a value that is not
 * a string is null too.
 */
export function serverSettings(omnios: SettingsReader): ServerSettings {
  const scopes = omnios.inspect("styling.convention");
  const convention = scopes?.workspaceFolderValue ?? scopes?.workspaceValue ?? scopes?.globalValue;
  return { omnios: { styling: { convention: typeof convention === "string" ? convention : null } } };
}

/** Whether a configuration change concerns the server's settings (and must be sent to it). */
export function affectsServerSettings(event: { affectsConfiguration(section: string): boolean }): boolean {
  return event.affectsConfiguration("omnios.styling");
}
