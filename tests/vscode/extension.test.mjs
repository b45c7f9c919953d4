// The OmniOS extension as a user meets it, in a real VS Code (code-server) driven by headless
// Chromium: install the packaged .vsix, open a React file with Quick Open, run
// "OmniOS: Open Canvas", and edit on both sides. The buffer and selections are read through the
// harness's probe extension (the exact text of the editor buffer, not only the lines Monaco
// draws); the file on disk is read directly. Each step saves a screenshot to test-results/vscode/.
//
// Frames: workbench → webview host → webview content (the extension's page) → the canvas app
// (served by the OmniOS server through code-server's /proxy/PORT/) → its iframe.stage-frame
// elements, which hold the drawn design (elements carry data-omnios-id).
import assert from "node:assert/strict";
import fs from "node:fs";
import { after, before, describe, test } from "node:test";
import {
  clickEditorText,
  copyExample,
  eventually,
  findFrame,
  findVsix,
  focusEditorTab,
  goToLine,
  launchBrowser,
  openWorkbench,
  paletteEntries,
  quickOpen,
  runCommand,
  screenshot,
  startCodeServer,
  typeInEditor,
} from "./harness.mjs";

const HERO = "components/Hero.tsx";
const EXTENSION_ID = "omnios.omnios-ide";

