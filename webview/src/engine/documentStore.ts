// The canvas's copy of each open document's design model, kept current by the server's deltas.
// Applying a batch returns what the views must redraw: the elements whose subtree changed, and
// the components whose list of roots changed.

import type { ComponentJson, Delta, DesignModel, DocumentChanged, ElementNode, SyntaxError } from "./protocol";
import { containerOf, elementChildren, indexElements, type ElementEntry } from "./tree";

export interface Redraw {
  /** Elements (by their new id) whose subtree must be drawn again; none inside another. */
  elements: string[];
  /** Components whose roots changed (drawn again whole). */
  components: string[];
  /** Renamed elements: old id to new id (for selection and views keyed by id). */
  renamed: Map<string, string>;
  /** The deltas name a component this copy does not have (one just written in the file): the document must be read again. */
  incomplete: boolean;
}

export class DesignDocument {
  private index: Map<string, ElementEntry>;
  errors: SyntaxError[];

  constructor(public model: DesignModel) {
    this.index = indexElements(model);
    this.errors = model.errors;
  }

  get path(): string {
    return this.model.path;
  }

  get version(): number {
    return this.model.version;
  }

  element(id: string): ElementEntry | undefined {
    return this.index.get(id);
  }

  elements(): IterableIterator<ElementEntry> {
    return this.index.values();
  }

  /**
   * The class names its elements write as text, and the words of the string literals in their class
   * expressions, read as Tailwind reads source files (a word that names no class costs nothing): what
   * an expression computes when drawn is almost always among them, so its CSS is made before the drawing.
   */
  *classNamesInSource(): Generator<string> {
    for (const { element } of this.index.values()) {
      if (!element.className) continue;
      yield* element.className.static;
      for (const code of element.className.dynamic) yield* wordsInStringLiterals(code);
    }
  }

  /**
   * Applies one documentChanged notification. With syntax errors it changes nothing but the errors
   * (the last good design stays).
   *
   * An update carries its element's whole new subtree, which already holds every change below it;
   * the other deltas place elements by their new ids and final indices. So: take out what is
   * removed or moved (deepest first), put the updated subtrees in, then put moved and added
   * elements in, parents before children and each parent's children by ascending index, skipping
   * what an updated subtree already holds.
   */
  apply(change: DocumentChanged): Redraw {
    this.model.version = change.version;
    this.errors = change.errors;
    this.model.errors = change.errors;
    const redraw: Redraw = { elements: [], components: [], renamed: new Map(), incomplete: false };
    if (change.deltas.length === 0) return redraw;

    const before = this.index;
    const updates = change.deltas.filter((d): d is UpdateDelta => d.op === "update");
    const moves = change.deltas.filter((d): d is MoveDelta => d.op === "move");
    const oldIdOf = new Map(moves.map((m) => [m.id, m.from]));
    const replacedBefore = updates.map((u) => oldIdOf.get(u.id) ?? u.id);
    const replacedAfter = updates.map((u) => u.id);
    const dirty = new Set<ElementNode>();
    const dirtyComponents = new Set<string>();
    const changedUnder = (entry: { parent: ElementNode | null; component: { name: string } }) =>
      entry.parent ? dirty.add(entry.parent) : dirtyComponents.add(entry.component.name);

    // Out: removed and moved elements, unless they go with a subtree an update replaces.
    const leaving = change.deltas
      .flatMap((d) => (d.op === "remove" ? [d.id] : d.op === "move" ? [d.from] : []))
      .filter((id) => !isBelowAny(id, replacedBefore))
      .sort((a, b) => depth(b) - depth(a));
    for (const id of leaving) {
      const entry = before.get(id);
      const container = entry && containerOf(entry.element, entry.parent, entry.component);
      if (!entry || !container) continue;
      container.splice(container.indexOf(entry.element), 1);
      changedUnder(entry);
    }

    // The updated subtrees, in place (a moved one goes in below, with the moves).
    const arriving = new Map<string, ElementNode>();
    for (const update of updates) {
      if (isBelowAny(update.id, replacedAfter)) continue;
      const oldId = oldIdOf.get(update.id);
      if (oldId !== undefined) {
        arriving.set(update.id, update.element);
        continue;
      }
      const entry = before.get(update.id);
      const container = entry && containerOf(entry.element, entry.parent, entry.component);
      if (!entry || !container) continue;
      container[container.indexOf(entry.element)] = update.element;
      dirty.add(update.element);
    }

    // Moved elements keep their node under the new id.
    for (const move of moves) {
      const node = arriving.get(move.id) ?? before.get(move.from)?.element;
      if (!node) continue;
      if (!arriving.has(move.id)) {
        node.id = move.id;
        arriving.set(move.id, node);
      }
      redraw.renamed.set(move.from, move.id);
    }

    // In: moved and added elements where no updated subtree holds them already.
    const entering = [
      ...moves.map((m) => ({ id: m.id, parent: m.parent, index: m.index, node: arriving.get(m.id) })),
      ...change.deltas.flatMap((d) => (d.op === "add" ? [{ id: d.id, parent: d.parent, index: d.index, node: d.element }] : [])),
    ]
      .filter((e) => !isBelowAny(e.id, replacedAfter))
      .sort((a, b) => depth(a.id) - depth(b.id) || a.index - b.index);
    // Where each element is now, for finding the parents of what enters (not needed after an edit of text or attributes).
    const placed = entering.length > 0 ? indexElements(this.model) : new Map<string, ElementEntry>();
    for (const { id, parent: parentId, index, node } of entering) {
      if (!node || placed.get(id)?.element === node) continue;
      // The component is the new id's (an element can move to another component).
      const owner = this.componentOf(id);
      if (!owner) {
        redraw.incomplete = true;
        continue;
      }
      const parent = parentId === null ? null : placed.get(parentId)?.element;
      if (parent === undefined) continue;
      this.insertElement(node, parent, index, owner);
      // Its subtree can hold the parents of what enters after it.
      const register = (element: ElementNode, under: ElementNode | null) => {
        placed.set(element.id, { element, parent: under, component: owner });
        for (const child of elementChildren(element)) register(child, element);
      };
      register(node, parent);
      if (parent) dirty.add(parent);
      else dirtyComponents.add(owner.name);
    }

    this.index = indexElements(this.model);
    // Draw each dirty element once: not when an ancestor is drawn anyway.
    const dirtyIds = new Set([...dirty].map((e) => e.id));
    for (const id of dirtyIds) {
      let entry = this.index.get(id);
      if (!entry || dirtyComponents.has(entry.component.name)) continue;
      let covered = false;
      while (entry?.parent) {
        if (dirtyIds.has(entry.parent.id)) {
          covered = true;
          break;
        }
        entry = this.index.get(entry.parent.id);
      }
      if (!covered) redraw.elements.push(id);
    }
    redraw.components = [...dirtyComponents];
    return redraw;
  }

