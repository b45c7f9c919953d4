// Which documents the canvas shows, and how the extension names them to the server and canvas.

/** Files that have a design: React components in TypeScript or JavaScript. */
export function isDesignFile(fileName: string): boolean {
  return /\.(tsx|jsx)$/i.test(fileName);
}

/**
 * The path of a file relative to a folder, with forward slashes, as the server and the canvas name
 * documents; null when the file is not inside the folder.
 */
export function relativePath(folder: string, file: string): string | null {
  const normalise = (p: string) => p.replace(/\\/g, "/").replace(/\/+$/, "");
  const root = normalise(folder);
  const target = normalise(file);
  if (!target.startsWith(root + "/")) return null;
  return target.slice(root.length + 1);
}

/** What the canvas page opens on. */
export interface CanvasView {
  path: string | null;
  component: string | null;
}

export const DEFAULT_FRAME_WIDTHS: readonly number[] = [1280, 768, 390];

/** The frame widths of the setting that the canvas can draw (200 to 3000 px), else the defaults. */
export function frameWidths(setting: unknown): number[] {
  const widths = Array.isArray(setting) ? setting.filter((w): w is number => typeof w === "number" && Number.isFinite(w) && w >= 200 && w <= 3000).map(Math.round) : [];
  return widths.length > 0 ? widths : [...DEFAULT_FRAME_WIDTHS];
}

/** The canvas page's URL: the server's (token included) with the document, component and frame widths to show. */
export function canvasPageUrl(serverUrl: string, view: CanvasView, widths: readonly number[]): string {
  const url = new URL(serverUrl);
  if (view.path) url.searchParams.set("path", view.path);
  if (view.path && view.component) url.searchParams.set("component", view.component);
  url.searchParams.set("widths", widths.join(","));
  return url.toString();
}
