// The VS Code end-to-end harness: a real VS Code (code-server, installed by setup.mjs outside the
// repository) on a temporary workspace with a .vsix installed, driven by headless Debian Chromium
// through playwright-core, the way a user drives it: Quick Open, the command palette, the
// keyboard, and the webviews' frames.
//
// Besides the extension under test, every code-server started here gets a small test-only
// extension (probe/): it reads the editor state from inside the extension host (the exact buffer
// text, dirty flag, selection, active extensions), which the DOM cannot show reliably since
// Monaco draws only the lines in view.
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { cacheDirectory, codeServerEntry, ensureCodeServer, node24Environment, nodeBinary } from "./setup.mjs";

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const screenshotDirectory = path.join(repositoryRoot, "test-results", "vscode");
const probeSource = path.join(path.dirname(fileURLToPath(import.meta.url)), "probe");

/** User settings that keep VS Code quiet and predictable for a test: nothing takes the focus or types for us. */
export const testSettings = {
  // Nothing opens by itself and takes the keyboard focus.
  "workbench.startupEditor": "none",
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "workbench.tips.enabled": false,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "chat.disableAIFeatures": true,
  "chat.commandCenter.enabled": false,
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoUpdate": false,
  "extensions.autoCheckUpdates": false,
  "extensions.ignoreRecommendations": true,
  "workbench.enableExperiments": false,
  "git.enabled": false,
  "git.openRepositoryInParentFolders": "never",
  // No port-forwarding toasts when an extension starts a server; no squiggles from the example's
  // missing node_modules in the screenshots.
  "remote.autoForwardPorts": false,
  "typescript.validate.enable": false,
  "javascript.validate.enable": false,
  // Typing gives exactly the characters typed.
  "editor.autoClosingBrackets": "never",
  "editor.autoClosingQuotes": "never",
  "editor.autoClosingComments": "never",
  "editor.autoSurround": "never",
  "editor.autoIndent": "none",
  "editor.formatOnType": false,
  "editor.linkedEditing": false,
  "editor.suggestOnTriggerCharacters": false,
  "editor.quickSuggestions": { other: "off", comments: "off", strings: "off" },
  "editor.acceptSuggestionOnEnter": "off",
  "editor.parameterHints.enabled": false,
  "editor.inlineSuggest.enabled": false,
  "editor.hover.enabled": false,
  "html.autoClosingTags": false,
  "typescript.autoClosingTags": false,
  "javascript.autoClosingTags": false,
  "files.autoSave": "off",
  "files.hotExit": "off",
  // Quick Open opens a real tab, not a preview that the next file would replace.
  "workbench.editor.enablePreview": false,
  "workbench.editor.enablePreviewFromQuickOpen": false,
};

function log(message) {
  if (process.env.OMNIOS_VSCODE_VERBOSE) process.stderr.write(`[vscode harness] ${message}\n`);
}

/** The packaged extension: $OMNIOS_VSIX, else the newest omnios-ide-*.vsix at the repository root, else null. */
export function findVsix(directory = repositoryRoot) {
  if (process.env.OMNIOS_VSIX) return fs.existsSync(process.env.OMNIOS_VSIX) ? path.resolve(process.env.OMNIOS_VSIX) : null;
  const candidates = fs
    .readdirSync(directory)
    .filter((name) => /^omnios-ide-.*\.vsix$/.test(name))
    .map((name) => path.join(directory, name))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  return candidates[0] ?? null;
}

