// The extension in VS Code (code-server + headless Chromium), run on demand, not a test: how long
// "Open Canvas" takes to a drawn canvas, cold and warm, and how long a canvas edit takes to reach
// the editor's buffer. Needs the .vsix (`npm run package`) and the code-server set-up
// (tests/vscode/setup.mjs; `npm test` runs both).
//
// Every figure is taken between two timestamps on the machine's clock, each taken where the
// thing happens, so no polling delay is added:
// - start: the keydown event's own timestamp, recorded by a listener in the page that got the key;
// - a drawn canvas: the canvas app's performance mark "omnios-first-render" (all frames drawn);
// - the buffer changed: the probe extension's timestamp of onDidChangeTextDocument, in the
//   extension host.
// It also measures what VS Code itself takes for the same kinds of work in the same windows (its
// Markdown preview opened beside the editor, an edit made from the extension host, a key typed), so
// each figure can be read against the editor's own.
import path from "node:path";
import {
  copyExample,
  findFrame,
  findVsix,
  focusEditorTab,
  launchBrowser,
  openWorkbench,
  quickOpen,
  startCodeServer,
} from "../tests/vscode/harness.mjs";

const option = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const coldRuns = option("cold", 3);
const warmRuns = option("warm", 10);
const editRuns = option("edits", 15);
/** --timeline: after each cold run from opening the file, where its time went (logs and the frames' own clocks). */
const showTimeline = process.argv.includes("--timeline");
const HERO = "components/Hero.tsx";
const OPEN_CANVAS_KEY = "Control+Alt+K";
/** How long a fresh window is left alone before the cold Open Canvas. */
const SETTLE_MS = 10000;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const summary = (values) => values.length === 0 ? "not measured" : `median ${median(values).toFixed(0)} ms (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)}, n=${values.length})`;

/** Records the epoch time of the next keydown the page (or frame) gets, in window.__omniosKeydown. */
async function armKeydownClock(target) {
  await target.evaluate(() => {
    window.__omniosKeydown = null;
    window.addEventListener("keydown", (event) => (window.__omniosKeydown ??= performance.timeOrigin + event.timeStamp), { capture: true, once: true });
  });
}

const keydownTime = (target) => target.evaluate(() => window.__omniosKeydown);

/** Waits for the canvas app's first complete drawing and returns its epoch time. */
async function canvasDrawnAt(page, timeout = 30000) {
  const canvas = await findFrame(page, ".app iframe.stage-frame", { timeout });
  await canvas.waitForFunction(() => performance.getEntriesByName("omnios-first-render").length > 0, null, { timeout });
  const [time, ownBoot] = await canvas.evaluate(() => {
    const drawn = performance.getEntriesByName("omnios-first-render")[0].startTime;
    return [performance.timeOrigin + drawn, drawn];
  });
  // Drawn with the CSS kept from an earlier boot: the Tailwind engine's CSS came in after the first render.
  await canvas.waitForFunction(() => performance.getEntriesByName("omnios-engine-css").length > 0, null, { timeout });
  const fromKeptCss = await canvas.evaluate(() => performance.getEntriesByName("omnios-engine-css")[0].startTime > performance.getEntriesByName("omnios-first-render")[0].startTime);
  // ownBoot: from the canvas page's own navigation start, i.e. without the webview's creation.
  return { canvas, time, ownBoot, fromKeptCss };
}

async function closeCanvas(page) {
  await page.locator(".tabs-container .tab", { hasText: "Canvas:" }).first().click({ button: "middle" });
  await page.waitForFunction(() => ![...document.querySelectorAll("iframe")].some((f) => f.src.includes("webview")), null, { timeout: 10000 }).catch(() => {});
  await page.locator(".tabs-container .tab", { hasText: "Canvas:" }).waitFor({ state: "detached" });
}

/** A code-server window on a fresh copy of the example project. */
async function session(vsix, browser, body) {
  const workspace = copyExample();
  const server = await startCodeServer({ workspace: workspace.root, vsix });
  try {
    const page = await openWorkbench(browser.context, server);
    return await body({ page, server, workspace });
  } finally {
    await server.stop();
    workspace.remove();
  }
}

const vsix = findVsix();
if (!vsix) {
  console.error("No omnios-ide-*.vsix at the repository root: run `npm run package` first.");
  process.exit(1);
}

