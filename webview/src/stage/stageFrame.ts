// One frame of the stage: an iframe at a given width that draws the design, shows hover and
// selection, and turns pointer gestures (click, drag to move, resize handles, drops from the
// palette) into requests to the app. Drawing patches the DOM by element id.

import type { DesignDocument } from "../engine/documentStore";
import type { DesignNode, ElementNode } from "../engine/protocol";
import { elementChildren } from "../engine/tree";
import { dropTargetFor, type DropCandidate, type DropTarget } from "./dropTarget";
import { copyDrawing, renderAgain, renderRoots, type RenderHost } from "./render";
import type { StageCss } from "./stageCss";

export interface FrameCallbacks {
  select(id: string | null, extend: boolean): void;
  move(id: string, target: DropTarget): void;
  /** A palette item dropped on the stage (its JSON: jsx and, for another file's component, the import). */
  insert(item: string, target: DropTarget): void;
  resize(id: string, width: number, height: number): void;
  key(event: KeyboardEvent): void;
  heightChanged(): void;
}

const VOID_ELEMENTS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
const DRAG_THRESHOLD = 4;
export const INSERT_MIME = "application/x-omnios-insert";

const FRAME_CSS = `
  html, body { margin: 0; }
  omnios-fragment, omnios-instance { display: contents; }
  omnios-binding, omnios-slot, omnios-code, omnios-external {
    display: inline-block; font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, monospace; color: #6b21a8;
    background: #f3e8ff; border: 1px dashed #c084fc; border-radius: 4px; padding: 1px 6px; margin: 1px;
    max-width: 100%; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; vertical-align: middle;
  }
  omnios-slot { color: #0f766e; background: #ccfbf1; border-color: #5eead4; }
  omnios-external { color: #1e40af; background: #dbeafe; border-color: #93c5fd; padding: 8px; white-space: normal; }
  [data-omnios-placeholder-item] { opacity: 0.75; }
  omnios-overlay { all: initial; position: absolute; left: 0; top: 0; width: 0; height: 0; z-index: 2147483647; pointer-events: none; }
  omnios-overlay .box { position: absolute; box-sizing: border-box; pointer-events: none; }
  omnios-overlay .hover { outline: 1px solid #38bdf8; }
  omnios-overlay .selected { outline: 2px solid #0ea5e9; }
  omnios-overlay .label { position: absolute; transform: translateY(-100%); background: #0ea5e9; color: white; font: 11px/16px system-ui, sans-serif; padding: 0 4px; border-radius: 3px 3px 0 0; white-space: nowrap; }
  omnios-overlay .size { position: absolute; background: #0f172a; color: white; font: 10px/14px system-ui, sans-serif; padding: 0 4px; border-radius: 3px; white-space: nowrap; }
  omnios-overlay .handle { position: absolute; width: 8px; height: 8px; margin: -4px 0 0 -4px; background: white; border: 1px solid #0ea5e9; box-sizing: border-box; pointer-events: auto; }
  omnios-overlay .drop { position: absolute; background: #f97316; pointer-events: none; border-radius: 1px; }
`;

/** A drawing that threw is reported, and the stage goes on (the frames keep what they showed). */
export function drawingFailed(error: unknown): void {
  console.error("OmniOS canvas: a drawing failed", error);
}

export class StageFrame {
  readonly iframe: HTMLIFrameElement;
  private doc!: Document;
  private root!: HTMLElement;
  private overlay!: HTMLElement;
  private document: DesignDocument | null = null;
  private selection: string[] = [];
  private hoverId: string | null = null;
  private gesture: { kind: "pending" | "move"; id: string; x: number; y: number } | { kind: "resize"; id: string; edge: string; x: number; y: number; width: number; height: number; element: HTMLElement } | null = null;
  private drop: DropTarget | null = null;
  private disposed = false;
  private resizeObserver: ResizeObserver | null = null;
  private detachCss: (() => void) | null = null;
  /** The drawing still waiting for its classes' CSS; later drawings queue behind it. */
  private drawing: Promise<void> | null = null;

  constructor(
    container: HTMLElement,
    readonly width: number,
    private readonly host: RenderHost,
    /** The stage's Tailwind CSS, shown in every frame. */
    private readonly css: StageCss,
    private readonly callbacks: FrameCallbacks,
  ) {
    this.iframe = document.createElement("iframe");
    this.iframe.className = "stage-frame";
    this.iframe.style.width = `${width}px`;
    this.iframe.title = `Design at ${width}px`;
    container.append(this.iframe);
    this.setUp();
  }

  /** Renders a component's roots in this frame's document, to draw here or in other frames. */
  render(roots: DesignNode[]): Node[] {
    return renderRoots(this.doc, this.host, roots);
  }