/** Packages a folder with vsce (from the repository's node_modules) into a .vsix; returns its path. */
export function packageExtension(folder, output) {
  const vsce = path.join(repositoryRoot, "node_modules", ".bin", "vsce");
  if (!fs.existsSync(vsce)) throw new Error(`${vsce} is missing: run npm ci at the repository root.`);
  const result = spawnSync(vsce, ["package", "--no-dependencies", "--skip-license", "--allow-missing-repository", "-o", output], {
    cwd: folder,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (result.status !== 0) throw new Error(`vsce package failed in ${folder}:\n${result.stdout}${result.stderr}`);
  return output;
}

/** The probe extension's .vsix, packaged once per content into the cache. */
function probeVsix() {
  const hash = crypto.createHash("sha256");
  for (const name of fs.readdirSync(probeSource).sort()) hash.update(name).update(fs.readFileSync(path.join(probeSource, name)));
  const file = path.join(cacheDirectory, `omnios-test-probe-${hash.digest("hex").slice(0, 12)}.vsix`);
  if (!fs.existsSync(file)) {
    const temporary = `${file}.${process.pid}.vsix`;
    packageExtension(probeSource, temporary);
    fs.renameSync(temporary, file);
  }
  return file;
}

/** The environment code-server runs in: Node 24 first, fresh XDG folders, no inherited VSCODE_* variables. */
function codeServerEnvironment(home, extra = {}) {
  const env = node24Environment();
  for (const name of ["CONFIG", "DATA", "CACHE", "STATE", "RUNTIME"]) {
    env[`XDG_${name}_HOME`] = path.join(home, "xdg", name.toLowerCase());
    fs.mkdirSync(env[`XDG_${name}_HOME`], { recursive: true, mode: 0o700 });
  }
  env.XDG_RUNTIME_DIR = env.XDG_RUNTIME_HOME;
  delete env.XDG_RUNTIME_HOME;
  for (const key of ["PASSWORD", "HASHED_PASSWORD", "PORT", "CODE_SERVER_CONFIG", "CS_DISABLE_FILE_DOWNLOADS", "ELECTRON_RUN_AS_NODE"]) delete env[key];
  env.DOTNET_CLI_TELEMETRY_OPTOUT = "1";
  env.DOTNET_NOLOGO = "1";
  return { ...env, ...extra };
}

function runCli(home, env, args) {
  const result = spawnSync(nodeBinary, [codeServerEntry, ...args], { env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 120000 });
  if (result.status !== 0) throw new Error(`code-server ${args.join(" ")} failed (exit ${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`);
  return `${result.stdout}${result.stderr}`;
}

/**
 * Starts code-server on `workspace` with the given .vsix files installed into a fresh extensions
 * folder. Returns { url, port, workspace, home, logs(), probe, stop() }.
 * Options: vsix (a path or a list), settings (merged over testSettings), env (extra variables).
 */
export async function startCodeServer({ workspace, vsix = [], settings = {}, env: extraEnv = {}, probe = true } = {}) {
  ensureCodeServer();
  const started = Date.now();
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "omnios-vscode-"));
  const userDataDirectory = path.join(home, "user-data");
  const extensionsDirectory = path.join(home, "extensions");
  fs.mkdirSync(path.join(userDataDirectory, "User"), { recursive: true });
  fs.mkdirSync(extensionsDirectory, { recursive: true });
  fs.writeFileSync(path.join(userDataDirectory, "User", "settings.json"), `${JSON.stringify({ ...testSettings, ...settings }, null, 2)}\n`);

  const probeFile = path.join(home, "probe.json");
  const probeToken = crypto.randomBytes(16).toString("hex");
  const env = codeServerEnvironment(home, { OMNIOS_VSCODE_PROBE_FILE: probeFile, OMNIOS_VSCODE_PROBE_TOKEN: probeToken, ...extraEnv });
  const common = ["--user-data-dir", userDataDirectory, "--extensions-dir", extensionsDirectory];

  const packages = [...(Array.isArray(vsix) ? vsix : [vsix]), ...(probe ? [probeVsix()] : [])];
  for (const file of packages) {
    if (!fs.existsSync(file)) throw new Error(`${file} does not exist`);
    log(runCli(home, env, [...common, "--install-extension", file, "--force"]).trim());
  }
  const installed = fs.readdirSync(extensionsDirectory).filter((name) => !name.startsWith("."));
  log(`installed in ${Date.now() - started} ms: ${installed.join(", ")}`);

  const args = [
    codeServerEntry,
    "--bind-addr", "127.0.0.1:0",
    "--auth", "none",
    ...common,
    "--disable-telemetry",
    "--disable-update-check",
    "--disable-workspace-trust",
    "--disable-getting-started-override",
    "--ignore-last-opened",
    "--log", "info",
    workspace,
  ];
  const child = spawn(nodeBinary, args, { env, cwd: home, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const exited = new Promise((resolve) => child.once("exit", resolve));

  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`code-server printed no port in 60 s:\n${output}`)), 60000);
    const check = () => {
      const match = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout.on("data", check);
    child.stderr.on("data", check);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited (${code ?? signal}) before listening:\n${output}`));
    });
  });
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`;
  log(`code-server on port ${port} after ${Date.now() - started} ms`);

  let stopped = false;
  return {
    url,
    port,
    origin: `http://127.0.0.1:${port}`,
    workspace,
    home,
    extensionsDirectory,
    userDataDirectory,
    /** Everything code-server printed so far. */
    logs: () => output,
    /** The log files VS Code wrote (the extension host's, the server's, output channels), name → text. */
    logFiles() {
      const files = {};
      const walk = (directory) => {
        for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
          const full = path.join(directory, entry.name);
          if (entry.isDirectory()) walk(full);
          else if (entry.name.endsWith(".log")) files[path.relative(userDataDirectory, full)] = fs.readFileSync(full, "utf8");
        }
      };
      if (fs.existsSync(path.join(userDataDirectory, "logs"))) walk(path.join(userDataDirectory, "logs"));
      return files;
    },
    probe: probe ? createProbe(probeFile, probeToken) : null,
    async stop() {
      if (stopped) return;
      stopped = true;
      // code-server's children (extension host, pty host, file watcher, the servers extensions
      // start) share its process group: end the whole group, which we created with detached.
      const signal = (name) => {
        try {
          process.kill(-child.pid, name);
        } catch {}
      };
      signal("SIGTERM");
      const forced = setTimeout(() => signal("SIGKILL"), 5000);
      await exited;
      clearTimeout(forced);
      await new Promise((r) => setTimeout(r, 200));
      signal("SIGKILL"); // stragglers of the group that outlived code-server
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}

/** The client of the probe extension (see probe/extension.js). */
function createProbe(file, token) {
  async function address(timeout = 60000) {
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
      if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, "utf8"));
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`the probe extension did not start in ${timeout} ms (is the extension host running? open the workbench first)`);
  }
  async function request(pathname, body) {
    const { port } = await address();
    const response = await fetch(`http://127.0.0.1:${port}${pathname}`, {
      method: body === undefined ? "GET" : "POST",
      headers: { "x-probe-token": token, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await response.json();
    if (!response.ok) throw new Error(`probe ${pathname}: ${json.error}`);
    return json;
  }
  return {
    /** Waits until the extension host runs (the workbench must be open). */
    ready: (timeout) => address(timeout),
    /** { activeEditor: { path, text, isDirty, selections, selectedText, … } | null, documents, tabs, extensions }. */
    state: () => request("/state"),
    /** The open document at this absolute path ({ text, isDirty, version, … }), or null. */
    async document(file) {
      const { documents } = await request("/state");
      return documents.find((d) => d.path === path.resolve(file)) ?? null;
    },
    /** The visible text editor showing this absolute path ({ text, selections, selectedText, … }), or null. */
    async editor(file) {
      const { visibleEditors } = await request("/state");
      return visibleEditors.find((e) => e.path === path.resolve(file)) ?? null;
    },
    /** For set-up only (tests drive the UI like a user): runs a command in the extension host. */
    executeCommand: (command, ...args) => request("/command", { command, args }).then((r) => r.result),
    /** The latest buffer changes, oldest first: { path, version, time } (time: epoch ms, sub-millisecond). */
    changes: () => request("/changes").then((r) => r.changes),
    commands: () => request("/commands").then((r) => r.commands),
  };
}

/** Headless Debian Chromium with a fresh profile. */
export async function launchBrowser({ viewport = { width: 1600, height: 1000 } } = {}) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "omnios-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.OMNIOS_CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    viewport,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage"],
  });
  // VS Code asks for the clipboard on paste; grant it so no prompt appears.
  await context.grantPermissions(["clipboard-read", "clipboard-write"]).catch(() => {});
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Opens the workbench and waits until it is usable: the explorer lists the workspace, nothing is in the way. */
export async function openWorkbench(context, server, { timeout = 90000 } = {}) {
  const page = context.pages()[0] ?? (await context.newPage());
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.pageErrors = errors;
  await page.goto(server.url, { timeout });
  await page.locator(".monaco-workbench").waitFor({ timeout });
  // The remote connection is up once the explorer shows the workspace's files.
  await page.locator(".explorer-folders-view .monaco-list-row").first().waitFor({ timeout });
  if (server.probe) await server.probe.ready(timeout);
  await page.locator(".statusbar").waitFor({ timeout });
  await dismissNotifications(page);
  return page;
}

