// The stage's Tailwind worker (bundled as app/tailwind-worker.js): compiles the project's CSS and
// the CSS for the drawn classes on its own thread, so the canvas draws while Tailwind works.
import type { FromTailwindWorker, ToTailwindWorker } from "./messages";
import { tailwindService } from "./tailwindService";

/** The part of a dedicated worker's global scope used here (the DOM library's types describe a window). */
interface WorkerScope {
  postMessage(message: FromTailwindWorker): void;
  addEventListener(type: "message", listener: (event: MessageEvent<ToTailwindWorker>) => void): void;
}

const scope = self as unknown as WorkerScope;
const handle = tailwindService((message) => scope.postMessage(message));
scope.addEventListener("message", (event) => handle(event.data));
