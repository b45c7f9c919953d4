// Shared set-up for the browser tests: a copy of the example project served by the real
// `omnios serve` process, and headless Debian Chromium driven by playwright-core.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const screenshotDirectory = path.join(repositoryRoot, "test-results", "e2e");

/** Starts `omnios serve` on a fresh copy of examples/landing-page; resolves once it prints its URL. */
export async function startServer() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "omnios-e2e-"));
  fs.cpSync(path.join(repositoryRoot, "examples", "landing-page"), root, { recursive: true });
  const dll = path.join(repositoryRoot, "artifacts", "bin", "OmniOS.Server", "release", "omnios.dll");
  if (!fs.existsSync(dll)) throw new Error(`${dll} is missing: build the solution in Release first (npm test does).`);
  const child = spawn("dotnet", [dll, "serve", root], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, OMNIOS_CANVAS_APP: path.join(repositoryRoot, "webview", "dist") },
  });
  let errors = "";
  child.stderr.on("data", (d) => (errors += d));
  const url = await new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`omnios serve printed no URL in 20 s: ${output}${errors}`)), 20000);
    child.stdout.on("data", (data) => {
      output += data;
      const match = /OmniOS canvas: (\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on("exit", (code) => reject(new Error(`omnios serve exited with ${code}: ${errors}`)));
  });
  return {
    root,
    url,
    file: (relative) => path.join(root, relative),
    async stop() {
      child.kill("SIGTERM");
      const forced = setTimeout(() => child.kill("SIGKILL"), 5000);
      await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.on("exit", resolve)));
      clearTimeout(forced);
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser() {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "omnios-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.OMNIOS_CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    viewport: { width: 1600, height: 1000 },
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** A new page of the browser showing the canvas on a document of the server's project, drawn; page errors are printed. */
export async function openCanvas(browser, server, path) {
  const page = await browser.context.newPage();
  page.on("pageerror", (error) => console.error("page error:", error.message));
  await page.goto(`${server.url}&path=${encodeURIComponent(path)}`);
  await waitForCanvas(page);
  return page;
}

/** The first stage frame (the widest) and a locator inside it. */
export function stage(page) {
  return page.frameLocator("iframe.stage-frame").first();
}

/** Waits until the canvas has drawn the design. */
export async function waitForCanvas(page) {
  await page.waitForFunction(() => {
    const frame = document.querySelector("iframe.stage-frame");
    return frame?.contentDocument?.querySelector("[data-omnios-id]") != null;
  }, null, { timeout: 15000 });
}

export async function screenshot(page, name) {
  fs.mkdirSync(screenshotDirectory, { recursive: true });
  const file = path.join(screenshotDirectory, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Polls a condition (a file's content, the DOM) until it holds or the time runs out. */
export async function eventually(check, message, timeout = 5000) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = await check();
    if (last) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${message} (waited ${timeout} ms)`);
}
