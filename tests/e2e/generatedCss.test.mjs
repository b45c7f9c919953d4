// The stage's generated CSS across boots, in headless Chromium against `omnios serve`: the first
// boot in a browser profile draws once the Tailwind engine (in the stage's worker) has generated the
// CSS for what it draws; a later one draws at once with the CSS the engine generated last time, then
// the engine's CSS replaces it, styling classes added since.
import assert from "node:assert/strict";
import fs from "node:fs";
import { after, before, describe, test } from "node:test";
import { eventually, launchBrowser, screenshot, startServer, waitForCanvas } from "./harness.mjs";

const HERO = "components/Hero.tsx";
// The Header's call to action is bg-brand-500, a colour of the example's own @theme (#4f6bf5).
const BRAND_500 = "rgb(79, 107, 245)";

/** Opens the canvas in a new page of the browser's one profile; records every frame at the moment the first drawing is reported complete. */
async function boot(browser, url) {
  const page = await browser.context.newPage();
  page.on("pageerror", (error) => console.error("page error:", error.message));
  await page.addInitScript(() => {
    const mark = performance.mark.bind(performance);
    performance.mark = (name, options) => {
      if (name === "omnios-first-render") {
        window.omniosEngineCssBeforeFirstRender = performance.getEntriesByName("omnios-engine-css").length > 0;
        window.omniosFirstRender = [...document.querySelectorAll("iframe.stage-frame")].map((frame) => {
          const button = frame.contentDocument.querySelector("a.bg-brand-500");
          const heading = frame.contentDocument.querySelector("h1");
          return {
            width: frame.style.width,
            background: button ? frame.contentWindow.getComputedStyle(button).backgroundColor : null,
            headingColor: heading ? frame.contentWindow.getComputedStyle(heading).color : null,
            css: frame.dataset.omniosCss ?? null,
          };
        });
      }
      return mark(name, options);
    };
  });
  await page.goto(url);
  await page.waitForFunction(() => window.omniosFirstRender !== undefined, null, { timeout: 15000 });
  await waitForCanvas(page);
  return { page, frames: await page.evaluate(() => window.omniosFirstRender), engineCssBefore: await page.evaluate(() => window.omniosEngineCssBeforeFirstRender) };
}

/** The computed value of a property of the first element matching a selector, in every frame. */
function computedInFrames(page, selector, property) {
  return page.evaluate(
    ([selector, property]) =>
      [...document.querySelectorAll("iframe.stage-frame")].map((frame) => {
        const element = frame.contentDocument.querySelector(selector);
        return element ? frame.contentWindow.getComputedStyle(element).getPropertyValue(property) : null;
      }),
    [selector, property],
  );
}

/** The engine's CSS the page keeps for the next boot (written when the page is idle), or "" before it is written. */
function keptCss(page) {
  return page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith("omnios.generatedCss:"))
      .map((key) => JSON.parse(localStorage.getItem(key)).css)
      .join("\n"),
  );
}

/** Whether the engine's CSS is shown in every frame (each frame says where its CSS comes from). */
function engineRan(page) {
  return page.evaluate(() => [...document.querySelectorAll("iframe.stage-frame")].every((frame) => frame.dataset.omniosCss === "engine"));
}

describe("the stage's generated CSS across boots", () => {
  let server;
  let browser;

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test("the first boot in a browser profile reports its first drawing with every frame styled by the project's theme, in CSS the Tailwind engine generated", async () => {
    const { page, frames, engineCssBefore } = await boot(browser, server.url);
    assert.deepEqual(frames.map((f) => [f.width, f.background]), [["1280px", BRAND_500], ["768px", BRAND_500], ["390px", BRAND_500]]);
    assert.deepEqual(frames.map((f) => f.css), ["engine", "engine", "engine"]);
    assert.equal(engineCssBefore, true, "the engine's CSS was in place before the first drawing");
    await eventually(async () => (await keptCss(page)) !== "", "the engine's CSS is kept for the next boot");
    await page.close();
  });

  test("a later boot draws every frame styled with the CSS kept from the last one, and the engine's CSS replaces it once that drawing is on screen", async () => {
    const { page, frames, engineCssBefore } = await boot(browser, server.url);
    assert.deepEqual(frames.map((f) => [f.width, f.background]), [["1280px", BRAND_500], ["768px", BRAND_500], ["390px", BRAND_500]]);
    assert.deepEqual(frames.map((f) => f.css), ["cache", "cache", "cache"], "every frame shows the kept CSS when the first drawing is reported");
    assert.equal(engineCssBefore, false);
    await eventually(() => engineRan(page), "the engine's CSS replaces the kept CSS after the first drawing");
    assert.deepEqual(await computedInFrames(page, "a.bg-brand-500", "background-color"), [BRAND_500, BRAND_500, BRAND_500]);
    await page.close();
  });

  test("a class added to the file after a cached boot is styled in every frame, and the next boot has it from the start", async () => {
    const { page } = await boot(browser, `${server.url}&path=${encodeURIComponent(HERO)}`);
    await eventually(() => engineRan(page), "the engine's CSS replaces the kept CSS after the first drawing");
    // A colour no file of the project uses, so neither the kept CSS nor the engine had it before.
    const file = server.file(HERO);
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("leading-tight text-slate-900", "leading-tight text-[#123456]"));
    await eventually(async () => (await computedInFrames(page, "h1", "color")).every((c) => c === "rgb(18, 52, 86)"), "every frame styles the new class");
    await screenshot(page, "generated-css-new-class");
    await eventually(async () => (await keptCss(page)).includes("#123456"), "the CSS kept for the next boot styles the new class");
    await page.close();

    const next = await boot(browser, `${server.url}&path=${encodeURIComponent(HERO)}`);
    assert.deepEqual(next.frames.map((f) => [f.css, f.headingColor]), [["cache", "rgb(18, 52, 86)"], ["cache", "rgb(18, 52, 86)"], ["cache", "rgb(18, 52, 86)"]]);
    await next.page.close();
  });
});
