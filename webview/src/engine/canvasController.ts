// The canvas's engine, without any UI: the connection, the open documents, the selection, and
// the commands. Views subscribe and draw; everything they change goes through here.

import type { Connection } from "./connection";
import { mainPageOf } from "./earlySocket";
import { DesignDocument, type Redraw } from "./documentStore";
import type { Command, CommandOutcome, ComponentJson, DesignModel, DocumentChanged, DocumentSummary, ElementNode } from "./protocol";
import type { ElementStyles, StyleOutcome, ThemeScales } from "./styles";
import { elementChildren } from "./tree";

export interface ControllerEvents {
  /** The shown document changed: what to redraw (null: everything). */
  redraw: (path: string, redraw: Redraw | null) => void;
  /** Another document (or component of it) is shown; null: the document's main component. */
  show: (path: string, component: string | null) => void;
  selection: (ids: string[]) => void;
  /** An element was picked on the stage in the frame of this width (the inspector proposes its breakpoint). */
  pickedInFrame: (width: number) => void;
  documents: (documents: DocumentSummary[]) => void;
  /** A document's model arrived (before it is drawn). */
  loaded: (document: DesignDocument) => void;
  message: (text: string, kind: "info" | "error") => void;
  connection: (connected: boolean) => void;
}

type Listener<K extends keyof ControllerEvents> = ControllerEvents[K];

export class CanvasController {
  readonly documents = new Map<string, DesignDocument>();
  summaries: DocumentSummary[] = [];
  current: string | null = null;
  /** The component of the current document asked for (null: its main one). */
  requestedComponent: string | null = null;
  selection: string[] = [];
  private readonly listeners: { [K in keyof ControllerEvents]: Set<Listener<K>> } = {
    redraw: new Set(),
    show: new Set(),
    selection: new Set(),
    pickedInFrame: new Set(),
    documents: new Set(),
    loaded: new Set(),
    message: new Set(),
    connection: new Set(),
  };
  private readonly loading = new Map<string, Promise<DesignDocument | null>>();
  /** Per document this canvas had no copy of, the latest version a change the server sent named, while answers were on their way. */
  private readonly missedVersions = new Map<string, number>();
  private readonly versionWaiters: { path: string; version: number; resolve: () => void }[] = [];

  constructor(private readonly connection: Connection) {
    connection.on("documentChanged", (params) => this.onDocumentChanged(params as DocumentChanged));
    connection.on("selectionChanged", (params) => {
      const { path, id } = params as { path: string; id: string | null };
      if (path === this.current) this.setSelection(id ? [id] : [], false);
    });
    connection.onStateChange((connected) => this.emit("connection", connected));
  }

  on<K extends keyof ControllerEvents>(event: K, listener: ControllerEvents[K]): () => void {
    (this.listeners[event] as Set<ControllerEvents[K]>).add(listener);
    return () => (this.listeners[event] as Set<ControllerEvents[K]>).delete(listener);
  }

  /**
   * Shows the page named (when the project has it), else the project's main page. The page named, or
   * without one the main page the caller expects (`likelyMain`, the last boot's), is asked for with
   * its components alongside the document list rather than after it; one the list does not confirm
   * is not shown.
   */
  async start(initialPath?: string | null, initialComponent: string | null = null, likelyMain: string | null = null): Promise<void> {
    await this.connection.connect();
    // Sent first: the server answers this query without holding up the openDocument requests after it.
    const listing = this.connection.request<DocumentSummary[]>("listDocuments");
    const expected = initialPath || likelyMain;
    if (expected) void this.load(expected).then((document) => document && this.loadInstances(document));
    this.summaries = await listing;
    this.emit("documents", this.summaries);
    const path = initialPath && this.summaries.some((d) => d.path === initialPath) ? initialPath : mainPageOf(this.summaries);
    if (path) await this.open(path, path === initialPath ? initialComponent : null);
  }

  /** Shows a document, or one component of it (loading it and the project components it uses). */
  async open(path: string, component: string | null = null): Promise<void> {
    const document = await this.load(path);
    if (!document) {
      this.emit("message", `Cannot open ${path}.`, "error");
      return;
    }
    await this.loadInstances(document);
    this.current = path;
    this.requestedComponent = component;
    this.selection = [];
    this.emit("selection", []);
    this.emit("show", path, component);
    this.emit("redraw", path, null);
  }

  get document(): DesignDocument | null {
    return this.current ? this.documents.get(this.current) ?? null : null;
  }

  /** A component of a loaded document, for drawing instances. */
  component(path: string, name: string): ComponentJson | null {
    const document = this.documents.get(path);
    if (!document) return null;
    const components = document.model.components;
    return (name === "default" ? components.find((c) => c.export === "default") : components.find((c) => c.name === name)) ?? null;
  }