/**
 * The texts of the notifications, read from the notification centre (a toast may be gone, or never
 * shown while the window has no focus); with `screenshotName`, a screenshot with the centre open.
 */
export async function notificationTexts(page, { screenshotName } = {}) {
  const center = page.locator(".notifications-center");
  await runCommand(page, "Notifications: Show Notifications");
  await center.waitFor();
  const texts = await center.locator(".notification-list-item").allTextContents();
  if (screenshotName) await screenshot(page, screenshotName);
  await page.keyboard.press("Escape");
  await center.waitFor({ state: "hidden" });
  return texts;
}

/** Closes notification toasts (they may hold the keyboard focus). */
export async function dismissNotifications(page) {
  const toasts = page.locator(".notifications-toasts .notification-toast");
  if ((await toasts.count()) === 0) return;
  await runCommand(page, "Notifications: Clear All Notifications").catch(() => {});
}

async function quickInput(page) {
  const widget = page.locator(".quick-input-widget");
  await widget.waitFor({ state: "visible", timeout: 10000 });
  return widget;
}

/** Opens a workspace file by its relative path through Quick Open (Ctrl+P). */
export async function quickOpen(page, relativePath, { timeout = 15000 } = {}) {
  const name = path.basename(relativePath);
  await page.keyboard.press("Control+P");
  const widget = await quickInput(page);
  await page.keyboard.type(relativePath);
  // Wait for the row of this file (its description shows the folder), then take it.
  const folder = path.dirname(relativePath);
  const row = widget
    .locator(".monaco-list-row")
    .filter({ has: page.locator(".label-name", { hasText: new RegExp(`^${escapeRegExp(name)}$`) }) })
    .filter(folder === "." ? {} : { hasText: folder });
  await row.first().waitFor({ timeout });
  await row.first().click();
  await widget.waitFor({ state: "hidden", timeout });
  await page.locator(`.tabs-container .tab.active[data-resource-name="${name}"]`).waitFor({ timeout });
  const editor = activeEditor(page);
  await editor.locator(".view-lines").waitFor({ timeout });
  return editor;
}

