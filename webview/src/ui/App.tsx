import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { CanvasController } from "../engine/canvasController";
import type { EditorHost } from "../engine/editorHost";
import type { DocumentSummary, ElementNode, SyntaxError } from "../engine/protocol";
import { BASE, breakpointForWidth, breakpointWidth, type ThemeScales, type Variant } from "../engine/styles";
import type { StageCss } from "../stage/stageCss";
import type { StageFrame } from "../stage/stageFrame";
import { Inspector } from "./Inspector";
import { Layers } from "./Layers";
import { fitZoom, gridColumns, initialPanels, type PanelsShown } from "./layout";
import { Palette } from "./Palette";
import { clampZoom, shownComponent, StagePanel } from "./StagePanel";

interface Props {
  controller: CanvasController;
  /** The stage's Tailwind CSS (the project's stylesheets arrive after the app is drawn). */
  css: StageCss;
  assetUrl(src: string): string;
  initialWidths: number[];
  /** The VS Code webview around the canvas, when there is one. */
  editorHost: EditorHost | null;
}

/** How long the panels wait for the stage's first drawing (a project with nothing to draw still gets them). */
const PANELS_WITHOUT_DRAWING_MS = 1000;

/** The canvas: toolbar, layers and palette on the left, the stage in the middle, the inspector on the right. */
export function App({ controller, css, assetUrl, initialWidths, editorHost }: Props) {
  // The panels' content comes after the stage's first drawing (the design is what opening the canvas
  // waits for, and the panels' first render would hold the main thread meanwhile), or a moment after
  // the start when there is nothing to draw. Their places are kept, so nothing moves when they fill.
  const [panelsDrawn, setPanelsDrawn] = useState(false);
  const [documents, setDocuments] = useState<DocumentSummary[]>(controller.summaries);
  const [path, setPath] = useState<string | null>(controller.current);
  // Bumped on every redraw so panels read the document's current model.
  const [, setRedraws] = useState(0);
  const [selection, setSelection] = useState<string[]>([]);
  const [panels, setPanels] = useState<PanelsShown>(() => initialPanels(window.innerWidth));
  const [zoom, setZoom] = useState(() => fitZoom(window.innerWidth, panels, initialWidths[0] ?? 1280));
  const [widths, setWidths] = useState(initialWidths);
  const [component, setComponent] = useState<string | null>(controller.requestedComponent);
  const [message, setMessage] = useState<{ text: string; kind: "info" | "error" } | null>(null);
  const [connected, setConnected] = useState(true);
  const [theme, setTheme] = useState<ThemeScales | null>(null);
  // The document the stage last drew completely.
  const [drawnPath, setDrawnPath] = useState<string | null>(null);
  // What the inspector edits: picking an element in a frame proposes the breakpoint of that frame's width.
  const [variant, setVariant] = useState<Variant>(BASE);
  const frames = useRef<StageFrame[]>([]);

  useEffect(() => {
    const offs = [
      controller.on("documents", setDocuments),
      controller.on("redraw", (p) => {
        setPath(p);
        setRedraws((v) => v + 1);
      }),
      controller.on("show", (_path, name) => setComponent(name)),
      controller.on("selection", (ids) => setSelection([...ids])),
      controller.on("message", (text, kind) => setMessage({ text, kind })),
      controller.on("connection", setConnected),
    ];
    // The app is drawn before the documents arrive: catch up with what came before these listeners.
    setDocuments(controller.summaries);
    setPath(controller.current);
    setComponent(controller.requestedComponent);
    return () => offs.forEach((off) => off());
  }, [controller]);

  useEffect(() => {
    if (drawnPath !== null) {
      startTransition(() => setPanelsDrawn(true));
      return;
    }
    const timer = setTimeout(() => setPanelsDrawn(true), PANELS_WITHOUT_DRAWING_MS);
    return () => clearTimeout(timer);
  }, [drawnPath]);

  // The theme is read again for each document shown (the project's stylesheets may have changed),
  // once the stage has drawn it: the inspector's data must not hold up the drawing.
  useEffect(() => {
    if (drawnPath === null) return;
    let current = true;
    controller.themeScales().then(
      (scales) => current && setTheme(scales),
      () => current && setTheme(null),
    );
    return () => {
      current = false;
    };
  }, [controller, drawnPath]);

  useEffect(
    () => controller.on("pickedInFrame", (width) => setVariant((v) => ({ ...v, breakpoint: breakpointForWidth(width, theme?.breakpoints ?? []) }))),
    [controller, theme],
  );

  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(null), 6000);
    return () => clearTimeout(timer);
  }, [message]);

  const document = path ? controller.documents.get(path) ?? null : null;
  const components = document?.model.components ?? [];
  const shown = document ? shownComponent(components, component) : null;
  const selected: ElementNode | null = selection.length === 1 ? document?.element(selection[0]!)?.element ?? null : null;
  const errors: SyntaxError[] = document?.errors ?? [];
  const editedFrom = breakpointWidth(variant.breakpoint, theme?.breakpoints ?? []);
  // What the browser computes where the inspector's edits apply: the narrowest frame they reach, else the widest.
  const computedValue = (id: string, property: string): string | null => {
    const reached = frames.current.filter((f) => f.width >= editedFrom).sort((a, b) => a.width - b.width);
    const frame = reached[0] ?? [...frames.current].sort((a, b) => b.width - a.width)[0];
    return frame?.computedValue(id, property) ?? null;
  };

  const onKey = useCallback(
    (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const inTextField = target !== null && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT" || target.isContentEditable);
      const mod = event.ctrlKey || event.metaKey;
      const handled = !inTextField && (() => {
        if (event.key === "Delete" || event.key === "Backspace") return void controller.deleteSelection(), true;
        if (mod && event.key.toLowerCase() === "d") return selected && void controller.run({ op: "duplicate", id: selected.id }), true;
        if (mod && event.key.toLowerCase() === "z") return void (event.shiftKey ? controller.redo() : controller.undo()), true;
        if (mod && event.key.toLowerCase() === "y") return void controller.redo(), true;
        if (event.key === "Escape") return controller.selectParent(), true;
        if (event.key === "ArrowDown" || event.key === "ArrowRight") return controller.selectSibling(1), true;
        if (event.key === "ArrowUp" || event.key === "ArrowLeft") return controller.selectSibling(-1), true;
        return false;
      })();
      if (handled) event.preventDefault();
      else editorHost?.forwardKey(event, inTextField);
    },
    [controller, selected, editorHost],
  );

  useEffect(() => {
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onKey]);

  const widthsText = useMemo(() => widths.join(", "), [widths]);

  return (
    <div className="app" style={{ gridTemplateColumns: gridColumns(window.innerWidth, panels) }}>
      <header className="toolbar">
        <span className="brand">OmniOS</span>
        <button aria-pressed={panels.layers} title="Show or hide the insert palette and the layers" onClick={() => setPanels({ ...panels, layers: !panels.layers })}>
          Layers
        </button>
        <button aria-pressed={panels.inspector} title="Show or hide the inspector" onClick={() => setPanels({ ...panels, inspector: !panels.inspector })}>
          Inspector
        </button>
        <select aria-label="Document" value={path ?? ""} onChange={(e) => void controller.open(e.target.value)}>
          {documents.map((d) => (
            <option key={d.path} value={d.path}>
              {d.path}
              {d.main ? " (main page)" : ""}
            </option>
          ))}
        </select>
        {components.filter((c) => c.roots.length > 0).length > 1 && (
          <select aria-label="Component" value={shown?.name ?? ""} onChange={(e) => setComponent(e.target.value)}>
            {components
              .filter((c) => c.roots.length > 0)
              .map((c) => (
                <option key={c.name} value={c.name}>
                  {c.name}
                </option>
              ))}
          </select>
        )}
        {!connected && <span className="offline">disconnected</span>}
        <span className="spacer" />
        <label className="widths">
          <span className="label">Frames</span>
          <input
            aria-label="Frame widths"
            defaultValue={widthsText}
            onKeyDown={(e) => e.stopPropagation()}
            onBlur={(e) => {
              const parsed = e.target.value.split(/[,\s]+/).map(Number).filter((n) => n >= 200 && n <= 3000);
              if (parsed.length > 0) setWidths(parsed);
            }}
          />
        </label>
        <button aria-label="Zoom out" onClick={() => setZoom(clampZoom(zoom / 1.25))}>
          −
        </button>
        <span className="zoom">{Math.round(zoom * 100)}%</span>
        <button aria-label="Zoom in" onClick={() => setZoom(clampZoom(zoom * 1.25))}>
          +
        </button>
        <button onClick={() => void controller.undo()} title="Undo (Ctrl+Z)">
          Undo
        </button>
        <button onClick={() => void controller.redo()} title="Redo (Shift+Ctrl+Z)">
          Redo
        </button>
      </header>
      {panels.layers && (
        <aside className="left">
          {panelsDrawn && (
            <>
              <h2>Insert</h2>
              <Palette controller={controller} model={document?.model ?? null} documents={documents} />
              <h2>Layers</h2>
              <Layers controller={controller} component={shown} selection={selection} />
            </>
          )}
        </aside>
      )}
      <main className="center">
        {errors.length > 0 && (
          <div className="banner" role="alert">
            Syntax error: {errors[0]!.message} (line {errors[0]!.line}). The canvas shows the last version that parsed.
          </div>
        )}
        <StagePanel
          controller={controller}
          path={path}
          frameWidths={widths}
          css={css}
          component={shown?.name ?? null}
          zoom={zoom}
          onZoom={setZoom}
          assetUrl={assetUrl}
          onKey={onKey}
          breakpoints={theme?.breakpoints ?? []}
          editedFrom={editedFrom}
          frames={frames}
          onDrawn={setDrawnPath}
        />
        {message && <div className={`toast ${message.kind}`}>{message.text}</div>}
      </main>
      {panels.inspector && (
        <aside className="right">
          {panelsDrawn && (
            <>
              <h2>Inspector</h2>
              <Inspector controller={controller} element={selected} version={document?.version ?? 0} theme={theme} variant={variant} onVariant={setVariant} computedValue={computedValue} />
            </>
          )}
        </aside>
      )}
    </div>
  );
}
