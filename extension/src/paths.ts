// Which documents the canvas shows, and how the extension names them to the server and canvas.

/** Files that have a design: React components in TypeScript or JavaScript. */
export function isDesignFile(fileName: string): boolean {
  return /\.(tsx|jsx)$/i.test(fileName);
}

/** The workspace-relative path (forward slashes) of a file inside a folder; null when it is outside. */
export function relativePath(folder: string, file: string): string | null {
  const normalise = (p: string) => p.replace(/\\/g, "/").replace(/\/+$/, "");
  const root = normalise(folder);
  const target = normalise(file);
  if (!target.startsWith(root + "/")) return null;
  return target.slice(root.length + 1);
}

/** The canvas page for a document: the server's URL with the document and frame widths as query parameters. */
export function canvasPageUrl(serverUrl: string, path: string | null, frameWidths: readonly number[]): string {
  const url = new URL(serverUrl);
  if (path) url.searchParams.set("path", path);
  const widths = frameWidths.filter((w) => Number.isFinite(w) && w >= 200 && w <= 3000);
  if (widths.length > 0) url.searchParams.set("widths", widths.join(","));
  return url.toString();
}
