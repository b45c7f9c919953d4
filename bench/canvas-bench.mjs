// The canvas in Chromium (run on demand, not a test): time from page load to the first complete
// drawing of the example project, and time to apply one delta (a text change) to a page of
// 1,000 elements, from the notification's arrival to the stage drawn again. Prints medians.
import fs from "node:fs";
import { launchBrowser, startServer, waitForCanvas } from "../tests/e2e/harness.mjs";

const runs = Math.max(2, Number(process.argv.find((a) => a.startsWith("--runs="))?.split("=")[1] ?? 7));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const server = await startServer();
const browser = await launchBrowser();
// A page of 1,000 elements beside the example's.
const rows = Array.from({ length: 999 }, (_, i) => `      <p className="p-1 text-sm">Row ${i}</p>`).join("\n");
fs.mkdirSync(server.file("app/big"), { recursive: true });
fs.writeFileSync(server.file("app/big/page.tsx"), `export default function Big() {\n  return (\n    <main className="flex flex-col">\n${rows}\n    </main>\n  );\n}\n`);

try {
  const firstRender = [];
  const fromNavigation = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.context.newPage();
    await page.goto(server.url);
    await waitForCanvas(page);
    await page.waitForFunction(() => performance.getEntriesByName("omnios-first-render").length > 0);
    // From the load event (the figure) and from the navigation's start: frames made before the
    // page's load event delay it, which would flatter the first figure alone.
    const [afterLoad, afterStart] = await page.evaluate(() => {
      const drawn = performance.getEntriesByName("omnios-first-render")[0].startTime;
      return [drawn - performance.getEntriesByType("navigation")[0].loadEventEnd, drawn];
    });
    firstRender.push(afterLoad);
    fromNavigation.push(afterStart);
    await page.close();
  }

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
  // The runs share one browser profile: the first is a cold boot (the Tailwind engine runs before the
  // first drawing), the others warm (the engine's CSS kept from the boot before is drawn with at once).
  const warm = (values) => values.slice(1);
  console.log(`canvas: first complete render, cold (the first boot): ${firstRender[0].toFixed(0)} ms after the page loaded, ${fromNavigation[0].toFixed(0)} ms after the navigation started`);
  console.log(`canvas: first complete render, warm: ${median(warm(firstRender)).toFixed(0)} ms after the page loaded (median of ${runs - 1}; the example's main page, 3 frames)`);
  console.log(`canvas: first complete render, warm: ${median(warm(fromNavigation)).toFixed(0)} ms after the navigation started (median of ${runs - 1})`);
  console.log(`canvas: one delta on a 1,000-element page applied and drawn in ${median(deltas).toFixed(2)} ms (median of ${runs}; 1 frame)`);
} finally {
  await browser.close();
  await server.stop();
}
