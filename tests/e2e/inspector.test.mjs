// The Tailwind-aware inspector as a user drives it, in headless Chromium against `omnios serve` on a
// copy of the example project: padding changed in the box model becomes the right class in the file
// (replacing the old one) and shows on the stage; picking an element in the 768px frame edits at md;
// an element styled inline gets its style property; undo restores the bytes. Screenshots of each
// step go to test-results/e2e/ (inspector-*.png), including the inspector in a narrow window.
import assert from "node:assert/strict";
import fs from "node:fs";
import { after, before, describe, test } from "node:test";
import { eventually, launchBrowser, openCanvas, screenshot, startServer, waitForCanvas } from "./harness.mjs";

const CARD = "components/FeatureCard.tsx";
const BADGE = "components/Badge.tsx";
const BADGE_SOURCE = `export default function Badge() {
  return (
    <div className="p-4">
      <span style={{ padding: "4px 12px", borderRadius: 999, background: "#eef4ff", color: "#3040b8" }}>New</span>
    </div>
  );
}
`;

describe("the style inspector in a browser", () => {
  let server;
  let browser;
  let page;
  let original;
  const read = (file) => fs.readFileSync(server.file(file), "utf8");
  const frame = (index) => page.frameLocator("iframe.stage-frame").nth(index);
  const padding = (locator) => locator.evaluate((e) => getComputedStyle(e).paddingTop);
  const breakpoint = (name) => page.getByRole("radiogroup", { name: "Breakpoint" }).getByRole("radio", { name, exact: true });

  async function commit(label, value) {
    const field = page.getByLabel(label, { exact: true });
    await field.fill(value);
    await field.press("Enter");
  }

  before(async () => {
    server = await startServer();
    fs.writeFileSync(server.file(BADGE), BADGE_SOURCE);
    original = fs.readFileSync(server.file(CARD));
    browser = await launchBrowser();
    page = await openCanvas(browser, server, CARD);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test("the inspector shows the element's padding and the class it comes from, at the breakpoint of the frame it was picked in", async () => {
    await frame(0).locator("article").click();
    await eventually(async () => (await breakpoint("xl").getAttribute("aria-checked")) === "true", "picking in the 1280px frame proposes xl");
    await eventually(async () => (await page.getByLabel("Padding (all sides)", { exact: true }).inputValue()) === "24", "the padding is 24 (p-6)");
    assert.match(await page.locator(".box-all-field.inherited").first().textContent(), /Padding/, "at xl, p-6 is inherited from base");
    assert.match(await page.locator(".box-sources").textContent(), /↳ p-6/);
    await screenshot(page, "inspector-01-selected-xl");
  });

  test("changing the padding at base replaces p-6 with p-8 in the file and the stage shows 32px", async () => {
    await breakpoint("Base").click();
    await eventually(async () => (await page.locator(".box-all-field.set").count()) > 0, "at base, p-6 is set here");
    await commit("Padding (all sides)", "32");

    const text = await eventually(() => {
      const current = read(CARD);
      return current !== original.toString("utf8") ? current : null;
    }, "the file changes");
    assert.equal(text, original.toString("utf8").replace("border-slate-200 p-6 transition-shadow", "border-slate-200 p-8 transition-shadow"), "p-8 replaces p-6; nothing else changes");
    await eventually(async () => (await padding(frame(0).locator("article"))) === "32px", "the 1280px frame shows 32px");
    await eventually(async () => (await padding(frame(2).locator("article"))) === "32px", "and so does the 390px frame");
    assert.match(await page.locator(".style-notice.done").textContent(), /Wrote p-8, replacing p-6/);
    await screenshot(page, "inspector-02-padding-base");
  });

  test("picking the element in the 768px frame edits at md: the file gets md:p-12 and only frames from 768px change", async () => {
    await frame(1).locator("article").click();
    await eventually(async () => (await breakpoint("md").getAttribute("aria-checked")) === "true", "picking in the 768px frame proposes md");
    assert.match(await page.locator(".variant-note").textContent(), /md: classes from 768px up/);
    await commit("Padding (all sides)", "48");

    await eventually(() => read(CARD).includes('"rounded-2xl border border-slate-200 p-8 transition-shadow hover:shadow-lg md:p-12"'), "md:p-12 is added beside p-8");
    await eventually(async () => (await padding(frame(1).locator("article"))) === "48px", "the 768px frame shows 48px");
    assert.equal(await padding(frame(0).locator("article")), "48px", "the 1280px frame too (md applies from 768px)");
    assert.equal(await padding(frame(2).locator("article")), "32px", "the 390px frame keeps the base padding");
    await eventually(async () => (await page.getByLabel("Padding (all sides)", { exact: true }).inputValue()) === "48", "the inspector shows the new value");
    await screenshot(page, "inspector-03-padding-md");
  });

  test("undo takes both changes back and the file's bytes are exactly as before", async () => {
    await page.getByRole("button", { name: "Undo" }).click();
    await eventually(() => !read(CARD).includes("md:p-12"), "the md change is undone");
    await page.getByRole("button", { name: "Undo" }).click();
    await eventually(() => fs.readFileSync(server.file(CARD)).equals(original), "undo restores the bytes");
    await eventually(async () => (await padding(frame(0).locator("article"))) === "24px", "the stage shows the old padding");
  });

  test("an inline-styled element gets its style property, and at a breakpoint its inline style would hide the field says why it cannot be edited", async () => {
    await page.getByLabel("Document").selectOption(BADGE);
    await frame(0).locator("span").first().waitFor();
    await frame(0).locator("span").first().click();
    await eventually(async () => (await page.getByLabel("Padding top", { exact: true }).inputValue()) === "4", "the inspector shows the inline padding (4px 12px)");
    assert.match(await page.locator(".variant-note").textContent(), /xl: classes/);
    assert.ok(await page.getByLabel("Padding top", { exact: true }).isDisabled(), "at xl the side cannot be edited: a class would not beat the inline style");
    assert.match(await page.locator(".box-refusal").first().textContent(), /The inline style sets padding, which wins over classes at every breakpoint/);
    assert.equal(read(BADGE), BADGE_SOURCE);
    await screenshot(page, "inspector-04-inline-refused");

    await breakpoint("Base").click();
    await eventually(async () => /inline style/.test(await page.locator(".variant-note").textContent()), "at base, edits write the inline style");
    await commit("Padding top", "24");
    await eventually(() => read(BADGE) === BADGE_SOURCE.replace('color: "#3040b8" }}', 'color: "#3040b8", paddingTop: "24px" }}'), "the style object gets paddingTop");
    await eventually(async () => (await padding(frame(0).locator("span").first())) === "24px", "the stage shows 24px");
    await screenshot(page, "inspector-05-inline-written");

    await page.getByRole("button", { name: "Undo" }).click();
    await eventually(() => read(BADGE) === BADGE_SOURCE, "undo restores the bytes");
  });

  test("in a narrow window the inspector keeps its controls legible", async () => {
    const narrow = await browser.context.newPage();
    await narrow.setViewportSize({ width: 760, height: 1000 });
    await narrow.goto(`${server.url}&path=${encodeURIComponent(CARD)}`);
    await waitForCanvas(narrow);
    await narrow.frameLocator("iframe.stage-frame").first().locator("article").click();
    await eventually(async () => (await narrow.getByLabel("Padding (all sides)", { exact: true }).inputValue()) === "24", "the inspector shows the card");
    const panel = await narrow.locator("aside.right").boundingBox();
    const box = await narrow.locator(".box-model").boundingBox();
    assert.ok(box.x >= panel.x && box.x + box.width <= panel.x + panel.width, "the box model fits the panel");
    await screenshot(narrow, "inspector-06-narrow");
    await narrow.close();
  });
});
