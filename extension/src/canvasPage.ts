// The webview's own page: a frame holding the canvas app (served by the OmniOS server), and a
// small script that hands the frame the editor's theme and relays messages both ways.

export interface CanvasPageOptions {
  /** The canvas URL as the webview can reach it (after asExternalUri). */
  canvasUrl: string;
  nonce: string;
  cspSource: string;
}

export function canvasPageHtml({ canvasUrl, nonce, cspSource }: CanvasPageOptions): string {
  const origin = new URL(canvasUrl).origin;
  const csp = [
    "default-src 'none'",
    `frame-src ${origin}`,
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
  ].join("; ");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<style nonce="${nonce}">
  html, body { margin: 0; padding: 0; height: 100%; overflow: hidden; background: var(--vscode-editor-background); }
  iframe { border: 0; width: 100%; height: 100%; display: block; }
</style>
</head>
<body>
<iframe id="canvas" title="OmniOS canvas" src="${escapeAttribute(canvasUrl)}" allow="clipboard-read; clipboard-write"></iframe>
<script nonce="${nonce}">
(() => {
  const vscode = acquireVsCodeApi();
  const frame = document.getElementById("canvas");
  const origin = ${JSON.stringify(origin)};
  // The canvas runs in its own document: the --vscode-* variables do not reach it, so send them.
  const theme = () => {
    const variables = {};
    for (const name of Array.from(document.documentElement.style)) {
      if (name.startsWith("--vscode-")) variables[name] = document.documentElement.style.getPropertyValue(name);
    }
    const kind = document.body.classList.contains("vscode-high-contrast") ? "high-contrast" : document.body.classList.contains("vscode-dark") ? "dark" : "light";
    frame.contentWindow?.postMessage({ type: "theme", kind, variables }, origin);
  };
  frame.addEventListener("load", theme);
  new MutationObserver(theme).observe(document.documentElement, { attributes: true, attributeFilter: ["style", "class"] });
  new MutationObserver(theme).observe(document.body, { attributes: true, attributeFilter: ["class"] });
  window.addEventListener("message", (event) => {
    if (event.source === frame.contentWindow && event.origin === origin) {
      vscode.postMessage(event.data);
    } else if (event.data && event.data.type === "open") {
      vscode.setState({ path: event.data.path });
      frame.contentWindow?.postMessage(event.data, origin);
    }
  });
})();
</script>
</body>
</html>`;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}
