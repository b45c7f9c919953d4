import { createRoot } from "react-dom/client";
import { CanvasController } from "./engine/canvasController";
import { Connection } from "./engine/connection";
import { App } from "./ui/App";
import "./ui/app.css";

const DEFAULT_WIDTHS = [1280, 768, 390];

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const token = params.get("token") ?? "";
  const connection = new Connection(Connection.urlFor(location));
  const controller = new CanvasController(connection);
  const root = createRoot(document.getElementById("root")!);
  try {
    await controller.start(params.get("path"));
  } catch (error) {
    root.render(<p className="fatal">Cannot reach the OmniOS server: {String(error)}</p>);
    return;
  }
  const styles = await connection.request<{ path: string; css: string }[]>("listStyles").catch(() => []);
  const tailwindUrl = new URL(`app/tailwind.js?token=${encodeURIComponent(token)}`, location.href).toString();
  const assetUrl = (src: string) => (src.startsWith("/") ? new URL(`public${src}?token=${encodeURIComponent(token)}`, location.href).toString() : src);
  const widths = (params.get("widths") ?? "").split(",").map(Number).filter((n) => n >= 200 && n <= 3000);
  root.render(<App controller={controller} styles={styles.map((s) => s.css)} tailwindUrl={tailwindUrl} assetUrl={assetUrl} initialWidths={widths.length > 0 ? widths : DEFAULT_WIDTHS} />);
  (window as unknown as { omnios: CanvasController }).omnios = controller;
}

void main();
