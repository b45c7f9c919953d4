import { createRoot } from "react-dom/client";
import { CanvasController } from "./engine/canvasController";
import { canvasSocketUrl, Connection, type SocketLike } from "./engine/connection";
import { mainPageOf, rememberedMainPage, rememberMainPage, type EarlySocket } from "./engine/earlySocket";
import { connectEditorHost } from "./engine/editorHost";
import { engineCssCache, localStorageIfAvailable, type ProjectStylesheet } from "./stage/generatedCssCache";
import { StageCss, workerPort } from "./stage/stageCss";
import { tailwindWorkerUrl } from "./stage/tailwind/earlyEngine";
import { App } from "./ui/App";
import "./ui/app.css";

const DEFAULT_WIDTHS = [1280, 768, 390];
const FIRST_RENDER_WAIT_MS = 250;

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const token = params.get("token") ?? "";
  // Started by the first message for it (src/stage/stageCss.ts), unless the page's boot script started it.
  const workerUrl = tailwindWorkerUrl(location);
  const tailwind = workerPort(workerUrl, window.omniosEarlyTailwind ?? null);
  delete window.omniosEarlyTailwind;
  // The socket the page opened before this script loaded (src/boot.ts), with the first requests already
  // sent; a WebSocket as SocketLike describes it (as Connection's own sockets are).
  const connection = new Connection(canvasSocketUrl(location), undefined, (window.omniosEarlySocket as EarlySocket<unknown> as EarlySocket<SocketLike> | undefined) ?? null);
  delete window.omniosEarlySocket;
  const controller = new CanvasController(connection);
  const root = createRoot(document.getElementById("root")!);
  // Listening before the first await: the VS Code webview sends its theme as soon as this page loads.
  const editorHost = connectEditorHost(window, (path, component) => controller.open(path, component));
  if (editorHost) controller.on("show", (path, component) => editorHost.shown(path, component));
  // The project's stylesheets, asked for alongside the documents rather than after them, and before the
  // controller's openDocument: the server answers a query only after the changes sent before it.
  const sheets = connection
    .connect()
    .then(() => connection.request<ProjectStylesheet[]>("listStyles"))
    .then((list) => list, () => null);
  const storage = localStorageIfAvailable(window);
  const css = new StageCss(tailwind, sheets, (list) => engineCssCache(storage, workerUrl, list));
  // The classes in a document's source are generated while it is drawn (any other computed when drawn is asked for then).
  controller.on("loaded", (document) => css.prepare(document.classNamesInSource()));
  controller.on("documents", (documents) => rememberMainPage(storage, mainPageOf(documents)));
  const starting = controller.start(params.get("path"), params.get("component"), rememberedMainPage(storage));
  const assetUrl = (src: string) => (src.startsWith("/") ? new URL(`public${src}?token=${encodeURIComponent(token)}`, location.href).toString() : src);
  const widths = (params.get("widths") ?? "").split(",").map(Number).filter((n) => n >= 200 && n <= 3000);
  // The first document and the components it uses are asked for, and their classes sent to the
  // engine, before the first render: on a cold start React's first render and the frames' creation
  // hold the main thread for a few hundred milliseconds, and the answers would wait behind them.
  // A slow server holds the app's first render back no longer than FIRST_RENDER_WAIT_MS.
  await Promise.race([starting.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS))]);
  root.render(
    <App controller={controller} css={css} assetUrl={assetUrl} initialWidths={widths.length > 0 ? widths : DEFAULT_WIDTHS} editorHost={editorHost} />,
  );
  try {
    await starting;
    editorHost?.started();
  } catch (error) {
    root.render(<p className="fatal">Cannot reach the OmniOS server: {String(error)}</p>);
    return;
  }
  (window as unknown as { omnios: CanvasController }).omnios = controller;
}

void main();
