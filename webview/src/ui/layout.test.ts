import assert from "node:assert/strict";
import { test } from "node:test";
import { fitZoom, gridColumns, initialPanels } from "./layout";

test("a wide page shows both side panels, a narrow one the inspector only, a very narrow one the stage alone", () => {
  assert.deepEqual(initialPanels(1600), { layers: true, inspector: true });
  assert.deepEqual(initialPanels(800), { layers: false, inspector: true });
  assert.deepEqual(initialPanels(480), { layers: false, inspector: false });
});

test("the grid gives the stage whatever the shown panels leave", () => {
  assert.equal(gridColumns(1600, { layers: true, inspector: true }), "240px minmax(0, 1fr) 280px");
  assert.equal(gridColumns(800, { layers: false, inspector: true }), "minmax(0, 1fr) 240px");
  assert.equal(gridColumns(480, { layers: false, inspector: false }), "minmax(0, 1fr)");
});

test("the first zoom shows the first frame whole, at most at 50 %", () => {
  assert.equal(fitZoom(1600, { layers: true, inspector: true }, 1280), 0.5);
  assert.equal(fitZoom(800, { layers: false, inspector: true }, 1280), 0.36);
  assert.equal(fitZoom(300, { layers: false, inspector: false }, 1280), 0.15);
  assert.equal(fitZoom(200, { layers: false, inspector: true }, 1280), 0.1, "never below 10 %");
});
