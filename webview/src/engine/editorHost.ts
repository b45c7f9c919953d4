// The canvas inside VS Code: the extension's webview page (extension/src/page/) frames the canvas
// and talks to it with window messages (docs/lsp-extensions.md, "The canvas inside VS Code"). It
// sends the editor's theme (the canvas is a document of its own, so the webview's --vscode-*
// variables do not reach it) and the document to show when the editor switches; the canvas tells
// it which document it shows, and hands it the keys it does not use, so VS Code's shortcuts work
// while the canvas has the keyboard. In a plain browser tab there is no host and none of this runs.

import type { CanvasMessage, ForwardedKey, HostMessage, ThemeKind } from "./hostMessages";

const THEME_KINDS: readonly ThemeKind[] = ["light", "dark", "high-contrast", "high-contrast-light"];

/** A host message, checked field by field; null for anything else (a message from another sender, a malformed one). */
export function readHostMessage(data: unknown): HostMessage | null {
  if (typeof data !== "object" || data === null) return null;
  const message = data as Record<string, unknown>;
  if (message.type === "theme") {
    if (!THEME_KINDS.includes(message.kind as ThemeKind) || typeof message.variables !== "object" || message.variables === null) return null;
    const variables: Record<string, string> = {};
    for (const [name, value] of Object.entries(message.variables)) {
      if (name.startsWith("--vscode-") && typeof value === "string") variables[name] = value;
    }
    return { type: "theme", kind: message.kind as ThemeKind, variables };
  }
  if (message.type === "open") {
    if (typeof message.path !== "string" || message.path === "") return null;
    return { type: "open", path: message.path, component: typeof message.component === "string" && message.component !== "" ? message.component : null };
  }
  return null;
}

/** What applyTheme needs of the page's root element (document.documentElement). */
export interface ThemedElement {
  style: { setProperty(name: string, value: string): void; removeProperty(name: string): string };
  dataset: Record<string, string | undefined>;
}

/**
 * Puts the editor's theme on the canvas page: its --vscode-* variables (app.css builds every colour
 * from them) and data-vscode-theme="light|dark|high-contrast|high-contrast-light". Variables the
 * previous theme had and this one lacks are removed. Returns the names now set.
 */
export function applyTheme(root: ThemedElement, theme: { kind: ThemeKind; variables: Record<string, string> }, previous: Iterable<string> = []): Set<string> {
  const names = new Set(Object.keys(theme.variables));
  for (const name of previous) if (!names.has(name)) root.style.removeProperty(name);
  for (const [name, value] of Object.entries(theme.variables)) root.style.setProperty(name, value);
  root.dataset.vscodeTheme = theme.kind;
  return names;
}

const TEXT_EDITING_KEYS = new Set(["a", "c", "v", "x", "z", "y", "arrowleft", "arrowright", "arrowup", "arrowdown", "home", "end", "backspace", "delete"]);
const CLIPBOARD_KEYS = new Set(["a", "c", "v", "x"]);

/**
 * Whether VS Code should get a key the canvas did not use: function keys, and Ctrl/Cmd chords
 * (Ctrl+P, Ctrl+Shift+P, Ctrl+S, …), except the clipboard keys (the browser handles them in the
 * canvas) and, in a text field, the keys that edit or move in the text.
 */
export function shouldForwardKey(event: Pick<ForwardedKey, "key" | "ctrlKey" | "metaKey">, inTextField: boolean): boolean {
  if (/^F([1-9]|1[0-2])$/.test(event.key)) return true;
  if (!event.ctrlKey && !event.metaKey) return false;
  const key = event.key.toLowerCase();
  if (CLIPBOARD_KEYS.has(key)) return false;
  return !(inTextField && TEXT_EDITING_KEYS.has(key));
}

/** A keydown's fields for the host (a KeyboardEvent itself cannot be posted). */
export function forwardedKey(event: ForwardedKey): ForwardedKey {
  const { key, code, keyCode, ctrlKey, shiftKey, altKey, metaKey, repeat } = event;
  return { key, code, keyCode, ctrlKey, shiftKey, altKey, metaKey, repeat };
}

/** The canvas's side of the conversation with the extension's webview page. */
export interface EditorHost {
  /** Hands a key the canvas did not use to VS Code (see shouldForwardKey); true when it did. */
  forwardKey(event: KeyboardEvent, inTextField: boolean): boolean;
  /** Tells the host which document the canvas shows now (held until the host has spoken). */
  shown(path: string, component: string | null): void;
  /** The canvas is ready to open documents: the last one the host asked for is opened now. */
  started(): void;
}

/**
 * Listens to the webview page around the canvas (the parent window; messages from anyone else are
 * ignored): applies its theme, and opens the documents it names (once started() is called).
 * Returns null in a top-level browser tab, which has no host.
 */
export function connectEditorHost(page: Window, open: (path: string, component: string | null) => Promise<void>): EditorHost | null {
  if (page.parent === page) return null;
  let themed = new Set<string>();
  // Messages go only to the origin the host's own messages came from.
  let hostOrigin: string | null = null;
  let unsent: CanvasMessage | null = null;
  let started = false;
  let waiting: { path: string; component: string | null } | null = null;
  page.addEventListener("message", (event: MessageEvent) => {
    if (event.source !== page.parent) return;
    const message = readHostMessage(event.data);
    if (!message) return;
    hostOrigin = event.origin;
    if (unsent) page.parent.postMessage(unsent, hostOrigin);
    unsent = null;
    if (message.type === "theme") themed = applyTheme(page.document.documentElement, message, themed);
    else if (started) void open(message.path, message.component);
    else waiting = message;
  });
  return {
    forwardKey(event, inTextField) {
      if (hostOrigin === null || !shouldForwardKey(event, inTextField)) return false;
      event.preventDefault();
      const message: CanvasMessage = { type: "key", event: forwardedKey(event) };
      page.parent.postMessage(message, hostOrigin);
      return true;
    },
    shown(path, component) {
      const message: CanvasMessage = { type: "shown", path, component };
      if (hostOrigin === null) unsent = message;
      else page.parent.postMessage(message, hostOrigin);
    },
    started() {
      started = true;
      if (waiting) void open(waiting.path, waiting.component);
      waiting = null;
    },
  };
}
