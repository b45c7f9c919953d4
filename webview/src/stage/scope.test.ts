import assert from "node:assert/strict";
import { test } from "node:test";
import { absent, bindParameter, evaluateCondition, evaluateString, lookup } from "./scope";

const scope = new Map<string, unknown>([
  ["plan", { name: "Team", price: 12, highlighted: true, perks: ["a", "b"] }],
  ["count", 0],
]) as never;

test("member paths read literal values", () => {
  assert.equal(lookup(scope, "plan.name"), "Team");
  assert.equal(lookup(scope, "plan?.price"), 12);
  assert.equal(lookup(scope, "plan.missing"), absent);
  assert.equal(lookup(scope, "nobody.name"), undefined);
});

test("a key the literal object lacks is known to be undefined, so tests on it are false", () => {
  assert.equal(evaluateCondition(scope, "plan.missing"), false);
  assert.equal(evaluateCondition(scope, "!plan.missing"), true);
  assert.equal(evaluateCondition(scope, "plan.missing == null"), true);
  assert.equal(evaluateCondition(scope, "plan.missing === undefined"), true);
  assert.equal(evaluateCondition(scope, "plan.missing > 0"), false);
  assert.equal(evaluateString(scope, 'plan.missing ? "Start free trial" : "Choose plan"'), "Choose plan");
  assert.deepEqual(bindParameter("{ highlighted }", { name: "Starter" }), [["highlighted", absent]]);
});

test("a placeholder item (not known) leaves its keys unknown", () => {
  assert.deepEqual(bindParameter("{ name }", undefined), [["name", undefined]]);
  assert.equal(evaluateCondition(new Map([["name", undefined]]), "name"), undefined);
});

test("simple conditions are read; anything else is unknown", () => {
  assert.equal(evaluateCondition(scope, "plan.highlighted"), true);
  assert.equal(evaluateCondition(scope, "!plan.highlighted"), false);
  assert.equal(evaluateCondition(scope, "plan.price > 0"), true);
  assert.equal(evaluateCondition(scope, "count === 0 && plan.perks.length > 1"), true);
  assert.equal(evaluateCondition(scope, "isOpen"), undefined);
  assert.equal(evaluateCondition(scope, "compute(x)"), undefined);
});

test("a destructuring parameter binds each key of the item", () => {
  assert.deepEqual(bindParameter("{ name, price: cost }", { name: "A", price: 3 }), [["name", "A"], ["cost", 3]]);
  assert.deepEqual(bindParameter("item", 5), [["item", 5]]);
});

test("strings are read from literals, templates and conditions over known values", () => {
  assert.equal(evaluateString(scope, '"plain"'), "plain");
  assert.equal(evaluateString(scope, "`$${plan.price}/mo`"), "$12/mo");
  assert.equal(evaluateString(scope, 'plan.highlighted ? "border-2" : "border"'), "border-2");
  assert.equal(evaluateString(scope, 'count > 0 && "badge"'), "");
  assert.equal(evaluateString(scope, "format(plan.price)"), undefined);
});
