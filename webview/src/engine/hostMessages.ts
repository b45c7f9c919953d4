// The window messages between the canvas and the VS Code webview page around it (the extension's
// extension/src/page/ uses these types too): documented in docs/lsp-extensions.md, "The canvas
// inside VS Code". Types only, so both sides share one definition.

export type ThemeKind = "light" | "dark" | "high-contrast" | "high-contrast-light";

/** What the canvas shows: a document (workspace-relative path) and optionally one component of it. */
export interface ShownDocument {
  path: string;
  component: string | null;
}

/** The fields of a keydown the page re-dispatches for VS Code's keybindings. */
export interface ForwardedKey {
  key: string;
  code: string;
  keyCode: number;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  repeat: boolean;
}

/** Page → canvas: the editor's theme, or the document to show. */
export type HostMessage = { type: "theme"; kind: ThemeKind; variables: Record<string, string> } | ({ type: "open" } & ShownDocument);

/** Canvas → page: the document it now shows, or a key it did not use. */
export type CanvasMessage = ({ type: "shown" } & ShownDocument) | { type: "key"; event: ForwardedKey };