  /**
   * Draws rendered roots whole, in place of what was drawn; nodes another frame rendered are copied
   * (a copy costs a fraction of rendering again). Resolves once they are in the frame, styled.
   */
  draw(document: DesignDocument, rendered: Node[]): Promise<void> {
    return this.queueDrawing(() => {
      const nodes = rendered[0] && rendered[0].ownerDocument !== this.doc ? copyDrawing(rendered, this.doc) : rendered;
      return [
        nodes,
        () => {
          this.document = document;
          this.root.replaceChildren(...nodes);
          this.refreshOverlay();
        },
      ];
    });
  }

  /** Draws some elements again in place (after deltas), every copy of each (repeaters draw several). */
  redrawElements(document: DesignDocument, ids: string[]): Promise<void> {
    return this.queueDrawing(() => {
      const replacements: [Element, Node[]][] = [];
      for (const id of ids) {
        const element = document.element(id)?.element;
        if (!element) continue;
        for (const existing of this.find(id)) {
          const nodes = renderAgain(existing, element);
          if (nodes) replacements.push([existing, nodes]);
        }
      }
      return [replacements.flatMap(([, nodes]) => nodes), () => {
        this.document = document;
        for (const [existing, nodes] of replacements) existing.replaceWith(...nodes);
        this.refreshOverlay();
      }];
    });
  }

  /**
   * Runs drawings in order: each renders its nodes, then inserts them at once when the CSS for
   * their classes is in, else once it is (the drawings after it wait their turn).
   */
  private queueDrawing(render: () => [Node[], () => void]): Promise<void> {
    const run = (): Promise<void> | null => {
      if (this.disposed) return null;
      const [nodes, insert] = render();
      const ready = this.css.classesReady(nodes);
      if (!ready) {
        insert();
        return null;
      }
      return ready.then(() => {
        if (!this.disposed) insert();
      });
    };
    let waiting: Promise<void> | null;
    try {
      waiting = this.drawing ? this.drawing.then(() => run() ?? undefined) : run();
    } catch (error) {
      waiting = Promise.reject(error);
    }
    if (!waiting) return Promise.resolve();
    // A drawing that failed is reported and does not stop the ones after it.
    const tracked: Promise<void> = waiting
      .catch(drawingFailed)
      .then(() => {
        if (this.drawing === tracked) this.drawing = null;
      });
    this.drawing = tracked;
    return tracked;
  }

  setSelection(ids: string[]): void {
    this.selection = ids;
    this.refreshOverlay();
  }

  contentHeight(): number {
    return Math.max(this.doc?.documentElement.scrollHeight ?? 0, 200);
  }

  /** The value the browser computes for a property of the (first) drawing of an element here, or null when it is not drawn. */
  computedValue(id: string, property: string): string | null {
    const element = this.find(id)[0];
    return element ? this.doc.defaultView!.getComputedStyle(element).getPropertyValue(property) || null : null;
  }

  /** The drawn elements for an id (data-omnios-id). */
  find(id: string): Element[] {
    return [...this.doc.querySelectorAll(`[data-omnios-id="${CSS.escape(id)}"]`)].filter((e) => !e.closest("omnios-overlay"));
  }

  private setUp(): void {
    // Written into the frame's initial document, at once: a srcdoc would navigate the frame again, and
    // that second navigation, times three frames, was a tenth of a second of the first drawing.
    this.doc = this.iframe.contentDocument!;
    this.doc.open();
    this.doc.write(`<!doctype html><html><head><meta charset="utf-8"><style data-omnios-frame>${FRAME_CSS}</style><style data-omnios-tailwind></style></head><body><omnios-root></omnios-root><omnios-overlay></omnios-overlay></body></html>`);
    this.doc.close();
    this.detachCss = this.css.attach(this.iframe);
    this.root = this.doc.querySelector("omnios-root")!;
    this.overlay = this.doc.querySelector("omnios-overlay")!;
    (this.root as HTMLElement).style.display = "block";
    this.listen();
    this.resizeObserver = new ResizeObserver(() => {
      if (this.disposed) return;
      this.iframe.style.height = `${this.contentHeight()}px`;
      this.refreshOverlay();
      this.callbacks.heightChanged();
    });
    this.resizeObserver.observe(this.doc.documentElement);
  }

  /** Stops listening; the frame is being removed. */
  dispose(): void {
    this.disposed = true;
    this.resizeObserver?.disconnect();
    this.detachCss?.();
  }

