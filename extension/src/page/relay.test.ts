import assert from "node:assert/strict";
import { test } from "node:test";
import { readPageMessage } from "./messages";
import { route, themeKind, themeMessage } from "./relay";

const classes = (...names: string[]) => ({ contains: (name: string) => names.includes(name) });

function style(properties: Record<string, string>) {
  const names = Object.keys(properties);
  return { length: names.length, item: (i: number) => names[i]!, getPropertyValue: (name: string) => properties[name] ?? "" };
}

test("the theme kind comes from the classes VS Code puts on the webview's body", () => {
  assert.equal(themeKind(classes("vscode-light")), "light");
  assert.equal(themeKind(classes("vscode-dark")), "dark");
  assert.equal(themeKind(classes("vscode-high-contrast")), "high-contrast");
  assert.equal(themeKind(classes("vscode-high-contrast", "vscode-high-contrast-light")), "high-contrast-light");
});

test("the theme message carries every --vscode-* variable of the page and nothing else", () => {
  const message = themeMessage(style({ "--vscode-editor-background": " #1f1f1f", "--vscode-font-family": "system-ui", color: "red" }), classes("vscode-dark"));
  assert.deepEqual(message, { type: "theme", kind: "dark", variables: { "--vscode-editor-background": "#1f1f1f", "--vscode-font-family": "system-ui" } });
});

test("the extension's open goes to the canvas and becomes the page's saved state", () => {
  assert.deepEqual(route({ type: "open", path: "components/Pricing.tsx", component: null }, false), {
    to: "canvas",
    message: { type: "open", path: "components/Pricing.tsx", component: null },
    state: { path: "components/Pricing.tsx", component: null },
  });
});

test("the document the canvas shows goes to the extension and becomes the page's saved state", () => {
  assert.deepEqual(route({ type: "shown", path: "app/page.tsx", component: "Home" }, true), {
    to: "extension",
    message: { type: "shown", path: "app/page.tsx", component: "Home" },
    state: { path: "app/page.tsx", component: "Home" },
  });
});

test("a key from the canvas goes to VS Code's keybindings with only the fields of a key event", () => {
  const event = { key: "p", code: "KeyP", keyCode: 80, ctrlKey: true, shiftKey: true, altKey: false, metaKey: false, repeat: false };
  assert.deepEqual(route({ type: "key", event: { ...event, extra: "dropped" } }, true), { to: "keybindings", event });
});

test("messages go only where their sender may send them; malformed ones go nowhere", () => {
  assert.equal(route({ type: "open", path: "a.tsx" }, true), null, "the canvas does not tell itself to open");
  assert.equal(route({ type: "shown", path: "a.tsx" }, false), null);
  assert.equal(route({ type: "key", event: { key: "p", code: "KeyP", keyCode: 80 } }, false), null, "keys come from the canvas only");
  assert.equal(route({ type: "key", event: { key: "p", code: "KeyP", keyCode: "80", ctrlKey: true, shiftKey: false, altKey: false, metaKey: false, repeat: false } }, true), null);
  assert.equal(route({ type: "open", path: "" }, false), null);
  assert.equal(route("open", false), null);
  assert.equal(route(null, true), null);
});

test("the extension accepts only a well-formed shown message from the page", () => {
  assert.deepEqual(readPageMessage({ type: "shown", path: "a.tsx", component: "" }), { type: "shown", path: "a.tsx", component: null });
  assert.equal(readPageMessage({ type: "shown", path: 3 }), null);
  assert.equal(readPageMessage({ type: "open", path: "a.tsx" }), null);
});