/** Runs a command by its title from the command palette (F1), like a user. */
export async function runCommand(page, title, { timeout = 15000 } = {}) {
  await openCommandPalette(page, title);
  const row = commandRow(page, title);
  await row.waitFor({ timeout });
  await row.click();
  await page.locator(".quick-input-widget").waitFor({ state: "hidden", timeout });
}

/** Runs a command that asks to pick an item (e.g. "Preferences: Color Theme"), and picks the item whose label is `item`. */
export async function runCommandAndPick(page, title, item, { timeout = 15000 } = {}) {
  await openCommandPalette(page, title);
  const row = commandRow(page, title);
  await row.waitFor({ timeout });
  await row.click();
  // The same widget now lists the command's items.
  await page.locator(".quick-input-widget input.input").fill(item);
  const choice = page
    .locator(".quick-input-widget .monaco-list-row")
    .filter({ has: page.locator(".label-name", { hasText: new RegExp(`^\\s*${escapeRegExp(item)}\\s*$`) }) })
    .first();
  await choice.waitFor({ timeout });
  await choice.click();
  await page.locator(".quick-input-widget").waitFor({ state: "hidden", timeout });
}

/** The titles of the palette's entries that match `text` (the palette stays open; Escape closes it). */
export async function paletteEntries(page, text, { settle = 500 } = {}) {
  await openCommandPalette(page, text);
  await page.waitForTimeout(settle);
  const labels = await page.locator(".quick-input-widget .monaco-list-row .label-name").allTextContents();
  await page.keyboard.press("Escape");
  return labels.map((l) => l.replace(/\u00a0/g, " ").trim());
}

