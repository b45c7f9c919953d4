// The stage's Tailwind worker (bundled as app/tailwind-worker.js): reads and compiles the project's
// stylesheets as soon as it starts, then generates the CSS for the class names the stage draws, on
// its own thread, so the canvas loads and draws while Tailwind works.
import type { FromTailwindWorker, ToTailwindWorker } from "./messages";
import { tailwindService } from "./tailwindService";

/** The part of a dedicated worker's global scope used here (the DOM library's types describe a window). */
interface WorkerScope {
  location: { href: string; search: string };
  postMessage(message: FromTailwindWorker): void;
  addEventListener(type: "message", listener: (event: MessageEvent<ToTailwindWorker>) => void): void;
}

const scope = self as unknown as WorkerScope;
const service = tailwindService((message) => scope.postMessage(message));
scope.addEventListener("message", (event) => service.build(event.data));

// Served at /app/tailwind-worker.js; the stylesheets at /styles, with the same token.
const stylesUrl = new URL(`../styles${scope.location.search}`, scope.location.href);
fetch(stylesUrl)
  .then(async (response) => {
    if (!response.ok) throw new Error(`${response.status} ${await response.text()}`.trim());
    return ((await response.json()) as { css: string }[]).map((sheet) => sheet.css);
  })
  .then(service.compile, (error: unknown) => {
    scope.postMessage({ kind: "warning", message: `The project's stylesheets could not be read (${error instanceof Error ? error.message : String(error)}); the design is drawn with Tailwind's defaults.` });
    service.compile([]);
  });
