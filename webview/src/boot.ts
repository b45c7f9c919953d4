// Inlined in the canvas page's head (build.mjs), before the app's script: opens the canvas socket and
// sends the requests the first drawing needs, so the server answers while the app loads and starts.
// When the project has no Tailwind CSS kept on this origin it also starts the Tailwind engine, which
// compiles the project's stylesheets meanwhile.
import { canvasSocketUrl } from "./engine/connection";
import { firstRequests, followEarlyAnswers, type EarlySocket } from "./engine/earlySocket";
import { cssKeptOnThisOrigin, engineCssCache, localStorageIfAvailable, type ProjectStylesheet } from "./stage/generatedCssCache";
import { compileEarly, startEarlyTailwind, tailwindWorkerUrl, type EarlyTailwind } from "./stage/tailwind/earlyEngine";

const storage = localStorageIfAvailable(window);
const early: EarlySocket = {
  socket: new WebSocket(canvasSocketUrl(location)),
  requests: firstRequests(location.search, storage).map((request, i) => ({ id: `boot-${i + 1}`, ...request })),
  received: [],
};
const workerUrl = tailwindWorkerUrl(location);
let tailwind: EarlyTailwind | null = null;
const startTailwind = () => {
  tailwind = startEarlyTailwind(workerUrl);
  if (tailwind) window.omniosEarlyTailwind = tailwind;
};
// Nothing kept on this origin: a first open, the engine starts now (its script loads meanwhile).
if (!cssKeptOnThisOrigin(storage)) startTailwind();
const follow = followEarlyAnswers(early, (sheets: ProjectStylesheet[]) => {
  // CSS kept for these very stylesheets: the app draws with it and starts the engine after its first drawing.
  if (!tailwind && engineCssCache(storage, workerUrl, sheets)?.read() == null) startTailwind();
  if (tailwind) compileEarly(tailwind, sheets.map((sheet) => sheet.css));
});
// The app replaces onmessage when it takes the socket over. The requests go out from a listener of
// their own: the app may take over a socket still connecting, and this listener, added first, runs
// before the app's onopen.
early.socket.onmessage = (event) => {
  const text = String(event.data);
  early.received.push(text);
  follow(text);
};
early.socket.addEventListener(
  "open",
  () => {
    for (const { id, method, params } of early.requests) early.socket.send(JSON.stringify({ jsonrpc: "2.0", id, method, params }));
  },
  { once: true },
);
window.omniosEarlySocket = early;
