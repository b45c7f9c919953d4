// Inlined in the canvas page's head (build.mjs), before the app's script: opens the canvas socket and
// sends the requests the first drawing needs, so the server answers while the app loads and starts.
// On a first open (no Tailwind CSS kept on this origin) it also starts the Tailwind engine, which
// compiles the project's stylesheets meanwhile.
import { canvasSocketUrl } from "./engine/connection";
import { firstRequests, followEarlyAnswers, type EarlySocket } from "./engine/earlySocket";
import { cssKeptOnThisOrigin, localStorageIfAvailable } from "./stage/generatedCssCache";
import { compileEarly, startEarlyTailwind, tailwindWorkerUrl } from "./stage/tailwind/earlyEngine";

const storage = localStorageIfAvailable(window);
const early: EarlySocket = {
  socket: new WebSocket(canvasSocketUrl(location)),
  requests: firstRequests(location.search, storage).map((request, i) => ({ id: `boot-${i + 1}`, ...request })),
  received: [],
};
// With kept CSS the app draws with it and starts the engine after its first drawing instead.
const tailwind = cssKeptOnThisOrigin(storage) ? null : startEarlyTailwind(tailwindWorkerUrl(location));
const follow = followEarlyAnswers(early, tailwind && ((stylesheets) => compileEarly(tailwind, stylesheets)));
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
if (tailwind) window.omniosEarlyTailwind = tailwind;