  /**
   * The component an element id belongs to: ids start `file#Name/`, or `file#Name~2/` for the second
   * component of that name in the file.
   */
  private componentOf(id: string): ComponentJson | undefined {
    const key = id.slice(id.indexOf("#") + 1).split("/")[0]!;
    const [name, occurrence] = key.split("~");
    return this.model.components.filter((c) => c.name === name)[occurrence ? Number(occurrence) - 1 : 0];
  }

  /** Puts an element at an element-child index: before the element now at that index, or at the end. */
  private insertElement(element: ElementNode, parent: ElementNode | null, index: number, component: ComponentJson): void {
    if (!parent) {
      const roots = component.roots.filter((r) => r.type === "element");
      const anchor = roots[index];
      component.roots.splice(anchor ? component.roots.indexOf(anchor) : component.roots.length, 0, element);
      return;
    }
    const anchor = elementChildren(parent)[index];
    const container = anchor ? containerOf(anchor, parent, component) : null;
    if (anchor && container) container.splice(container.indexOf(anchor), 0, element);
    else parent.children.push(element);
  }
}

type UpdateDelta = Extract<Delta, { op: "update" }>;
type MoveDelta = Extract<Delta, { op: "move" }>;

/** How deep an id is in its component's tree (ids are paths: `file#Component/0/2`). */
function depth(id: string): number {
  return id.split("/").length;
}

/** Whether an id names an element strictly below one of some elements. */
function isBelowAny(id: string, ancestors: string[]): boolean {
  return ancestors.some((ancestor) => id.startsWith(`${ancestor}/`));
}

/** The words of the string and template literals in some code, those in a template's `${…}` parts included. */
function* wordsInStringLiterals(code: string): Generator<string> {
  for (const literal of code.matchAll(/"((?:\\.|[^"\\])*)"|'((?:\\.|[^'\\])*)'|`((?:\\.|[^`\\])*)`/g)) {
    let text = literal[1] ?? literal[2] ?? "";
    if (literal[3] !== undefined) {
      for (const part of literal[3].matchAll(/\$\{([^}]*)\}/g)) yield* wordsInStringLiterals(part[1]!);
      text = literal[3].replace(/\$\{[^}]*\}/g, " ");
    }
    for (const word of text.split(/\s+/)) if (word) yield word;
  }
}
