import assert from "node:assert/strict";
import { test } from "node:test";
import { dropTargetFor, type DropCandidate } from "./dropTarget";

const candidate = (overrides: Partial<DropCandidate> = {}): DropCandidate => ({
  id: "x", rect: { left: 0, top: 0, width: 100, height: 40 }, emptyContainer: false, parentId: "p", index: 2, parentAxis: "column", ...overrides,
});

test("the upper half of an element in a column drops before it, the lower half after it", () => {
  assert.equal(dropTargetFor(candidate(), 50, 10)!.index, 2);
  assert.equal(dropTargetFor(candidate(), 50, 30)!.index, 3);
});

test("in a row the left and right halves decide", () => {
  assert.equal(dropTargetFor(candidate({ parentAxis: "row" }), 20, 20)!.index, 2);
  assert.equal(dropTargetFor(candidate({ parentAxis: "row" }), 80, 20)!.index, 3);
});

test("moving an element later within its own parent counts the index without it", () => {
  const target = dropTargetFor(candidate(), 50, 30, { id: "d", parentId: "p", index: 0 });
  assert.equal(target!.index, 2);
});

test("the middle of an empty container drops inside it", () => {
  const target = dropTargetFor(candidate({ emptyContainer: true }), 50, 20);
  assert.deepEqual({ parentId: target!.parentId, index: target!.index }, { parentId: "x", index: 0 });
});

test("a component root has nowhere to drop beside it", () => {
  assert.equal(dropTargetFor(candidate({ parentId: null }), 50, 10), null);
});