const cold = [];
const coldWithServer = [];
const warm = [];
const warmOwnBoot = [];
const warmFromKeptCss = [];
const edits = [];
const switches = [];
// VS Code's own figures in the same windows, for comparison (see measureVsCodeBaselines).
const baseline = { canvasByCommand: [], markdownByCommand: [], typeCommand: [], keystroke: [] };
for (let run = 0; run < coldRuns; run++) {
  // A fresh browser profile for each run; each window has its own server, canvas port and origin,
  // so nothing of the canvas app is in the browser's cache when it is first opened.
  const browser = await launchBrowser();
  try {
    // Cold from opening the file: Open Canvas pressed as soon as the editor shows, so activation,
    // the .NET check, the server's start and the canvas endpoint's are all in the figure.
    await session(vsix, browser, async ({ page, server, workspace }) => {
      await page.keyboard.press("Control+P");
      await page.keyboard.type(HERO);
      await page.locator(".quick-input-widget .monaco-list-row.focused", { hasText: "Hero.tsx" }).first().waitFor();
      await armKeydownClock(page);
      await page.keyboard.press("Enter");
      const opened = await keydownTime(page);
      await page.locator('.tabs-container .tab.active[data-resource-name="Hero.tsx"]').waitFor();
      await activeEditorFocused(page);
      await armKeydownClock(page);
      await page.keyboard.press(OPEN_CANVAS_KEY);
      const pressed = await keydownTime(page);
      const drawn = await canvasDrawnAt(page);
      coldWithServer.push(drawn.time - opened);
      if (showTimeline) printTimeline(await timeline(server, drawn.canvas, { opened, pressed, drawn: drawn.time }), opened);
      if (run > 0) return;
      // Warm: the panel closed and opened again (server, canvas endpoint and browser cache warm).
      for (let i = 0; i < warmRuns; i++) {
        await closeCanvas(page);
        await focusEditorTab(page, "Hero.tsx");
        await armKeydownClock(page);
        await page.keyboard.press(OPEN_CANVAS_KEY);
        const drawn = await canvasDrawnAt(page);
        warm.push(drawn.time - (await keydownTime(page)));
        warmOwnBoot.push(drawn.ownBoot);
        warmFromKeptCss.push(drawn.fromKeptCss);
      }
      const canvas = await findFrame(page, ".app iframe.stage-frame");
      await measureEdits(server, workspace, canvas);
      await measureSwitches(page, canvas);
      await measureVsCodeBaselines(page, server, workspace);
    });
    // Cold: the file open, the server running and the window settled (as when the user has read
    // the file for a few seconds: VS Code's own start-up work, e.g. the TypeScript server's, has
    // finished), the canvas never opened in this window.
    await session(vsix, browser, async ({ page }) => {
      await quickOpen(page, HERO);
      await waitForServer(page);
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      await activeEditorFocused(page);
      await armKeydownClock(page);
      await page.keyboard.press(OPEN_CANVAS_KEY);
      const drawn = await canvasDrawnAt(page);
      cold.push(drawn.time - (await keydownTime(page)));
    });
  } finally {
    await browser.close();
  }
}

/** A VS Code log line's epoch time (its timestamp is local time, to the millisecond). */
function logLineTime(line) {
  const match = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d\.\d{3})/.exec(line);
  return match ? new Date(`${match[1]}T${match[2]}`).getTime() : null;
}

/**
 * The events of one cold open, each with its epoch time: the keydowns, the extension host's
 * activations (ours and VS Code's own extensions), every line of the OmniOS output channel (the
 * extension's steps and the server's stderr, stamped on arrival), and the canvas frames' clocks
 * (each frame's navigation start, the canvas app's response, scripts and first drawing).
 */
