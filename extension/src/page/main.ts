// The script of the webview page around the canvas (canvasPage.ts renders the page). It hands the
// canvas the editor's theme, relays the documents shown between the extension and the canvas, and
// gives VS Code the keys the canvas does not use. Bundled for the browser by build.mjs.
import type { PageState } from "./messages";
import { route, themeMessage } from "./relay";

interface VsCodeApi {
  postMessage(message: unknown): void;
  setState(state: PageState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const frame = document.getElementById("canvas") as HTMLIFrameElement;
const canvasOrigin = new URL(frame.src).origin;
const initial = new URL(frame.src).searchParams;
vscode.setState({ path: initial.get("path"), component: initial.get("component") });

const sendTheme = () => frame.contentWindow?.postMessage(themeMessage(document.documentElement.style, document.body.classList), canvasOrigin);
// Now, in case the canvas loaded before this script ran (a frame still loading drops it: another
// origin), and again once it has loaded.
sendTheme();
frame.addEventListener("load", sendTheme);
// VS Code updates the variables and body classes in place when the user changes the colour theme.
new MutationObserver(sendTheme).observe(document.documentElement, { attributes: true, attributeFilter: ["style"] });
new MutationObserver(sendTheme).observe(document.body, { attributes: true, attributeFilter: ["class"] });

window.addEventListener("message", (event) => {
  const fromCanvas = event.source === frame.contentWindow;
  if (fromCanvas && event.origin !== canvasOrigin) return;
  const target = route(event.data, fromCanvas);
  if (!target) return;
  if (target.to === "keybindings") {
    window.dispatchEvent(new KeyboardEvent("keydown", { ...target.event, bubbles: true, cancelable: true }));
    return;
  }
  vscode.setState(target.state);
  if (target.to === "canvas") frame.contentWindow?.postMessage(target.message, canvasOrigin);
  else vscode.postMessage(target.message);
});