async function openCommandPalette(page, text) {
  await page.keyboard.press("F1");
  await quickInput(page);
  const input = page.locator(".quick-input-widget input.input");
  await input.fill(`>${text}`);
}

/** The palette row whose title is exactly `title`. */
function commandRow(page, title) {
  return page
    .locator(".quick-input-widget .monaco-list-row")
    .filter({ has: page.locator(".label-name", { hasText: new RegExp(`^\\s*${escapeRegExp(title)}\\s*$`) }) })
    .first();
}

/** The active editor group's Monaco editor. */
export function activeEditor(page) {
  return page.locator(".editor-group-container.active .monaco-editor").first();
}

/** Gives the keyboard to a file's editor by clicking its tab, as a user would (the cursor stays). */
export async function focusEditorTab(page, fileName) {
  const tab = page.locator(`.tabs-container .tab[data-resource-name="${fileName}"]`).first();
  await tab.click();
  await page.locator(`.editor-group-container.active .tabs-container .tab.active[data-resource-name="${fileName}"]`).waitFor();
  await page.waitForFunction(() => document.activeElement?.closest(".monaco-editor") != null, null, { timeout: 5000 });
}

/** A point inside the first character of the first drawn occurrence of `text` in the active editor (scrolled into view). */
async function editorTextPoint(page, text) {
  const line = activeEditor(page).locator(".view-line", { hasText: text }).first();
  await line.scrollIntoViewIfNeeded();
  return line.evaluate((element, wanted) => {
    const nodes = [];
    let all = "";
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push({ node, start: all.length });
      all += node.textContent;
    }
    const at = all.replace(/\u00a0/g, " ").indexOf(wanted);
    const { node, start } = nodes.findLast((n) => n.start <= at);
    const range = document.createRange();
    range.setStart(node, at - start);
    range.setEnd(node, Math.min(node.textContent.length, at - start + 1));
    const r = range.getBoundingClientRect();
    return { x: r.left + 1, y: r.top + r.height / 2 };
  }, text);
}

/** Clicks in the active editor just before the first drawn occurrence of `text` (moves the cursor there by mouse). */
export async function clickEditorText(page, text) {
  const point = await editorTextPoint(page, text);
  await page.mouse.click(point.x, point.y);
}

/**
 * Shows the hover of the first drawn occurrence of `text` in the active editor: the cursor put there by mouse, then
 * "Show or Focus Hover" (Ctrl+K Ctrl+I; the tests turn the mouse hover off so that it never covers what they click).
 */
export async function showHoverAt(page, text) {
  await clickEditorText(page, text);
  await page.keyboard.press("Control+K");
  await page.keyboard.press("Control+I");
}

