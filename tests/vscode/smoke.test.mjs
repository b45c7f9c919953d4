// Proves the VS Code harness without the OmniOS extension: code-server on a copy of the example
// project, driven by headless Chromium. Quick Open, typing into the editor, the command palette,
// installing a .vsix, and a webview whose inner iframe loads a local server through
// asExternalUri (code-server's /proxy/PORT/), three frames deep, as the canvas will be.
// The extension used for that is made and packaged (vsce) in a temporary folder at test time.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import {
  activeTabIsDirty,
  clickEditorText,
  copyExample,
  eventually,
  findFrame,
  goToLine,
  launchBrowser,
  openWorkbench,
  packageExtension,
  paletteEntries,
  quickOpen,
  runCommand,
  screenshot,
  startCodeServer,
  typeInEditor,
  visibleEditorText,
} from "./harness.mjs";

const HERO = "components/Hero.tsx";

/** A throwaway extension: one command that opens a webview framing a local page via asExternalUri. */
function makeSmokeExtension() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "omnios-smoke-extension-"));
  const manifest = {
    name: "omnios-smoke",
    displayName: "OmniOS smoke test",
    description: "Throwaway extension of the VS Code harness smoke test.",
    version: "0.0.1",
    publisher: "omnios-tests",
    license: "MIT",
    repository: { type: "git", url: "https://example.invalid/omnios-smoke.git" },
    // code-server 4.139.1 is VS Code 1.139: a higher minimum refuses to install.
    engines: { vscode: "^1.90.0" },
    main: "./extension.js",
    activationEvents: [],
    contributes: { commands: [{ command: "omniosSmoke.openPanel", title: "Open Panel", category: "OmniOS Smoke" }] },
  };
  fs.writeFileSync(path.join(folder, "package.json"), JSON.stringify(manifest, null, 2));
  fs.writeFileSync(path.join(folder, "README.md"), "# OmniOS smoke test\n\nThrowaway extension.\n");
  fs.writeFileSync(
    path.join(folder, "extension.js"),
    `"use strict";
const vscode = require("vscode");
const http = require("node:http");
exports.activate = (context) => {
  context.subscriptions.push(vscode.commands.registerCommand("omniosSmoke.openPanel", async () => {
    const server = http.createServer((request, response) => {
      const seen = JSON.stringify({ url: request.url, host: request.headers.host, pid: process.pid });
      response.writeHead(200, { "content-type": "text/html" });
      response.end('<!doctype html><body><div data-omnios-id="smoke" id="smoke">served by pid ' + process.pid + '</div><pre id="request">' + seen + '</pre><pre id="location"></pre><script>document.getElementById("location").textContent = location.pathname + location.search</script></body>');
    });
    await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
    context.subscriptions.push({ dispose: () => server.close() });
    const local = vscode.Uri.parse("http://127.0.0.1:" + server.address().port + "/page?token=abc");
    const external = await vscode.env.asExternalUri(local);
    const origin = external.scheme + "://" + external.authority;
    const panel = vscode.window.createWebviewPanel("omniosSmoke.panel", "Smoke panel", vscode.ViewColumn.Beside, { enableScripts: true });
    panel.webview.html = '<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src \\'none\\'; style-src \\'unsafe-inline\\'; frame-src ' + origin + ';"></head>' +
      '<body><p id="external">' + external.toString(true) + '</p><iframe class="stage-frame" style="width:100%;height:300px" src="' + external.toString(true) + '"></iframe></body></html>';
  }));
};
exports.deactivate = () => {};
`,
  );
  const vsix = packageExtension(folder, path.join(folder, "omnios-smoke-0.0.1.vsix"));
  return { folder, vsix };
}