  private listen(): void {
    const doc = this.doc;
    // The design is drawn, not run: links, buttons and forms do nothing.
    doc.addEventListener("click", (e) => e.preventDefault(), true);
    doc.addEventListener("submit", (e) => e.preventDefault(), true);
    doc.addEventListener("keydown", (e) => this.callbacks.key(e));
    doc.addEventListener("pointermove", (e) => this.onPointerMove(e));
    doc.addEventListener("pointerdown", (e) => this.onPointerDown(e));
    doc.addEventListener("pointerup", (e) => this.onPointerUp(e));
    doc.addEventListener("pointerleave", () => this.setHover(null));
    doc.addEventListener("dragover", (e) => {
      if (!e.dataTransfer?.types.includes(INSERT_MIME)) return;
      e.preventDefault();
      this.drop = this.dropAt(e.clientX, e.clientY, null);
      this.refreshOverlay();
    });
    doc.addEventListener("dragleave", () => {
      this.drop = null;
      this.refreshOverlay();
    });
    doc.addEventListener("drop", (e) => {
      const jsx = e.dataTransfer?.getData(INSERT_MIME);
      const target = this.drop;
      this.drop = null;
      this.refreshOverlay();
      if (!jsx || !target) return;
      e.preventDefault();
      this.callbacks.insert(jsx, target);
    });
  }

  /** The selectable element at a DOM node: the instance for anything drawn inside a component instance. */
  private idAt(target: EventTarget | null): string | null {
    if (!(target instanceof this.doc.defaultView!.Element)) return null;
    if (target.closest("omnios-overlay")) return null;
    const inner = target.closest("[data-omnios-instance]");
    if (inner) return inner.getAttribute("data-omnios-instance");
    return target.closest("[data-omnios-id]")?.getAttribute("data-omnios-id") ?? null;
  }

  private onPointerDown(event: PointerEvent): void {
    // Pressing on the stage takes the keyboard: an inspector field that had it commits on blur,
    // and the stage's shortcuts (Delete, Ctrl+Z) apply from now on.
    (window.document.activeElement as HTMLElement | null)?.blur?.();
    this.iframe.contentWindow?.focus();
    const handle = event.target instanceof this.doc.defaultView!.Element ? event.target.closest(".handle") : null;
    if (handle) {
      const id = handle.getAttribute("data-id")!;
      const element = this.find(id)[0] as HTMLElement | undefined;
      if (!element) return;
      const rect = element.getBoundingClientRect();
      this.gesture = { kind: "resize", id, edge: handle.getAttribute("data-edge")!, x: event.clientX, y: event.clientY, width: rect.width, height: rect.height, element };
      (handle as HTMLElement).setPointerCapture(event.pointerId);
      event.preventDefault();
      return;
    }
    const id = this.idAt(event.target);
    this.callbacks.select(id, event.shiftKey);
    if (id) this.gesture = { kind: "pending", id, x: event.clientX, y: event.clientY };
    event.preventDefault();
  }

  private onPointerMove(event: PointerEvent): void {
    const gesture = this.gesture;
    if (gesture?.kind === "resize") {
      const dx = gesture.edge.includes("e") ? event.clientX - gesture.x : 0;
      const dy = gesture.edge.includes("s") ? event.clientY - gesture.y : 0;
      gesture.element.style.width = `${Math.max(1, Math.round(gesture.width + dx))}px`;
      gesture.element.style.height = `${Math.max(1, Math.round(gesture.height + dy))}px`;
      this.refreshOverlay();
      return;
    }
    if (gesture && (gesture.kind === "move" || Math.hypot(event.clientX - gesture.x, event.clientY - gesture.y) > DRAG_THRESHOLD)) {
      gesture.kind = "move";
      this.drop = this.dropAt(event.clientX, event.clientY, gesture.id);
      this.refreshOverlay();
      return;
    }
    this.setHover(this.idAt(event.target));
  }

  private onPointerUp(_event: PointerEvent): void {
    const gesture = this.gesture;
    this.gesture = null;
    if (gesture?.kind === "resize") {
      const rect = gesture.element.getBoundingClientRect();
      this.callbacks.resize(gesture.id, Math.round(rect.width), Math.round(rect.height));
    } else if (gesture?.kind === "move" && this.drop) {
      this.callbacks.move(gesture.id, this.drop);
    }
    this.drop = null;
    this.refreshOverlay();
  }

  private setHover(id: string | null): void {
    if (id === this.hoverId) return;
    this.hoverId = id;
    this.refreshOverlay();
  }

