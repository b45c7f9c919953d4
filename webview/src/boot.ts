// Inlined in the canvas page's head (build.mjs), before the app's script: opens the canvas socket and
// sends the requests the first drawing needs, so the server answers while the app loads and starts.
import { canvasSocketUrl } from "./engine/connection";
import { firstRequests, type EarlySocket } from "./engine/earlySocket";
import { localStorageIfAvailable } from "./stage/generatedCssCache";

const early: EarlySocket = {
  socket: new WebSocket(canvasSocketUrl(location)),
  requests: firstRequests(location.search, localStorageIfAvailable(window)).map((request, i) => ({ id: `boot-${i + 1}`, ...request })),
  received: [],
};
// The app replaces onmessage when it takes the socket over. The requests go out from a listener of
// their own: the app may take over a socket still connecting, and this listener, added first, runs
// before the app's onopen.
early.socket.onmessage = (event) => early.received.push(String(event.data));
early.socket.addEventListener(
  "open",
  () => {
    for (const { id, method, params } of early.requests) early.socket.send(JSON.stringify({ jsonrpc: "2.0", id, method, params }));
  },
  { once: true },
);
window.omniosEarlySocket = early;