async function timeline(server, canvas, { opened, pressed, drawn }) {
  const events = [
    { time: opened, what: "Enter in Quick Open (Hero.tsx opens)" },
    { time: pressed, what: "Ctrl+Alt+K (Open Canvas)" },
    { time: drawn, what: "canvas drawn (omnios-first-render)" },
  ];
  for (const [name, text] of Object.entries(server.logFiles())) {
    const ours = /OmniOS\.log$/.test(name);
    if (!ours && !/exthost/i.test(name)) continue;
    for (const line of text.split("\n")) {
      const time = logLineTime(line);
      if (time === null || time < opened - 60000) continue;
      if (ours || /Extension host .*started|ExtensionService#_doActivateExtension|Eager extensions activated|activat.*omnios/i.test(line))
        events.push({ time, what: `${ours ? "OmniOS" : path.basename(name, ".log")}: ${line.slice(24).trim().slice(0, 150)}` });
    }
  }
  const frames = [];
  for (let frame = canvas; frame && frame.parentFrame(); frame = frame.parentFrame()) frames.push(frame);
  const labels = ["canvas app", "extension's webview page", "VS Code's webview frame"];
  for (const [index, frame] of frames.entries()) {
    const label = labels[index] ?? `frame ${index}`;
    const clock = await frame.evaluate(() => {
      const navigation = performance.getEntriesByType("navigation")[0];
      const scripts = performance.getEntriesByType("resource").filter((r) => r.initiatorType === "script");
      return { origin: performance.timeOrigin, responseEnd: navigation?.responseEnd, scriptsEnd: scripts.length ? Math.max(...scripts.map((r) => r.responseEnd)) : null };
    }).catch(() => null);
    if (!clock) continue;
    events.push({ time: clock.origin, what: `${label}: navigation starts` });
    if (clock.responseEnd) events.push({ time: clock.origin + clock.responseEnd, what: `${label}: document received` });
    if (clock.scriptsEnd) events.push({ time: clock.origin + clock.scriptsEnd, what: `${label}: scripts received` });
  }
  return events.sort((a, b) => a.time - b.time);
}

function printTimeline(events, zero) {
  console.log("timeline (ms after the Enter that opens the file):");
  for (const event of events) console.log(`  ${String(Math.round(event.time - zero)).padStart(6)}  ${event.what}`);
}

async function activeEditorFocused(page) {
  await page.waitForFunction(() => document.activeElement?.closest(".monaco-editor") != null, null, { timeout: 10000 });
}

/** Waits until the OmniOS server runs: its status bar item shows the running icon. */
async function waitForServer(page) {
  await page.locator(".statusbar-item", { hasText: "OmniOS" }).locator(".codicon-layout").first().waitFor({ timeout: 30000 });
}

/** Quick Open of another file in the editor's group, to the canvas's drawing of that file. */
async function measureSwitches(page, canvas) {
  const files = ["components/Pricing.tsx", HERO];
  for (let i = 0; i < warmRuns; i++) {
    const file = files[i % 2];
    await focusEditorTab(page, i % 2 === 0 ? "Hero.tsx" : "Pricing.tsx");
    await page.keyboard.press("Control+P");
    await page.keyboard.type(file);
    // Enter takes the focused row: wait until it is this file's (the list may still show older results).
    await page.locator(".quick-input-widget .monaco-list-row.focused", { hasText: file.split("/").pop() }).first().waitFor();
    await armKeydownClock(page);
    await page.keyboard.press("Enter");
    const pressed = await keydownTime(page);
    const drawn = await canvas.waitForFunction(
      ([path, after]) => performance.getEntriesByName("omnios-drawn").find((m) => m.detail === path && performance.timeOrigin + m.startTime > after),
      [file, pressed],
      { timeout: 10000, polling: 20 },
    );
    switches.push((await canvas.evaluate((m) => performance.timeOrigin + m.startTime, drawn)) - pressed);
  }
}

/** Canvas text edits (inspector, Enter) to the editor buffer changed, in the extension host. */
async function measureEdits(server, workspace, canvas) {
  const file = workspace.file(HERO);
  await canvas.frameLocator("iframe.stage-frame").first().locator("h1").first().click();
  const textarea = canvas.locator('textarea[aria-label="Text content"]');
  await textarea.waitFor();
  for (let i = 0; i < editRuns; i++) {
    await textarea.fill(`Plan, build and ship, take ${i}`);
    await armKeydownClock(canvas);
    await textarea.press("Enter");
    const pressed = await keydownTime(canvas);
    let change;
    for (const deadline = Date.now() + 5000; !change && Date.now() < deadline; await new Promise((r) => setTimeout(r, 20))) {
      change = (await server.probe.changes()).find((c) => c.path === file && c.time > pressed);
    }
    if (!change) throw new Error(`edit ${i} did not reach the buffer`);
    edits.push(change.time - pressed);
    // The canvas has the new version before the next edit.
    await canvas.frameLocator("iframe.stage-frame").first().locator("h1", { hasText: `take ${i}` }).first().waitFor();
  }
}

/**
 * What VS Code itself takes for the same kinds of work in the same window, each started the same way
 * as its OmniOS counterpart here: a webview panel opened beside the editor by a command run in the
 * extension host (the built-in Markdown preview, to its first contentful paint; and Open Canvas, to
 * its first complete drawing), and an edit of the buffer from the extension host (the built-in
 * "type" command) or from the keyboard, to onDidChangeTextDocument in the extension host.
 */
async function measureVsCodeBaselines(page, server, workspace) {
  await closeCanvas(page);
  const now = () => performance.timeOrigin + performance.now();
  const closeTab = async (title) => {
    await page.locator(".tabs-container .tab", { hasText: title }).first().click({ button: "middle" });
    await page.locator(".tabs-container .tab", { hasText: title }).first().waitFor({ state: "detached" });
  };
  // The first of each is not counted: the Markdown extension activates on it.
  for (let i = 0; i <= warmRuns; i++) {
    await quickOpen(page, "README.md");
    const asked = now();
    await server.probe.executeCommand("markdown.showPreviewToSide");
    const preview = await findFrame(page, ".markdown-body", { timeout: 30000 });
    await preview.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0, null, { timeout: 30000 });
    const painted = await preview.evaluate(() => performance.timeOrigin + performance.getEntriesByName("first-contentful-paint")[0].startTime);
    if (i > 0) baseline.markdownByCommand.push(painted - asked);
    await closeTab("Preview README.md");
    await focusEditorTab(page, "Hero.tsx");
    const opened = now();
    await server.probe.executeCommand("omnios.openCanvas");
    const drawn = await canvasDrawnAt(page);
    if (i > 0) baseline.canvasByCommand.push(drawn.time - opened);
    await closeCanvas(page);
  }
  await focusEditorTab(page, "Hero.tsx");
  const file = workspace.file(HERO);
  const changedAfter = async (time) => {
    for (const deadline = Date.now() + 5000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 10))) {
      const change = (await server.probe.changes()).find((c) => c.path === file && c.time > time);
      if (change) return change.time;
    }
    throw new Error("the buffer did not change");
  };
  for (let i = 0; i < editRuns; i++) {
    const asked = now();
    await server.probe.executeCommand("type", { text: "x" });
    baseline.typeCommand.push((await changedAfter(asked)) - asked);
    await armKeydownClock(page);
    await page.keyboard.press("y");
    const pressed = await keydownTime(page);
    baseline.keystroke.push((await changedAfter(pressed)) - pressed);
  }
}

