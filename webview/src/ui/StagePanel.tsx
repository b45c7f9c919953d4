import { useEffect, useLayoutEffect, useRef, useState } from "react";
import type { CanvasController } from "../engine/canvasController";
import type { ComponentJson } from "../engine/protocol";
import { breakpointForWidth, type ScaleStep } from "../engine/styles";
import type { RenderHost } from "../stage/render";
import type { StageCss } from "../stage/stageCss";
import { drawingFailed, StageFrame } from "../stage/stageFrame";
import type { PaletteItem } from "./Palette";

interface Props {
  controller: CanvasController;
  /** The document shown (the frames stay when it changes: only their content is drawn again). */
  path: string | null;
  frameWidths: number[];
  /** The stage's Tailwind CSS, shown in every frame. */
  css: StageCss;
  component: string | null;
  zoom: number;
  onZoom(zoom: number): void;
  assetUrl(src: string): string;
  onKey(event: KeyboardEvent): void;
  /** The theme's breakpoints: each frame's label names the one in force at its width. */
  breakpoints: ScaleStep[];
  /** The width from which the inspector's edits apply (its breakpoint's): the frames they change are marked. */
  editedFrom: number;
  /** Filled with the frames whenever they are made, for reading what the browser computes (the inspector's placeholders). */
  frames: { current: StageFrame[] };
  /** After every complete drawing of a document. */
  onDrawn(path: string): void;
}

