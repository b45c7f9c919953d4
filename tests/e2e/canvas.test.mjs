// The canvas as a user drives it, in headless Chromium against `omnios serve` on a copy of the
// example project: selecting, deleting, undoing, editing text, drag to move, edits on disk, and
// a syntax error. Each step saves a screenshot to test-results/e2e/.
import assert from "node:assert/strict";
import fs from "node:fs";
import { after, before, describe, test } from "node:test";
import { eventually, launchBrowser, openCanvas, screenshot, stage, startServer } from "./harness.mjs";

const HERO = "components/Hero.tsx";

describe("the canvas in a browser", () => {
  let server;
  let browser;
  let page;
  const read = () => fs.readFileSync(server.file(HERO), "utf8");

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await openCanvas(browser, server, HERO);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test("the example page is drawn with its elements tagged by id and styled by Tailwind", async () => {
    const heading = stage(page).locator("h1").first();
    await heading.waitFor();
    assert.match(await heading.getAttribute("data-omnios-id"), /components\/Hero\.tsx#Hero\//);
    const fontSize = await heading.evaluate((e) => getComputedStyle(e).fontSize);
    assert.notEqual(fontSize, "16px", "Tailwind classes are applied in the stage");
    await screenshot(page, "01-drawn");
  });

  test("clicking an element selects it and the inspector shows it", async () => {
    await stage(page).locator("h1").first().click();
    await eventually(() => page.locator(".inspector header .tag").textContent().then((t) => t === "<h1>"), "the inspector shows the h1");
    assert.match(await page.locator(".inspector textarea").inputValue(), /Plan, build & ship/);
    await screenshot(page, "02-selected");
  });

  test("Delete removes the element from the file, with its lines, and Ctrl+Z restores the bytes exactly", async () => {
    const original = fs.readFileSync(server.file(HERO));
    await stage(page).locator("p").first().click();
    await page.keyboard.press("Delete");
    const without = await eventually(() => {
      const text = read();
      return text.includes("New: team workspaces") ? null : text;
    }, "the paragraph leaves the file");
    const expected = original.toString("utf8").replace(/\n {8}<p className="text-sm font-semibold[^\n]*\n[^\n]*\n {8}<\/p>/, "");
    assert.equal(without, expected, "only the element and its lines were removed");
    await screenshot(page, "03-deleted");

    await page.keyboard.press("Control+z");
    await eventually(() => fs.readFileSync(server.file(HERO)).equals(original), "undo restores the file's bytes");
    await eventually(async () => (await stage(page).locator("p", { hasText: "New: team workspaces" }).count()) > 0, "the paragraph is back on the stage");
    await screenshot(page, "04-undone");
  });

  test("changing the text in the inspector changes the file by exactly that text", async () => {
    const before = read();
    await stage(page).locator("h1").first().click();
    const textarea = page.locator(".inspector textarea");
    await textarea.fill("Plan calmly, ship weekly");
    await textarea.press("Enter");
    await eventually(() => read() === before.replace("Plan, build &amp; ship without the busywork", "Plan calmly, ship weekly"), "the file has the new text");
    await eventually(async () => (await stage(page).locator("h1").first().textContent()).includes("Plan calmly"), "the stage shows the new text");
    await screenshot(page, "05-text-changed");
  });

  test("an edit made on disk shows on the stage within a second", async () => {
    fs.writeFileSync(server.file(HERO), read().replace("Plan calmly, ship weekly", "Edited on disk"));
    const started = Date.now();
    await eventually(async () => (await stage(page).locator("h1").first().textContent()).includes("Edited on disk"), "the stage follows the file", 1000);
    assert.ok(Date.now() - started <= 1000);
    await screenshot(page, "06-disk-edit");
  });

  test("dragging an element to a new position changes the source order, and undo restores the bytes", async () => {
    const original = fs.readFileSync(server.file(HERO));
    const frame = stage(page);
    const first = frame.locator("a", { hasText: "Start for free" });
    const second = frame.locator("a", { hasText: "See how it works" });
    await first.click();
    const from = await first.boundingBox();
    const to = await second.boundingBox();
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2, { steps: 3 });
    await page.mouse.move(to.x + to.width - 4, to.y + to.height / 2, { steps: 8 });
    await screenshot(page, "07-dragging");
    await page.mouse.up();
    await eventually(() => {
      const text = read();
      return text.indexOf("See how it works") < text.indexOf("Start for free");
    }, "the links swapped in the source");
    await screenshot(page, "08-moved");
    await page.keyboard.press("Control+z");
    await eventually(() => fs.readFileSync(server.file(HERO)).equals(original), "undo restores the order").catch(async (error) => {
      const toast = await page.locator(".toast").textContent().catch(() => "(no message)");
      throw new Error(`${error.message}; the canvas said: ${toast}`);
    });
  });

  test("a syntax error shows a banner and the last render stays", async () => {
    const good = read();
    fs.writeFileSync(server.file(HERO), good.replace("<h1 ", "<h1 className= "));
    await page.locator(".banner").waitFor({ timeout: 3000 });
    assert.match(await page.locator(".banner").textContent(), /Syntax error: .*line \d+/);
    assert.ok((await stage(page).locator("h1").count()) > 0, "the last good design is still drawn");
    await screenshot(page, "09-syntax-error");
    fs.writeFileSync(server.file(HERO), good);
    await page.locator(".banner").waitFor({ state: "detached", timeout: 3000 });
  });

  test("a component from another file is inserted from the palette together with its import", async () => {
    const original = fs.readFileSync(server.file(HERO));
    await stage(page).locator("h1").first().click();
    await page.keyboard.press("Escape");
    await page.locator(".palette-item", { hasText: "◇ Footer" }).click();
    const text = await eventually(() => {
      const current = read();
      return current.includes("<Footer />") ? current : null;
    }, "the Footer lands in the file");
    assert.match(text, /^import Footer from "\.\/Footer";$/m);
    await eventually(async () => (await stage(page).locator("footer").count()) > 0, "the footer is drawn, expanded from its own file");
    await screenshot(page, "10-component-inserted");
    await page.locator("button", { hasText: "Undo" }).click();
    await eventually(() => fs.readFileSync(server.file(HERO)).equals(original), "undo removes both the element and the import");
  });
});