  /** Where a drop at (x, y) would land, not inside the element being dragged. */
  private dropAt(x: number, y: number, draggedId: string | null): DropTarget | null {
    const document = this.document;
    if (!document) return null;
    let node = this.doc.elementFromPoint(x, y);
    let id = this.idAt(node);
    // Inside the dragged element (or on it): look at its parent instead.
    while (id && draggedId && (id === draggedId || isInside(document, id, draggedId))) {
      id = document.element(id)?.parent?.id ?? null;
      node = null;
    }
    if (!id) return null;
    const entry = document.element(id);
    const drawn = this.find(id)[0];
    if (!entry || !drawn) return null;
    const rect = drawn.getBoundingClientRect();
    const parentDrawn = entry.parent ? this.find(entry.parent.id)[0] : null;
    const parentStyle = parentDrawn ? this.doc.defaultView!.getComputedStyle(parentDrawn) : null;
    const axis: "row" | "column" = parentStyle && (parentStyle.display.includes("flex") && parentStyle.flexDirection.startsWith("row") || parentStyle.display.includes("grid") && parentStyle.gridAutoFlow.startsWith("column")) ? "row" : "column";
    const siblings = entry.parent ? elementChildren(entry.parent) : [];
    const draggedEntry = draggedId ? document.element(draggedId) : undefined;
    const candidate: DropCandidate = {
      id,
      rect: { left: rect.left + this.doc.defaultView!.scrollX, top: rect.top + this.doc.defaultView!.scrollY, width: rect.width, height: rect.height },
      emptyContainer: canHoldChildren(entry.element) && elementChildren(entry.element).length === 0,
      parentId: entry.parent?.id ?? null,
      index: siblings.indexOf(entry.element),
      parentAxis: axis,
    };
    const dragged = draggedEntry ? { id: draggedEntry.element.id, parentId: draggedEntry.parent?.id ?? null, index: draggedEntry.parent ? elementChildren(draggedEntry.parent).indexOf(draggedEntry.element) : -1 } : undefined;
    void node;
    return dropTargetFor(candidate, x + this.doc.defaultView!.scrollX, y + this.doc.defaultView!.scrollY, dragged);
  }

  private refreshOverlay(): void {
    if (!this.overlay || this.disposed || !this.doc.defaultView) return;
    // Nothing to show: no layout to read (a drawing would otherwise be laid out here, before its CSS is generated).
    if (!this.hoverId && this.selection.length === 0 && !this.drop) {
      if (this.overlay.firstChild) this.overlay.replaceChildren();
      return;
    }
    const parts: string[] = [];
    const scrollX = this.doc.defaultView!.scrollX;
    const scrollY = this.doc.defaultView!.scrollY;
    const boxes = (id: string) => this.find(id).map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0 || r.height > 0);
    if (this.hoverId && !this.selection.includes(this.hoverId)) {
      for (const r of boxes(this.hoverId)) parts.push(box("hover", r, scrollX, scrollY));
    }
    for (const id of this.selection) {
      const rects = boxes(id);
      rects.forEach((r, i) => {
        parts.push(box("selected", r, scrollX, scrollY));
        if (i > 0) return;
        const name = this.document?.element(id)?.element.name || "fragment";
        parts.push(`<div class="label" style="left:${r.left + scrollX}px;top:${r.top + scrollY}px">${escapeHtml(name)}</div>`);
        parts.push(`<div class="size" style="left:${r.left + scrollX}px;top:${r.bottom + scrollY + 4}px">${Math.round(r.width)} × ${Math.round(r.height)}</div>`);
        if (this.selection.length === 1)
          for (const [edge, x, y] of [["e", r.right, r.top + r.height / 2], ["s", r.left + r.width / 2, r.bottom], ["se", r.right, r.bottom]] as const)
            parts.push(`<div class="handle" data-id="${escapeHtml(id)}" data-edge="${edge}" style="left:${x + scrollX}px;top:${y + scrollY}px;cursor:${edge}-resize"></div>`);
      });
    }
    if (this.drop) {
      const l = this.drop.line;
      parts.push(`<div class="drop" style="left:${l.x}px;top:${l.y}px;width:${l.width}px;height:${l.height}px"></div>`);
    }
    this.overlay.innerHTML = parts.join("");
  }
}

function box(kind: string, r: DOMRect, scrollX: number, scrollY: number): string {
  return `<div class="box ${kind}" style="left:${r.left + scrollX}px;top:${r.top + scrollY}px;width:${r.width}px;height:${r.height}px"></div>`;
}

function canHoldChildren(element: ElementNode): boolean {
  return element.kind !== "component" && !VOID_ELEMENTS.has(element.name);
}

function isInside(document: DesignDocument, id: string, ancestorId: string): boolean {
  let entry = document.element(id);
  while (entry?.parent) {
    if (entry.parent.id === ancestorId) return true;
    entry = document.element(entry.parent.id);
  }
  return false;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
}