/** The stage: the shown component drawn in one frame per width, side by side, zoomable. */
export function StagePanel({ controller, path, frameWidths, css, component, zoom, onZoom, assetUrl, onKey, breakpoints, editedFrom, frames, onDrawn }: Props) {
  const stageRef = useRef<HTMLDivElement>(null);
  const framesRef = useRef<HTMLDivElement>(null);
  const labels = useRef<HTMLElement[]>([]);
  const [contentHeight, setContentHeight] = useState(800);
  // The latest key handler, document and component, without making the frames again when they change.
  const keyHandler = useRef(onKey);
  keyHandler.current = onKey;
  const shown = useRef({ path, component });
  shown.current = { path, component };
  const drawnHandler = useRef(onDrawn);
  drawnHandler.current = onDrawn;
  const drawAllRef = useRef<() => void>(() => undefined);
  const drawnFor = useRef("");

  // Before the browser paints the app's first frame: the stage's frames are made with it, not a task later.
  useLayoutEffect(() => {
    const container = framesRef.current!;
    const host: RenderHost = { component: (path, name) => controller.component(path, name), assetUrl };
    const created: StageFrame[] = [];
    labels.current = [];
    for (const width of frameWidths) {
      const column = labelled(container);
      labels.current.push(column.firstElementChild as HTMLElement);
      created.push(
        new StageFrame(column, width, host, css, {
          select: (id, extend) => controller.select(id, extend, width),
          move: (id, target) => void controller.run({ op: "move", id, parentId: target.parentId, index: target.index }),
          insert: (item, target) => {
            const { jsx, import: componentImport } = JSON.parse(item) as PaletteItem;
            void controller.run({ op: "insert", parentId: target.parentId, index: target.index, jsx, ...(componentImport ? { import: componentImport } : {}) });
          },
          resize: (id, width, height) => void resize(controller, id, width, height),
          key: (event) => keyHandler.current(event),
          heightChanged: () => setContentHeight(Math.max(...frames.current.map((f) => f.contentHeight()))),
        }),
      );
    }
    frames.current = created;
    const drawAll = () => {
      const document = controller.document;
      if (!document) return;
      const { path, component } = shown.current;
      drawnFor.current = `${path}#${component}`;
      const roots = shownComponent(document.model.components, component)?.roots ?? [];
      // Rendered once, in the first frame, and copied into the others.
      let rendered: Node[];
      try {
        rendered = created[0]?.render(roots) ?? [];
      } catch (error) {
        drawingFailed(error);
        return;
      }
      void Promise.all(created.map((frame) => frame.draw(document, rendered))).then(() => {
        // Measured by the benchmarks: the first complete drawing (every frame drawn, its CSS in place), and every complete drawing of a document.
        if (performance.getEntriesByName("omnios-first-render").length === 0) performance.mark("omnios-first-render");
        performance.mark("omnios-drawn", { detail: document.path });
        drawnHandler.current(document.path);
        // Drawn with the CSS of an earlier boot: the engine's replaces it once this drawing is on screen.
        void afterNextPaint().then(() => css.takeOver());
      });
    };
    drawAllRef.current = drawAll;
    drawAll();
    const offRedraw = controller.on("redraw", (_path, redraw) => {
      const document = controller.document;
      // Another document: drawn once this panel has it (the effect below), not before.
      if (!document || document.path !== shown.current.path) return;
      const drawn = shownComponent(document.model.components, shown.current.component);
      if (!redraw || (drawn && redraw.components.includes(drawn.name))) {
        drawAll();
        return;
      }
      void Promise.all(created.map((frame) => frame.redrawElements(document, redraw.elements))).then(() => {
        if (performance.getEntriesByName("omnios-delta-start").length > 0) performance.measure("omnios-delta", "omnios-delta-start");
      });
    });
    const offSelection = controller.on("selection", (ids) => {
      for (const frame of created) frame.setSelection(ids);
    });
    return () => {
      offRedraw();
      offSelection();
      for (const frame of created) frame.dispose();
      container.replaceChildren();
    };
  }, [controller, frameWidths.join(","), css, assetUrl]);

  // Each frame's label: its width, the breakpoint in force there, and whether the inspector's edits change it.
  useEffect(() => {
    frameWidths.forEach((width, i) => {
      const label = labels.current[i];
      if (!label) return;
      const breakpoint = breakpointForWidth(width, breakpoints);
      label.textContent = `${width}px · ${breakpoint ?? "base"}`;
      label.classList.toggle("edited", width >= editedFrom);
      label.title = width >= editedFrom ? "The inspector's edits change this frame" : "The inspector's edits do not reach this width";
    });
  }, [frameWidths.join(","), breakpoints, editedFrom]);

  // Another document or component: the same frames draw it, from the top.
  useEffect(() => {
    if (drawnFor.current === `${path}#${component}`) return;
    drawAllRef.current();
    stageRef.current?.scrollTo(0, 0);
  }, [path, component]);

  return (
    <div
      ref={stageRef}
      className="stage"
      onWheel={(e) => {
        if (!e.ctrlKey && !e.metaKey) return;
        e.preventDefault();
        onZoom(clampZoom(zoom * (e.deltaY < 0 ? 1.1 : 1 / 1.1)));
      }}
    >
      <div className="stage-scaler" style={{ width: (frameWidths.reduce((a, b) => a + b + 48, 0)) * zoom, height: (contentHeight + 80) * zoom }}>
        <div className="stage-frames" ref={framesRef} style={{ transform: `scale(${zoom})` }} />
      </div>
    </div>
  );
}

/** Resolves once the browser has painted what is drawn now (at once when the page is hidden: it paints nothing). */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (document.visibilityState === "hidden") resolve();
    else requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

/** A column for a frame, with its label (filled in by the label effect). */
function labelled(container: HTMLElement): HTMLElement {
  const column = document.createElement("div");
  column.className = "frame-column";
  const label = document.createElement("div");
  label.className = "frame-label";
  column.append(label);
  container.append(column);
  return column;
}

/** The component a document shows: the one asked for, else its default export, else its first component with JSX. */
export function shownComponent(components: ComponentJson[], name: string | null): ComponentJson | null {
  return (
    (name ? components.find((c) => c.name === name) : undefined) ??
    components.find((c) => c.export === "default" && c.roots.length > 0) ??
    components.find((c) => c.isComponent && c.roots.length > 0) ??
    components.find((c) => c.roots.length > 0) ??
    null
  );
}

export function clampZoom(zoom: number): number {
  return Math.min(4, Math.max(0.1, Math.round(zoom * 100) / 100));
}

async function resize(controller: CanvasController, id: string, width: number, height: number): Promise<void> {
  const outcome = await controller.run({ op: "setStyle", id, property: "width", value: `${width}px` });
  if (outcome.applied) await controller.run({ op: "setStyle", id, property: "height", value: `${height}px` });
}
