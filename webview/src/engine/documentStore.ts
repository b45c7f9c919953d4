// The canvas's copy of each open document's design model, kept current by the server's deltas.
// Applying a batch returns what the views must redraw: the elements whose subtree changed, and
// the components whose list of roots changed.

import type { Delta, DesignModel, DocumentChanged, ElementNode, SyntaxError } from "./protocol";
import { containerOf, elementChildren, indexElements, type ElementEntry } from "./tree";

export interface Redraw {
  /** Elements (by their new id) whose subtree must be drawn again; none inside another. */
  elements: string[];
  /** Components whose roots changed (drawn again whole). */
  components: string[];
  /** Renamed elements: old id to new id (for selection and views keyed by id). */
  renamed: Map<string, string>;
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

  /** The class names its elements write as text (what dynamic parts compute is known only when drawn). */
  *staticClassNames(): Generator<string> {
    for (const { element } of this.index.values()) if (element.className) yield* element.className.static;
  }

  /** Applies one documentChanged notification. With syntax errors it changes nothing but the errors (the last good design stays). */
  apply(change: DocumentChanged): Redraw {
    this.model.version = change.version;
    this.errors = change.errors;
    this.model.errors = change.errors;
    const redraw: Redraw = { elements: [], components: [], renamed: new Map() };
    if (change.deltas.length === 0) return redraw;

    const dirty = new Set<ElementNode>();
    const dirtyComponents = new Set<string>();
    const renamedFrom = new Map<string, string>();
    for (const delta of change.deltas) if (delta.op === "move") renamedFrom.set(delta.id, delta.from);

    for (const delta of change.deltas.filter((d) => d.op === "update")) this.applyUpdate(delta as Extract<Delta, { op: "update" }>, renamedFrom, dirty);
    for (const delta of change.deltas.filter((d) => d.op === "remove")) this.applyRemove(delta as Extract<Delta, { op: "remove" }>, dirty, dirtyComponents);
    const moves = change.deltas.filter((d): d is Extract<Delta, { op: "move" }> => d.op === "move");
    for (const move of moves) {
      const entry = this.index.get(move.from);
      if (entry && entry.element.id === move.from) {
        entry.element.id = move.id;
        redraw.renamed.set(move.from, move.id);
      }
    }
    this.index = indexElements(this.model);
    for (const move of moves) this.applyMove(move, dirty, dirtyComponents);
    for (const delta of change.deltas.filter((d) => d.op === "add")) this.applyAdd(delta as Extract<Delta, { op: "add" }>, dirty, dirtyComponents);
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

  private applyUpdate(delta: Extract<Delta, { op: "update" }>, renamedFrom: Map<string, string>, dirty: Set<ElementNode>): void {
    const oldId = renamedFrom.get(delta.id) ?? delta.id;
    const entry = this.index.get(oldId);
    if (!entry) return;
    const container = containerOf(this.model, entry.element);
    if (!container) return;
    container[container.indexOf(entry.element)] = delta.element;
    dirty.delete(entry.element);
    dirty.add(delta.element);
    // The subtree was replaced whole: its old ids are gone.
    for (const [id, other] of this.index) if (isInside(other, entry.element, this.index)) this.index.delete(id);
    this.index.delete(oldId);
  }

  private applyRemove(delta: Extract<Delta, { op: "remove" }>, dirty: Set<ElementNode>, dirtyComponents: Set<string>): void {
    const entry = this.index.get(delta.id);
    if (!entry) return;
    const container = containerOf(this.model, entry.element);
    if (!container) return;
    container.splice(container.indexOf(entry.element), 1);
    this.index.delete(delta.id);
    if (entry.parent) dirty.add(entry.parent);
    else dirtyComponents.add(entry.component.name);
  }

  private applyMove(move: Extract<Delta, { op: "move" }>, dirty: Set<ElementNode>, dirtyComponents: Set<string>): void {
    const entry = this.index.get(move.id);
    if (!entry) return;
    const newParent = move.parent === null ? null : this.index.get(move.parent)?.element ?? null;
    if (move.parent !== null && !newParent) return;
    const siblings = newParent ? elementChildren(newParent) : entry.component.roots.filter((r): r is ElementNode => r.type === "element");
    if (entry.parent === newParent && siblings.indexOf(entry.element) === move.index) return;
    const container = containerOf(this.model, entry.element);
    if (!container) return;
    container.splice(container.indexOf(entry.element), 1);
    if (entry.parent) dirty.add(entry.parent);
    else dirtyComponents.add(entry.component.name);
    this.insertElement(entry.element, newParent, move.index, entry.component.name);
    if (newParent) dirty.add(newParent);
    else dirtyComponents.add(entry.component.name);
  }

  private applyAdd(delta: Extract<Delta, { op: "add" }>, dirty: Set<ElementNode>, dirtyComponents: Set<string>): void {
    if (this.findById(delta.id)) return;
    const parent = delta.parent === null ? null : this.findById(delta.parent);
    if (delta.parent !== null && !parent) return;
    this.insertElement(delta.element, parent, delta.index, delta.component);
    if (parent) dirty.add(parent);
    else dirtyComponents.add(delta.component);
  }

  /** Puts an element at an element-child index: before the element now at that index, or at the end. */
  private insertElement(element: ElementNode, parent: ElementNode | null, index: number, componentName: string): void {
    if (!parent) {
      const component = this.model.components.find((c) => c.name === componentName);
      if (!component) return;
      const roots = component.roots.filter((r) => r.type === "element");
      const anchor = roots[index];
      component.roots.splice(anchor ? component.roots.indexOf(anchor) : component.roots.length, 0, element);
      return;
    }
    const anchor = elementChildren(parent)[index];
    const container = anchor ? containerOf(this.model, anchor) : null;
    if (anchor && container) container.splice(container.indexOf(anchor), 0, element);
    else parent.children.push(element);
  }

  private findById(id: string): ElementNode | null {
    for (const entry of indexElements(this.model).values()) if (entry.element.id === id) return entry.element;
    return null;
  }
}

function isInside(entry: ElementEntry, ancestor: ElementNode, index: Map<string, ElementEntry>): boolean {
  let parent = entry.parent;
  while (parent) {
    if (parent === ancestor) return true;
    parent = index.get(parent.id)?.parent ?? null;
  }
  return false;
}