describe("the OmniOS extension in VS Code (code-server)", () => {
  let workspace;
  let server;
  let browser;
  let page;
  /** The canvas app's frame (inside the webview), once open. */
  let canvas;
  const heroPath = () => workspace.file(HERO);
  const onDisk = () => fs.readFileSync(heroPath(), "utf8");
  const buffer = async () => (await server.probe.document(heroPath()))?.text ?? null;
  const stage = () => canvas.frameLocator("iframe.stage-frame").first();
  const originalText = () => fs.readFileSync(new URL(`../../examples/landing-page/${HERO}`, import.meta.url), "utf8");

  before(async () => {
    const vsix = findVsix();
    if (!vsix) throw new Error("No omnios-ide-*.vsix at the repository root: run `npm run package` there first (npm test does it before this suite).");
    workspace = copyExample();
    server = await startCodeServer({ workspace: workspace.root, vsix });
    browser = await launchBrowser();
    page = await openWorkbench(browser.context, server);
  });

  after(async () => {
    if (page) await screenshot(page, "extension-last").catch(() => {});
    if (process.env.OMNIOS_VSCODE_VERBOSE && server) {
      for (const [name, text] of Object.entries(server.logFiles())) if (/exthost|OmniOS/i.test(name)) console.error(`--- ${name}\n${text.slice(-4000)}`);
    }
    await browser?.close();
    await server?.stop();
    workspace?.remove();
  });

  test("the .vsix installs and its commands are in the command palette", async () => {
    const state = await server.probe.state();
    assert.ok(state.extensions[EXTENSION_ID], `installed extensions: ${Object.keys(state.extensions).join(", ")}`);
    const entries = await paletteEntries(page, "OmniOS:");
    for (const title of ["OmniOS: Open Canvas", "OmniOS: Restart Server", "OmniOS: Show Server Log"]) {
      assert.ok(entries.includes(title), `the palette shows ${title}; it shows: ${entries.join(" | ")}`);
    }
  });

  test("Quick Open opens a .tsx file and the extension activates", async () => {
    await quickOpen(page, HERO);
    await eventually(async () => (await server.probe.state()).extensions[EXTENSION_ID]?.active, "the extension is active once a .tsx file is open", 20000);
    assert.equal((await server.probe.state()).activeEditor?.path, heroPath());
    await screenshot(page, "extension-01-opened");
  });

  test('"OmniOS: Open Canvas" renders the canvas beside the editor', async (t) => {
    const started = Date.now();
    await runCommand(page, "OmniOS: Open Canvas");
    canvas = await findFrame(page, "iframe.stage-frame", { timeout: 30000 });
    await stage().locator("[data-omnios-id]").first().waitFor({ timeout: 30000 });
    t.diagnostic(`Open Canvas to a drawn canvas, cold (server start included): ${Date.now() - started} ms (target ≤ 2000 ms)`);
    // The canvas is reached through code-server's proxy on its own origin.
    assert.equal(new URL(canvas.url()).origin, server.origin);
    assert.match(new URL(canvas.url()).pathname, /^\/proxy\/\d+\//);
    // It is beside the editor: the editor in the first group, the canvas panel in the second.
    const { tabs } = await server.probe.state();
    assert.ok(tabs.length >= 2, `two editor groups, got ${JSON.stringify(tabs)}`);
    assert.ok(tabs[0].tabs.some((tab) => tab.label === "Hero.tsx"), "Hero.tsx stays in the first group");
    assert.ok(tabs[1].tabs.some((tab) => /omnios\.canvas/.test(tab.viewType ?? "")), `the canvas panel is in the second group: ${JSON.stringify(tabs[1].tabs)}`);
    assert.match(await stage().locator("h1").first().getAttribute("data-omnios-id"), /components\/Hero\.tsx#Hero\//);
    await screenshot(page, "extension-02-canvas");
  });

  test("typing into a JSX text, unsaved, shows on the canvas", async () => {
    await focusEditorTab(page, "Hero.tsx");
    const line = "          Plan, build &amp; ship without the busywork";
    await goToLine(page, 11, line.length + 1);
    await typeInEditor(page, " today");
    await eventually(async () => (await stage().locator("h1").first().textContent()).includes("without the busywork today"), "the canvas shows the typed text", 5000);
    const document = await server.probe.document(heroPath());
    assert.equal(document.isDirty, true);
    assert.equal(document.text, originalText().replace("without the busywork", "without the busywork today"));
    assert.equal(onDisk(), originalText(), "nothing was saved");
    await screenshot(page, "extension-03-typed");
  });

  test("Delete on a selected canvas element removes its JSX from the buffer, not from the file", async () => {
    const before = await buffer();
    await stage().locator("p", { hasText: "New: team workspaces" }).first().click();
    await eventually(async () => (await canvas.locator(".inspector header .tag").textContent()) === "<p>", "the inspector shows the selected paragraph");
    await page.keyboard.press("Delete");
    const expected = before.replace(/\n {8}<p className="text-sm font-semibold[^\n]*\n[^\n]*\n {8}<\/p>/, "");
    assert.notEqual(expected, before);
    await eventually(async () => (await buffer()) === expected, async () => `the paragraph leaves the buffer; it is:\n${await buffer()}`);
    assert.equal((await server.probe.document(heroPath())).isDirty, true);
    assert.equal(onDisk(), originalText(), "the file on disk is untouched until the user saves");
    await eventually(async () => (await stage().locator("p", { hasText: "New: team workspaces" }).count()) === 0, "the paragraph leaves the canvas");
    await screenshot(page, "extension-04-deleted");
  });

  test("Ctrl+Z in the editor brings the element back on the canvas", async () => {
    await focusEditorTab(page, "Hero.tsx");
    await page.keyboard.press("Control+Z");
    await eventually(async () => (await buffer())?.includes("New: team workspaces"), "undo restores the paragraph in the buffer");
    assert.equal(await buffer(), originalText().replace("without the busywork", "without the busywork today"), "undo restores the exact text");
    await eventually(async () => (await stage().locator("p", { hasText: "New: team workspaces" }).count()) > 0, "the paragraph is back on the canvas");
    await screenshot(page, "extension-05-undone");
  });

  test("changing text on the canvas changes the editor buffer", async (t) => {
    const before = await buffer();
    await stage().locator("h1").first().click();
    const textarea = canvas.locator('textarea[aria-label="Text content"]');
    await textarea.waitFor();
    await textarea.fill("Plan calmly, ship weekly");
    const started = Date.now();
    await textarea.press("Enter");
    const expected = before.replace("Plan, build &amp; ship without the busywork today", "Plan calmly, ship weekly");
    await eventually(async () => (await buffer()) === expected, async () => `the buffer has the new text; it is:\n${await buffer()}`, 5000, 10);
    t.diagnostic(`canvas text edit to buffer changed (seen through the probe, ±10 ms polling): ${Date.now() - started} ms (target ≤ 50 ms)`);
    assert.equal(onDisk(), originalText(), "still unsaved");
    await eventually(async () => (await stage().locator("h1").first().textContent()).includes("Plan calmly"), "the canvas shows the new text");
    await screenshot(page, "extension-06-text-changed");
  });

  test("clicking an element on the canvas moves the editor selection to its JSX", async () => {
    await stage().locator("a", { hasText: "See how it works" }).first().click();
    const editor = await eventually(async () => {
      const current = await server.probe.editor(heroPath());
      return current?.selectedText.includes("See how it works") ? current : null;
    }, async () => `the editor selects the link; selection: ${JSON.stringify((await server.probe.editor(heroPath()))?.selections)}`);
    assert.match(editor.selectedText, /^<a\b[\s\S]*<\/a>$/, "the whole element is selected");
    assert.ok(editor.visibleRanges.some((r) => r.start.line <= editor.selections[0].start.line && editor.selections[0].start.line <= r.end.line), "the selection is scrolled into view");
    await screenshot(page, "extension-07-selection-to-editor");
  });

  test("moving the editor cursor into an element selects it on the canvas", async () => {
    await focusEditorTab(page, "Hero.tsx");
    await clickEditorText(page, "Start for free");
    await eventually(async () => (await canvas.locator(".inspector header .tag").textContent()) === "<a>", "the canvas selects the link under the cursor");
    assert.match(await canvas.locator('textarea[aria-label="Text content"]').inputValue(), /Start for free/);
    await screenshot(page, "extension-08-selection-to-canvas");
  });

  test("switching to another .tsx file switches the canvas to it", async () => {
    await quickOpen(page, "components/Pricing.tsx");
    await eventually(async () => (await stage().locator("[data-omnios-id^='components/Pricing.tsx#']").count()) > 0, "the canvas draws Pricing.tsx", 10000);
    await screenshot(page, "extension-09-switched");
  });

  test("saving writes the buffer, canvas edits included, to the file", async () => {
    await focusEditorTab(page, "Hero.tsx");
    const text = await buffer();
    await page.keyboard.press("Control+S");
    await eventually(() => onDisk() === text, "the file on disk has the buffer's text");
    assert.equal((await server.probe.document(heroPath())).isDirty, false);
  });

  test("the canvas comes back after a window reload", async () => {
    await page.reload();
    page = await openWorkbench(browser.context, server);
    canvas = await findFrame(page, "iframe.stage-frame", { timeout: 30000 });
    await stage().locator("[data-omnios-id]").first().waitFor({ timeout: 30000 });
    await screenshot(page, "extension-10-reloaded");
  });
});
