// The webview's own page: a frame holding the canvas app (served by the OmniOS server, reached
// through asExternalUri) and the page script (page/main.ts, bundled to dist/page.js) that relays
// the theme, the documents shown and the canvas's unused keys.

export interface CanvasPageOptions {
  /** The canvas URL as the webview can reach it (after asExternalUri), token included. */
  canvasUrl: string;
  /** dist/page.js as a webview URI (asWebviewUri). */
  scriptUrl: string;
  nonce: string;
  /** The webview's own resource origin (webview.cspSource), for the script. */
  cspSource: string;
}

export function canvasPageHtml({ canvasUrl, scriptUrl, nonce, cspSource }: CanvasPageOptions): string {
  // Only the canvas's origin may be framed; only our script runs; nothing else loads.
  const csp = ["default-src 'none'", `frame-src ${new URL(canvasUrl).origin}`, `style-src 'nonce-${nonce}'`, `script-src 'nonce-${nonce}' ${cspSource}`].join("; ");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<style nonce="${nonce}">
  html, body { margin: 0; padding: 0; height: 100%; overflow: hidden; background: var(--vscode-editor-background); }
  iframe { border: 0; width: 100%; height: 100%; display: block; }
</style>
</head>
<body>
<iframe id="canvas" title="OmniOS canvas" src="${escapeHtml(canvasUrl)}" allow="clipboard-read; clipboard-write"></iframe>
<script nonce="${nonce}" src="${escapeHtml(scriptUrl)}"></script>
</body>
</html>`;
}

/** A page with one message, for when there is no canvas to show (the server is not running). */
export function messagePageHtml(message: string, nonce: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'">
<style nonce="${nonce}">
  body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 24px; }
</style>
</head>
<body><p role="status">${escapeHtml(message)}</p></body>
</html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