console.log(`Open Canvas, cold (file open and server running for ${SETTLE_MS / 1000} s, canvas never opened in this window): ${summary(cold)} (target ≤ 2000 ms)`);
console.log(`Open Canvas, cold from opening the file (activation and server start included): ${summary(coldWithServer)}`);
console.log(`Open Canvas, warm (panel closed and opened again): ${summary(warm)} (target ≤ 300 ms)`);
console.log(`  of which the canvas app's own boot (its page's navigation start to the first render): ${summary(warmOwnBoot)}`);
console.log(`  drawn with the Tailwind engine's CSS kept from the boot before (the engine ran after the first render): ${warmFromKeptCss.filter(Boolean).length} of ${warmFromKeptCss.length}`);
console.log(`Editor switched to another file (Quick Open) to the canvas drawing it: ${summary(switches)} (the canvas stays loaded)`);
console.log(`Canvas text edit (Enter in the inspector) to the editor buffer changed: ${summary(edits)} (target ≤ 50 ms)`);
console.log("VS Code's own, in the same windows:");
console.log(`  Markdown preview opened beside the editor by its command (run in the extension host), to its first contentful paint: ${summary(baseline.markdownByCommand)}`);
console.log(`  Open Canvas run the same way, to the canvas's first complete drawing: ${summary(baseline.canvasByCommand)}`);
console.log(`  the "type" command run in the extension host, to onDidChangeTextDocument: ${summary(baseline.typeCommand)}`);
console.log(`  a key typed in the editor, to onDidChangeTextDocument: ${summary(baseline.keystroke)}`);
