// The webview page's logic, apart from the DOM wiring in main.ts: what to tell the canvas about
// the theme, and where each message goes.
import { readCanvasMessage, readExtensionMessage, type ForwardedKey, type HostMessage, type PageState, type PageToExtension, type ThemeKind } from "./messages";

/** The theme kind VS Code marks the webview's body with. */
export function themeKind(bodyClasses: { contains(name: string): boolean }): ThemeKind {
  if (bodyClasses.contains("vscode-high-contrast-light")) return "high-contrast-light";
  if (bodyClasses.contains("vscode-high-contrast")) return "high-contrast";
  return bodyClasses.contains("vscode-dark") ? "dark" : "light";
}

/** VS Code puts the theme's colours and fonts on the webview's root element as --vscode-* properties. */
export function themeMessage(rootStyle: { readonly length: number; item(index: number): string; getPropertyValue(name: string): string }, bodyClasses: { contains(name: string): boolean }): HostMessage {
  const variables: Record<string, string> = {};
  for (let i = 0; i < rootStyle.length; i++) {
    const name = rootStyle.item(i);
    if (name.startsWith("--vscode-")) variables[name] = rootStyle.getPropertyValue(name).trim();
  }
  return { type: "theme", kind: themeKind(bodyClasses), variables };
}

export type Route =
  | { to: "canvas"; message: HostMessage; state: PageState }
  | { to: "extension"; message: PageToExtension; state: PageState }
  | { to: "keybindings"; event: ForwardedKey };

/**
 * Where a message goes. From the canvas: a key to VS Code's keybindings (re-dispatched in this
 * page, which VS Code's webview forwards to the workbench), the document it shows to the
 * extension. From the extension: the document to show, to the canvas. Both document messages
 * also become the page's saved state. Anything else goes nowhere.
 */
export function route(data: unknown, fromCanvas: boolean): Route | null {
  if (fromCanvas) {
    const message = readCanvasMessage(data);
    if (!message) return null;
    if (message.type === "key") return { to: "keybindings", event: message.event };
    return { to: "extension", message, state: { path: message.path, component: message.component } };
  }
  const message = readExtensionMessage(data);
  return message ? { to: "canvas", message, state: { path: message.path, component: message.component } } : null;
}
