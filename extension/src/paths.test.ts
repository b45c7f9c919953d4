import assert from "node:assert/strict";
import { test } from "node:test";
import { canvasPageUrl, frameWidths, isDesignFile, relativePath } from "./paths";

test("React component files have a design; other sources do not", () => {
  assert.equal(isDesignFile("/w/components/Hero.tsx"), true);
  assert.equal(isDesignFile("C:\\w\\App.JSX"), true);
  assert.equal(isDesignFile("/w/lib/utils.ts"), false);
  assert.equal(isDesignFile("/w/tsx"), false);
});

test("a file is named relative to the workspace folder with forward slashes", () => {
  assert.equal(relativePath("/w/site", "/w/site/components/Hero.tsx"), "components/Hero.tsx");
  assert.equal(relativePath("/w/site/", "/w/site/app/page.tsx"), "app/page.tsx");
  assert.equal(relativePath("C:\\w\\site", "C:\\w\\site\\app\\page.tsx"), "app/page.tsx");
});

test("a file outside the workspace folder, or in a folder that only starts the same, has no path", () => {
  assert.equal(relativePath("/w/site", "/w/other/Hero.tsx"), null);
  assert.equal(relativePath("/w/site", "/w/site-2/Hero.tsx"), null);
  assert.equal(relativePath("/w/site", "/w/site"), null);
});

test("the canvas page URL keeps the server's token and adds the document, component and frame widths", () => {
  const url = new URL(canvasPageUrl("http://127.0.0.1:8080/proxy/41877/?token=ab12", { path: "components/Hero.tsx", component: "Hero" }, [1280, 390]));
  assert.equal(url.origin + url.pathname, "http://127.0.0.1:8080/proxy/41877/");
  assert.equal(url.searchParams.get("token"), "ab12");
  assert.equal(url.searchParams.get("path"), "components/Hero.tsx");
  assert.equal(url.searchParams.get("component"), "Hero");
  assert.equal(url.searchParams.get("widths"), "1280,390");
});

test("without a document the canvas page opens on the project's main page, and a component alone means nothing", () => {
  const url = new URL(canvasPageUrl("http://127.0.0.1:41877/?token=ab12", { path: null, component: "Hero" }, [768]));
  assert.equal(url.searchParams.has("path"), false);
  assert.equal(url.searchParams.has("component"), false);
});

test("frame widths the canvas cannot draw are dropped, and none left gives the defaults", () => {
  assert.deepEqual(frameWidths([1440, 100, "wide", 390.4, Number.NaN, 5000]), [1440, 390]);
  assert.deepEqual(frameWidths([]), [1280, 768, 390]);
  assert.deepEqual(frameWidths("1280"), [1280, 768, 390]);
  assert.deepEqual(frameWidths(undefined), [1280, 768, 390]);
});