describe("VS Code (code-server) harness", () => {
  let workspace;
  let extension;
  let server;
  let browser;
  let page;

  before(async () => {
    const started = Date.now();
    workspace = copyExample();
    extension = makeSmokeExtension();
    server = await startCodeServer({ workspace: workspace.root, vsix: extension.vsix });
    browser = await launchBrowser();
    page = await openWorkbench(browser.context, server);
    console.log(`# workbench ready in ${Date.now() - started} ms`);
  });

  after(async () => {
    if (page) await screenshot(page, "smoke-last").catch(() => {});
    await browser?.close();
    await server?.stop();
    workspace?.remove();
    if (extension) fs.rmSync(extension.folder, { recursive: true, force: true });
  });

  test("Quick Open opens a .tsx file in the editor", async () => {
    await quickOpen(page, HERO);
    assert.match(await visibleEditorText(page), /export default function Hero\(\)/);
    const state = await server.probe.state();
    assert.equal(state.activeEditor.path, workspace.file(HERO));
    assert.equal(state.activeEditor.languageId, "typescriptreact");
    assert.equal(state.activeEditor.isDirty, false);
    await screenshot(page, "smoke-01-opened");
  });

  test("typing into the editor changes the buffer, not the file on disk", async () => {
    const onDisk = fs.readFileSync(workspace.file(HERO), "utf8");
    await goToLine(page, 8, "          New: team workspaces".length + 1);
    await typeInEditor(page, "!");
    await eventually(async () => (await visibleEditorText(page)).includes("New: team workspaces!"), "the editor shows the typed character");
    // The workbench paints the key before the extension host hears of it; wait for the host's buffer too.
    const typed = onDisk.replace("New: team workspaces", "New: team workspaces!");
    await eventually(async () => (await server.probe.state()).activeEditor.text === typed, "the extension host's buffer has the typed character");
    const state = await server.probe.state();
    assert.equal(state.activeEditor.text, typed);
    assert.equal(state.activeEditor.isDirty, true);
    assert.equal(await activeTabIsDirty(page), true);
    assert.equal(fs.readFileSync(workspace.file(HERO), "utf8"), onDisk, "nothing was saved");
    await screenshot(page, "smoke-02-typed");
  });

  test("clicking in the editor moves the cursor there", async () => {
    await clickEditorText(page, "See how it works");
    const line = fs.readFileSync(workspace.file(HERO), "utf8").split("\n").findIndex((l) => l.includes("See how it works"));
    const expected = { line, character: fs.readFileSync(workspace.file(HERO), "utf8").split("\n")[line].indexOf("See how it works") };
    await eventually(async () => JSON.stringify((await server.probe.state()).activeEditor.selections[0].active) === JSON.stringify(expected), async () => `the cursor is at ${JSON.stringify(expected)}; it is at ${JSON.stringify((await server.probe.state()).activeEditor.selections[0].active)}`);
  });

  test("the command of an installed .vsix is in the command palette", async () => {
    const installed = fs.readdirSync(server.extensionsDirectory);
    assert.ok(installed.some((name) => name.startsWith("omnios-tests.omnios-smoke-0.0.1")), `installed: ${installed.join(", ")}`);
    const entries = await paletteEntries(page, "OmniOS Smoke");
    assert.ok(entries.includes("OmniOS Smoke: Open Panel"), `palette shows: ${entries.join(" | ")}`);
  });

  test("a webview frames a local server through asExternalUri (code-server's /proxy/PORT/)", async () => {
    await runCommand(page, "OmniOS Smoke: Open Panel");
    const frame = await findFrame(page, "[data-omnios-id=smoke]", { timeout: 20000 });
    const url = new URL(frame.url());
    assert.equal(url.origin, server.origin, "the inner page is served on code-server's own origin");
    assert.match(url.pathname, /^\/proxy\/\d+\/page$/);
    assert.equal(url.searchParams.get("token"), "abc", "the query string survives");
    // The browser sees /proxy/PORT/page, but code-server strips the prefix before the local
    // server sees the request (so pages must use relative URLs), and passes its own Host.
    const seen = JSON.parse(await frame.locator("#request").textContent());
    assert.equal(seen.url, "/page?token=abc");
    assert.equal(seen.host, new URL(server.origin).host);
    assert.equal(await frame.locator("#location").textContent(), `${url.pathname}${url.search}`);
    // workbench → webview host (index.html) → webview content (fake.html) → our iframe.
    let depth = 0;
    for (let f = frame.parentFrame(); f; f = f.parentFrame()) depth++;
    assert.equal(depth, 3, "the framed page sits three frames deep");
    await screenshot(page, "smoke-03-webview");
  });
});
