// The canvas in Chromium (run on demand, not a test): time from page load to the first complete
// drawing of the example project, cold (a fresh browser profile) and warm (reopened), and time to
// apply one delta (a text change) to a page of 1,000 elements, from the notification's arrival to
// the stage drawn again. Prints medians.
import fs from "node:fs";
import { launchBrowser, startServer, waitForCanvas } from "../tests/e2e/harness.mjs";

const runs = Math.max(2, Number(process.argv.find((a) => a.startsWith("--runs="))?.split("=")[1] ?? 7));
const coldRuns = Math.max(1, Number(process.argv.find((a) => a.startsWith("--cold-runs="))?.split("=")[1] ?? 5));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const server = await startServer();
const browser = await launchBrowser();
// A page of 1,000 elements beside the example's.
const rows = Array.from({ length: 999 }, (_, i) => `      <p className="p-1 text-sm">Row ${i}</p>`).join("\n");
fs.mkdirSync(server.file("app/big"), { recursive: true });
fs.writeFileSync(server.file("app/big/page.tsx"), `export default function Big() {\n  return (\n    <main className="flex flex-col">\n${rows}\n    </main>\n  );\n}\n`);

/** Resolves in the page once the canvas has drawn; a few bytes of script, run over CDP, so the probe costs the boot nothing measurable. */
const DRAWN = `new Promise((resolve) => { const check = () => performance.getEntriesByName("omnios-first-render").length > 0 ? resolve(true) : setTimeout(check, 20); check(); })`;

/** Opens the canvas in a new page of a browser; the first complete drawing, after the page's load event and after the navigation's start. */
async function firstRender(someBrowser) {
  const page = await someBrowser.context.newPage();
  // Not Playwright's waiting functions while the canvas boots: they install Playwright's injected
  // script in the page (tens of milliseconds of the main thread) in the middle of the boot measured.
  const cdp = await someBrowser.context.newCDPSession(page);
  await page.goto(server.url, { waitUntil: "commit" });
  const { exceptionDetails } = await cdp.send("Runtime.evaluate", { expression: DRAWN, awaitPromise: true });
  if (exceptionDetails) throw new Error(`the canvas did not draw: ${exceptionDetails.text}`);
  await cdp.detach();
  // From the load event (the figure) and from the navigation's start: frames made before the
  // page's load event delay it, which would flatter the first figure alone.
  const times = await page.evaluate(() => {
    const drawn = performance.getEntriesByName("omnios-first-render")[0].startTime;
    return { afterLoad: drawn - performance.getEntriesByType("navigation")[0].loadEventEnd, afterStart: drawn };
  });
  await page.close();
  return times;
}

try {
  // Cold: each in a browser profile of its own (nothing in its cache or storage: the canvas as first
  // opened), after the server has answered a first canvas (its own start is the server bench's figure).
  await firstRender(browser);
  const cold = [];
  for (let i = 0; i < coldRuns; i++) {
    const fresh = await launchBrowser();
    try {
      cold.push(await firstRender(fresh));
    } finally {
      await fresh.close();
    }
  }
  // Warm: pages of one profile, after a first boot there (the browser's cache and the CSS kept from the boot before).
  const warm = [];
  for (let i = 0; i < runs; i++) warm.push(await firstRender(browser));

  const page = await browser.context.newPage();
  await page.goto(`${server.url}&path=${encodeURIComponent("app/big/page.tsx")}&widths=1280`);
  await waitForCanvas(page);
  const deltas = [];
  const file = server.file("app/big/page.tsx");
  for (let i = 0; i < runs; i++) {
    await page.evaluate(() => performance.clearMeasures("omnios-delta"));
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/Row 500[^<]*/, `Row 500 edit ${i}`));
    await page.waitForFunction(() => performance.getEntriesByName("omnios-delta").length > 0, null, { timeout: 10000 });
    deltas.push(await page.evaluate(() => performance.getEntriesByName("omnios-delta").at(-1).duration));
  }
  const after = (list, key) => median(list.map((t) => t[key])).toFixed(0);
  console.log(`canvas: first complete render, cold (a fresh browser profile each): ${after(cold, "afterLoad")} ms after the page loaded, ${after(cold, "afterStart")} ms after the navigation started (median of ${coldRuns}; the example's main page, 3 frames)`);
  console.log(`canvas: first complete render, warm (a page reopened in one profile): ${after(warm, "afterLoad")} ms after the page loaded, ${after(warm, "afterStart")} ms after the navigation started (median of ${runs})`);
  console.log(`canvas: one delta on a 1,000-element page applied and drawn in ${median(deltas).toFixed(2)} ms (median of ${runs}; 1 frame)`);
} finally {
  await browser.close();
  await server.stop();
}
