import assert from "node:assert/strict";
import { test } from "node:test";
import { DesignDocument } from "./documentStore";
import type { DesignModel, ElementNode } from "./protocol";

function element(id: string, name: string, children: ElementNode[] = [], text?: string): ElementNode {
  return {
    type: "element", id, kind: "html", name, selfClosing: false, attributes: [], className: null, style: null, events: [], text: text ?? null,
    children: text !== undefined ? [{ type: "text", text, start: 0, end: 0 }] : children, start: 0, end: 0,
  };
}

function model(roots: ElementNode[]): DesignModel {
  return {
    path: "a.tsx", ok: true, errors: [], version: 1, imports: [],
    components: [{ name: "Page", kind: "function", export: "default", isComponent: true, start: 0, end: 0, propsType: null, props: [], roots }],
  };
}

test("an update replaces the element's subtree and asks to redraw only it", () => {
  const document = new DesignDocument(model([element("f#Page/0", "div", [element("f#Page/0/0", "h1", [], "Old"), element("f#Page/0/1", "p", [], "Text")])]));

  const redraw = document.apply({ path: "a.tsx", version: 2, errors: [], deltas: [{ op: "update", id: "f#Page/0/0", changes: ["content"], element: element("f#Page/0/0", "h1", [], "New") }] });

  assert.deepEqual(redraw.elements, ["f#Page/0/0"]);
  assert.equal(document.element("f#Page/0/0")!.element.text, "New");
  assert.equal(document.element("f#Page/0/1")!.element.text, "Text");
  assert.equal(document.version, 2);
});

test("moves rename elements and reorder them under their parent", () => {
  const document = new DesignDocument(model([element("f#Page/0", "div", [element("f#Page/0/0", "a", [], "A"), element("f#Page/0/1", "b", [], "B")])]));

  const redraw = document.apply({
    path: "a.tsx", version: 2, errors: [], deltas: [
      { op: "move", from: "f#Page/0/0", id: "f#Page/0/1", parent: "f#Page/0", index: 1 },
      { op: "move", from: "f#Page/0/1", id: "f#Page/0/0", parent: "f#Page/0", index: 0 },
    ],
  });

  const parent = document.element("f#Page/0")!.element;
  assert.deepEqual(parent.children.map((c) => (c as ElementNode).name), ["b", "a"]);
  assert.equal(document.element("f#Page/0/0")!.element.name, "b");
  assert.equal(redraw.renamed.get("f#Page/0/0"), "f#Page/0/1");
  assert.deepEqual(redraw.elements, ["f#Page/0"]);
});

test("a removed element leaves the model and its parent is redrawn", () => {
  const document = new DesignDocument(model([element("f#Page/0", "div", [element("f#Page/0/0", "h1", [], "T")])]));

  const redraw = document.apply({ path: "a.tsx", version: 2, errors: [], deltas: [{ op: "remove", id: "f#Page/0/0" }] });

  assert.equal(document.element("f#Page/0/0"), undefined);
  assert.deepEqual(redraw.elements, ["f#Page/0"]);
});

test("an added root redraws its component", () => {
  const document = new DesignDocument(model([element("f#Page/0", "div")]));

  const redraw = document.apply({ path: "a.tsx", version: 2, errors: [], deltas: [{ op: "add", id: "f#Page/1", parent: null, index: 1, component: "Page", element: element("f#Page/1", "footer") }] });

  assert.deepEqual(redraw.components, ["Page"]);
  assert.equal(document.element("f#Page/1")!.element.name, "footer");
});

test("a change with syntax errors keeps the last good design and records the errors", () => {
  const document = new DesignDocument(model([element("f#Page/0", "div")]));

  const redraw = document.apply({ path: "a.tsx", version: 3, errors: [{ message: "'>' expected.", code: "OMN2001", start: 1, end: 2, line: 1, column: 1 }], deltas: [] });

  assert.equal(redraw.elements.length, 0);
  assert.equal(document.errors.length, 1);
  assert.ok(document.element("f#Page/0"));
});

test("the class names in a document's source are its static classes and the words of the strings in its class expressions", () => {
  const card = element("a.tsx#Page/0/0", "p");
  card.className = { form: "call", editable: false, static: ["p-4", "text-sm"], dynamic: ["active && 'ring md:ring-2'"] };
  const plan = element("a.tsx#Page/0/1", "div");
  plan.className = { form: "expression", editable: false, static: [], dynamic: ['featured ? "border-2 shadow-xl" : `border ${tone} p-8 ${active ? "ring-1" : ""}`'] };
  const page = element("a.tsx#Page/0", "main", [card, plan]);
  page.className = { form: "string", editable: true, static: ["flex", "p-4"], dynamic: [] };
  assert.deepEqual([...new DesignDocument(model([page])).classNamesInSource()], ["flex", "p-4", "p-4", "text-sm", "ring", "md:ring-2", "border-2", "shadow-xl", "ring-1", "border", "p-8"]);
});