  /** Selects an element (null: nothing); `frameWidth` when it was picked on the stage, in the frame of that width. */
  select(id: string | null, extend = false, frameWidth?: number): void {
    if (id !== null && frameWidth !== undefined) this.emit("pickedInFrame", frameWidth);
    if (id === null) this.setSelection([], true);
    else if (extend) this.setSelection(this.selection.includes(id) ? this.selection.filter((s) => s !== id) : [...this.selection, id], true);
    else this.setSelection([id], true);
  }

  /** Escape: the parent of the selected element. */
  selectParent(): void {
    const entry = this.selectedEntry();
    if (entry?.parent) this.select(entry.parent.id);
  }

  /** Arrows: the next or previous sibling element. */
  selectSibling(step: 1 | -1): void {
    const entry = this.selectedEntry();
    if (!entry) return;
    const siblings = entry.parent ? elementChildren(entry.parent) : entry.component.roots.filter((r): r is ElementNode => r.type === "element");
    const next = siblings[siblings.indexOf(entry.element) + step];
    if (next) this.select(next.id);
  }

  selectedEntry() {
    const id = this.selection[this.selection.length - 1];
    return id ? this.document?.element(id) : undefined;
  }

  /** Sends a command for the current document; says why when it is refused. */
  run(command: Command): Promise<CommandOutcome> {
    return this.change<CommandOutcome>("applyCommand", { command });
  }

  /** What the inspector shows for an element of the current document at a variant (null: none). */
  async elementStyles(id: string, variant: string | null, properties: readonly string[]): Promise<ElementStyles | null> {
    const document = this.document;
    if (!document) return null;
    return this.connection.request<ElementStyles>("elementStyles", { path: document.path, id, variant, properties });
  }

  /** The project theme's palette and scales. */
  themeScales(): Promise<ThemeScales> {
    return this.connection.request<ThemeScales>("themeScales");
  }

  /** An inspector change: the server writes it in the element's convention (a class at the variant, or the inline style), or says why not. */
  setStyle(id: string, property: string, value: string | null, variant: string | null): Promise<StyleOutcome> {
    return this.change<StyleOutcome>("setElementStyle", { id, property, value, variant });
  }

  /** A change to the current document at its version; says why when it is refused, and resolves once its deltas are in. */
  private async change<T extends CommandOutcome>(method: string, params: object): Promise<T> {
    const document = this.document;
    if (!document) return { applied: false, message: "No document is open." } as T;
    try {
      const outcome = await this.connection.request<T>(method, { path: document.path, version: document.version, ...params });
      if (!outcome.applied && outcome.message) this.emit("message", outcome.message, "error");
      // The next command needs the ids of the new text: wait for its deltas.
      if (outcome.applied && outcome.version !== undefined) await this.reached(document.path, outcome.version);
      return outcome;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.emit("message", message, "error");
      return { applied: false, message } as T;
    }
  }

  async undo(): Promise<void> {
    await this.reverse("undo");
  }

  async redo(): Promise<void> {
    await this.reverse("redo");
  }

  async deleteSelection(): Promise<void> {
    // Last first: deleting an element shifts the ids of the ones after it.
    for (const id of [...this.selection].reverse()) await this.run({ op: "delete", id });
    this.setSelection([], true);
  }

  private async reverse(method: "undo" | "redo"): Promise<void> {
    const document = this.document;
    if (!document) return;
    const outcome = await this.connection.request<CommandOutcome>(method, { path: document.path });
    if (!outcome.applied && outcome.message) this.emit("message", outcome.message, "info");
    if (outcome.applied && outcome.version !== undefined) await this.reached(document.path, outcome.version);
  }

  /** Resolves once the document's deltas up to a version have arrived (or after a second, in case they never do). */
  private reached(path: string, version: number): Promise<void> {
    const document = this.documents.get(path);
    if (!document || document.version >= version) return Promise.resolve();
    return new Promise((resolve) => {
      const waiter = { path, version, resolve };
      this.versionWaiters.push(waiter);
      setTimeout(() => {
        const index = this.versionWaiters.indexOf(waiter);
        if (index >= 0) this.versionWaiters.splice(index, 1);
        resolve();
      }, 1000);
    });
  }

  private setSelection(ids: string[], tellServer: boolean): void {
    this.selection = ids;
    this.emit("selection", ids);
    if (tellServer && this.current) {
      this.connection.request("selectElement", { path: this.current, id: ids[ids.length - 1] ?? null }).catch(() => {
        // The editor may not be listening; selection works without it.
      });
    }
  }