/** Types into the focused editor, character by character, as a user would. */
export async function typeInEditor(page, text, { delay = 20 } = {}) {
  await page.keyboard.type(text, { delay });
}

/** Moves the cursor with "Go to Line/Column…" (Ctrl+G, "line:column", both 1-based). */
export async function goToLine(page, line, column = 1) {
  await page.keyboard.press("Control+G");
  await quickInput(page);
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press("Enter");
  await page.locator(".quick-input-widget").waitFor({ state: "hidden" });
}

/**
 * The text Monaco shows in the active editor (only the lines drawn, as the DOM has them). The
 * probe's state().activeEditor.text is the exact buffer; use this to check what the user sees.
 */
export async function visibleEditorText(page) {
  return activeEditor(page)
    .locator(".view-lines")
    .evaluate((element) =>
      [...element.querySelectorAll(".view-line")]
        .map((line) => ({ top: parseFloat(line.style.top) || 0, text: line.textContent.replace(/\u00a0/g, " ") }))
        .sort((a, b) => a.top - b.top)
        .map((line) => line.text)
        .join("\n"),
    );
}

/** Whether the active tab shows the unsaved-changes mark. */
export async function activeTabIsDirty(page) {
  return page.locator(".editor-group-container.active .tabs-container .tab.active.dirty").count().then((n) => n > 0);
}

/**
 * The frames of webviews: each webview is an iframe (the webview host, index.html) holding an
 * iframe with the content (fake.html), which may hold its own iframes. Returns all of them.
 */
export function webviewFrames(page) {
  return page.frames().filter((frame) => frame !== page.mainFrame() && /\/webview\/|vscode-webview|webview\/browser\/pre/.test(frameChain(frame)));
}

function frameChain(frame) {
  let chain = "";
  for (let f = frame; f; f = f.parentFrame()) chain += ` ${f.url()}`;
  return chain;
}

/**
 * Waits for the frame (at any depth) in which `selector` matches, and returns it. `where`
 * narrows to frames whose URL passes it.
 */
export async function findFrame(page, selector, { timeout = 15000, where = () => true } = {}) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (!where(frame.url())) continue;
      const found = await frame.$(selector).then((h) => (h ? (h.dispose(), true) : false)).catch(() => false);
      if (found) return frame;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const urls = page.frames().map((f) => `  ${"  ".repeat(depth(f))}${f.url().slice(0, 160)}`);
  throw new Error(`no frame has ${selector} after ${timeout} ms; frames:\n${urls.join("\n")}`);
}

function depth(frame) {
  let n = 0;
  for (let f = frame.parentFrame(); f; f = f.parentFrame()) n++;
  return n;
}

/** Saves a screenshot of the whole page to test-results/vscode/<name>.png and returns its path. */
export async function screenshot(page, name) {
  fs.mkdirSync(screenshotDirectory, { recursive: true });
  const file = path.join(screenshotDirectory, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Polls a condition until it gives a truthy value (returned) or the time runs out. */
export async function eventually(check, message, timeout = 5000, interval = 50) {
  const deadline = Date.now() + timeout;
  let last;
  let error;
  while (Date.now() < deadline) {
    try {
      last = await check();
      if (last) return last;
    } catch (e) {
      error = e;
    }
    await new Promise((r) => setTimeout(r, interval));
  }
  throw new Error(`${typeof message === "function" ? await message() : message} (waited ${timeout} ms)${error ? `: ${error.message}` : ""}`);
}

/** A fresh copy of an example project in a temporary folder; remove() deletes it. */
export function copyExample(name = "landing-page") {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "omnios-workspace-"));
  fs.cpSync(path.join(repositoryRoot, "examples", name), root, { recursive: true, filter: (source) => !/[\\/](node_modules|\.next)([\\/]|$)/.test(source) });
  return { root, file: (relative) => path.join(root, relative), remove: () => fs.rmSync(root, { recursive: true, force: true }) };
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
