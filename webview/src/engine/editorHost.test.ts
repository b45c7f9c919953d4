import assert from "node:assert/strict";
import { test } from "node:test";
import { applyTheme, connectEditorHost, readHostMessage, shouldForwardKey, type ThemedElement } from "./editorHost";

function themedElement() {
  const properties = new Map<string, string>();
  const element: ThemedElement = {
    style: {
      setProperty: (name, value) => void properties.set(name, value),
      removeProperty: (name) => {
        const old = properties.get(name) ?? "";
        properties.delete(name);
        return old;
      },
    },
    dataset: {},
  };
  return { element, properties };
}

test("a theme message keeps only the --vscode-* variables with string values", () => {
  const message = readHostMessage({ type: "theme", kind: "dark", variables: { "--vscode-editor-background": "#1e1e1e", color: "red", "--vscode-x": 3 } });
  assert.deepEqual(message, { type: "theme", kind: "dark", variables: { "--vscode-editor-background": "#1e1e1e" } });
});

test("messages that are not the host's, or are malformed, are ignored", () => {
  for (const data of [null, "open", 42, { type: "theme", kind: "sepia", variables: {} }, { type: "theme", kind: "light" }, { type: "open" }, { type: "open", path: "" }, { type: "documentChanged" }]) {
    assert.equal(readHostMessage(data), null, JSON.stringify(data));
  }
});

test("an open message names the document, and the component when there is one", () => {
  assert.deepEqual(readHostMessage({ type: "open", path: "components/Hero.tsx" }), { type: "open", path: "components/Hero.tsx", component: null });
  assert.deepEqual(readHostMessage({ type: "open", path: "app/page.tsx", component: "Home" }), { type: "open", path: "app/page.tsx", component: "Home" });
});

test("applying a theme sets its variables and kind, and drops the previous theme's extra variables", () => {
  const { element, properties } = themedElement();
  const first = applyTheme(element, { kind: "light", variables: { "--vscode-editor-background": "#ffffff", "--vscode-contrastBorder": "#000" } });
  assert.equal(element.dataset.vscodeTheme, "light");
  applyTheme(element, { kind: "high-contrast", variables: { "--vscode-editor-background": "#000000" } }, first);
  assert.deepEqual(Object.fromEntries(properties), { "--vscode-editor-background": "#000000" });
  assert.equal(element.dataset.vscodeTheme, "high-contrast");
});

test("VS Code gets function keys and shortcuts the canvas does not use, but not clipboard or text editing keys", () => {
  const key = (k: string, mods: { ctrlKey?: boolean; metaKey?: boolean } = {}) => ({ key: k, ctrlKey: false, metaKey: false, ...mods });
  assert.equal(shouldForwardKey(key("F1"), false), true);
  assert.equal(shouldForwardKey(key("p", { ctrlKey: true }), false), true);
  assert.equal(shouldForwardKey(key("S", { metaKey: true }), true), true, "Cmd+S saves even from a text field");
  assert.equal(shouldForwardKey(key("s"), false), false, "plain typing stays in the canvas");
  assert.equal(shouldForwardKey(key("c", { ctrlKey: true }), false), false);
  assert.equal(shouldForwardKey(key("z", { ctrlKey: true }), true), false, "undo in a text field is the field's");
  assert.equal(shouldForwardKey(key("ArrowLeft", { ctrlKey: true }), true), false);
  assert.equal(shouldForwardKey(key("ArrowLeft", { ctrlKey: true }), false), true);
});

/** A window inside a frame: its parent records what it is sent. */
function framedWindow() {
  const listeners: ((event: MessageEvent) => void)[] = [];
  const posted: { message: unknown; origin: string }[] = [];
  const parent = { postMessage: (message: unknown, origin: string) => void posted.push({ message, origin }) };
  const { element } = themedElement();
  const page = {
    parent,
    document: { documentElement: element },
    addEventListener: (_type: string, listener: (event: MessageEvent) => void) => void listeners.push(listener),
  };
  const receive = (data: unknown, source: unknown = parent, origin = "vscode-webview://host") => {
    for (const listener of listeners) listener({ data, source, origin } as MessageEvent);
  };
  return { page: page as unknown as Window, element, posted, receive };
}

function keydown(init: { key: string; ctrlKey?: boolean }) {
  let prevented = false;
  const event = { code: "", keyCode: 0, ctrlKey: false, shiftKey: false, altKey: false, metaKey: false, repeat: false, ...init, preventDefault: () => void (prevented = true) };
  return { event: event as unknown as KeyboardEvent, prevented: () => prevented };
}

test("in a top-level browser tab there is no editor host", () => {
  const page = { addEventListener() {} } as unknown as Window & { parent: Window };
  page.parent = page;
  assert.equal(connectEditorHost(page, async () => {}), null);
});

test("the host's messages theme the page and open documents once the canvas has started; other senders are ignored", () => {
  const { page, element, receive } = framedWindow();
  const opened: [string, string | null][] = [];
  const host = connectEditorHost(page, async (path, component) => void opened.push([path, component]))!;

  receive({ type: "theme", kind: "dark", variables: { "--vscode-foreground": "#ccc" } }, { other: true });
  assert.equal(element.dataset.vscodeTheme, undefined, "a message from another window changes nothing");
  receive({ type: "theme", kind: "dark", variables: { "--vscode-foreground": "#ccc" } });
  assert.equal(element.dataset.vscodeTheme, "dark");

  receive({ type: "open", path: "components/Hero.tsx" });
  receive({ type: "open", path: "components/Pricing.tsx", component: "Pricing" });
  assert.deepEqual(opened, [], "nothing opens before the canvas has started");
  host.started();
  assert.deepEqual(opened, [["components/Pricing.tsx", "Pricing"]], "the last document asked for opens");
  receive({ type: "open", path: "app/page.tsx" });
  assert.deepEqual(opened.at(-1), ["app/page.tsx", null]);
});

test("the document shown reaches the host once it has spoken, to its origin", () => {
  const { page, posted, receive } = framedWindow();
  const host = connectEditorHost(page, async () => {})!;
  host.shown("components/Hero.tsx", null);
  assert.deepEqual(posted, []);
  receive({ type: "theme", kind: "light", variables: {} }, undefined, "http://127.0.0.1:8080");
  host.shown("components/Pricing.tsx", "Pricing");
  assert.deepEqual(posted, [
    { message: { type: "shown", path: "components/Hero.tsx", component: null }, origin: "http://127.0.0.1:8080" },
    { message: { type: "shown", path: "components/Pricing.tsx", component: "Pricing" }, origin: "http://127.0.0.1:8080" },
  ]);
});

test("keys go to the host only after it has spoken, to its origin, and are then not the browser's", () => {
  const { page, posted, receive } = framedWindow();
  const host = connectEditorHost(page, async () => {})!;
  const early = keydown({ key: "p", ctrlKey: true });
  assert.equal(host.forwardKey(early.event, false), false, "no host origin known yet");
  receive({ type: "theme", kind: "light", variables: {} }, undefined, "http://127.0.0.1:8080");

  const save = keydown({ key: "s", ctrlKey: true });
  assert.equal(host.forwardKey(save.event, false), true);
  assert.equal(save.prevented(), true);
  assert.deepEqual(posted, [{ message: { type: "key", event: { key: "s", code: "", keyCode: 0, ctrlKey: true, shiftKey: false, altKey: false, metaKey: false, repeat: false } }, origin: "http://127.0.0.1:8080" }]);

  const typing = keydown({ key: "a" });
  assert.equal(host.forwardKey(typing.event, true), false);
  assert.equal(typing.prevented(), false);
});