  private onDocumentChanged(change: DocumentChanged): void {
    const document = this.documents.get(change.path);
    if (!document) {
      // Perhaps a document an answer on its way brings: a change the server sent before that answer.
      if (this.loading.size > 0) this.missedVersions.set(change.path, Math.max(change.version, this.missedVersions.get(change.path) ?? 0));
      return;
    }
    // Measured by bench/canvas-bench.mjs: from here to the stage drawn again ("omnios-delta").
    performance.mark("omnios-delta-start");
    const redraw = document.apply(change);
    if (redraw.incomplete) {
      void this.reload(change.path);
      return;
    }
    this.versionReached(change.path, change.version);
    if (redraw.renamed.size > 0) this.selection = this.selection.map((id) => redraw.renamed.get(id) ?? id);
    this.selection = this.selection.filter((id) => document.element(id));
    if (change.path === this.current) {
      this.emit("redraw", change.path, redraw);
      this.emit("selection", this.selection);
    } else if (this.current) {
      // A component shown inside the current page changed: draw the page again.
      this.emit("redraw", this.current, null);
    }
    void this.loadInstances(document).then((loadedMore) => {
      if (loadedMore && this.current) this.emit("redraw", this.current, null);
    });
  }

  /** A copy older than a change the server sent before it arrived (and that was dropped then) is read again. */
  private catchUp(document: DesignDocument): void {
    const missed = this.missedVersions.get(document.path);
    this.missedVersions.delete(document.path);
    if (missed !== undefined && missed > document.version) void this.reload(document.path);
  }

  /** Reads a document again whole (its deltas named something this copy lacks), then draws what shows it. */
  private async reload(path: string): Promise<void> {
    this.documents.delete(path);
    const document = await this.load(path);
    if (!document) return;
    this.versionReached(path, document.version);
    await this.loadInstances(document);
    this.selection = this.selection.filter((id) => this.document?.element(id));
    if (this.current) {
      this.emit("redraw", this.current, null);
      this.emit("selection", this.selection);
    }
  }

  /** The canvas's copy of a document is at a version: what waited for it goes on. */
  private versionReached(path: string, version: number): void {
    for (const waiter of this.versionWaiters.filter((w) => w.path === path && w.version <= version)) {
      this.versionWaiters.splice(this.versionWaiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  }

  private load(path: string): Promise<DesignDocument | null> {
    const loaded = this.documents.get(path);
    if (loaded) return Promise.resolve(loaded);
    let pending = this.loading.get(path);
    if (!pending) {
      pending = this.connection
        .request<DesignModel>("openDocument", { path })
        .then(({ uses, ...model }) => {
          const document = new DesignDocument(model);
          this.documents.set(path, document);
          this.emit("loaded", document);
          this.catchUp(document);
          // Kept unless this canvas has a copy, or an answer for it is on its way (that one is then the server's latest).
          for (const used of uses ?? []) {
            if (this.documents.has(used.path) || this.loading.has(used.path)) continue;
            const usedDocument = new DesignDocument(used);
            this.documents.set(used.path, usedDocument);
            this.emit("loaded", usedDocument);
            this.catchUp(usedDocument);
          }
          return document;
        })
        .catch(() => null)
        .finally(() => {
          this.loading.delete(path);
          // No answer is on its way any more: a change dropped from now on is of a document this canvas does not show.
          if (this.loading.size === 0) this.missedVersions.clear();
        });
      this.loading.set(path, pending);
    }
    return pending;
  }

  /**
   * Loads the files of the project components a document uses (and theirs), so instances can be drawn:
   * every file as soon as the one using it has arrived, all of them at once rather than one round trip
   * after another. Returns whether any was new.
   */
  private async loadInstances(document: DesignDocument): Promise<boolean> {
    let loadedAny = false;
    const seen = new Set<string>([document.path]);
    const visit = async (next: DesignDocument): Promise<void> => {
      const loads: Promise<void>[] = [];
      for (const entry of next.elements()) {
        const path = entry.element.component?.path;
        if (!path || seen.has(path)) continue;
        seen.add(path);
        const known = this.documents.has(path);
        loads.push(
          this.load(path).then((loaded) => {
            if (!loaded) return;
            loadedAny ||= !known;
            return visit(loaded);
          }),
        );
      }
      await Promise.all(loads);
    };
    await visit(document);
    return loadedAny;
  }

  private emit<K extends keyof ControllerEvents>(event: K, ...args: Parameters<ControllerEvents[K]>): void {
    for (const listener of this.listeners[event] as Set<(...a: Parameters<ControllerEvents[K]>) => void>) listener(...args);
  }
}
