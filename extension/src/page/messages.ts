// The window messages around the canvas inside VS Code (documented in docs/lsp-extensions.md,
// "The canvas inside VS Code"). Three parties: the extension (Node, the extension host), the
// webview page it renders (page/main.ts), and the canvas app the page frames (webview/, served by
// the OmniOS server; its side is webview/src/engine/editorHost.ts, and the messages between the
// page and the canvas are typed once, in webview/src/engine/hostMessages.ts).

import type { CanvasMessage, ForwardedKey, ShownDocument } from "../../../webview/src/engine/hostMessages";

export type { CanvasMessage, ForwardedKey, HostMessage, ShownDocument, ThemeKind } from "../../../webview/src/engine/hostMessages";

/** Extension → page: show this document (the editor switched, or "Open Canvas" named one). */
export type ExtensionToPage = { type: "open" } & ShownDocument;

/** Page → extension: the canvas now shows this document (whoever switched it). */
export type PageToExtension = { type: "shown" } & ShownDocument;

/** The page's saved state (vscode.setState), which the panel serializer gets back after a reload. */
export interface PageState {
  path: string | null;
  component: string | null;
}

function record(data: unknown): Record<string, unknown> | null {
  return typeof data === "object" && data !== null ? (data as Record<string, unknown>) : null;
}

function shownDocument(message: Record<string, unknown>): ShownDocument | null {
  if (typeof message.path !== "string" || message.path === "") return null;
  return { path: message.path, component: typeof message.component === "string" && message.component !== "" ? message.component : null };
}

/** An `open` from the extension, or null. */
export function readExtensionMessage(data: unknown): ExtensionToPage | null {
  const message = record(data);
  const shown = message?.type === "open" ? shownDocument(message) : null;
  return shown ? { type: "open", ...shown } : null;
}

/** A `shown` from the page, or null (the extension checks what a webview sends). */
export function readPageMessage(data: unknown): PageToExtension | null {
  const message = record(data);
  const shown = message?.type === "shown" ? shownDocument(message) : null;
  return shown ? { type: "shown", ...shown } : null;
}

const KEY_FLAGS = ["ctrlKey", "shiftKey", "altKey", "metaKey", "repeat"] as const;

/** A `key` or `shown` from the canvas, or null. */
export function readCanvasMessage(data: unknown): CanvasMessage | null {
  const message = record(data);
  if (message?.type === "shown") {
    const shown = shownDocument(message);
    return shown ? { type: "shown", ...shown } : null;
  }
  const event = message?.type === "key" ? record(message.event) : null;
  if (!event || typeof event.key !== "string" || typeof event.code !== "string" || typeof event.keyCode !== "number") return null;
  if (!KEY_FLAGS.every((flag) => typeof event[flag] === "boolean")) return null;
  const { key, code, keyCode, ctrlKey, shiftKey, altKey, metaKey, repeat } = event as unknown as ForwardedKey;
  return { type: "key", event: { key, code, keyCode, ctrlKey, shiftKey, altKey, metaKey, repeat } };
}
