// The Tailwind worker the page's boot script (src/boot.ts) starts on a first open, before the app's
// script has loaded: the worker's own script and the project's stylesheets compile while the app
// loads and makes its frames, instead of after. The stage's port (workerPort) takes it over.
import type { FromTailwindWorker } from "./messages";

export interface EarlyTailwind {
  worker: Worker;
  /** Everything the worker said before the app took it over, in order. */
  received: FromTailwindWorker[];
  /** The stylesheets the boot script sent it to compile; null when it sent none. */
  compiled: string[] | null;
}

declare global {
  interface Window {
    omniosEarlyTailwind?: EarlyTailwind;
  }
}

/** The worker's script beside the page (through a proxy's path prefix too), with the page's token. */
export function tailwindWorkerUrl(location: { href: string; search: string }): string {
  const token = new URLSearchParams(location.search).get("token") ?? "";
  return new URL(`app/tailwind-worker.js?token=${encodeURIComponent(token)}`, location.href).toString();
}

/** Starts the worker now; null where it cannot start (the app then starts its own, which reports why). */
export function startEarlyTailwind(url: string): EarlyTailwind | null {
  let worker: Worker;
  try {
    worker = new Worker(url, { name: "omnios-tailwind" });
  } catch {
    return null;
  }
  const early: EarlyTailwind = { worker, received: [], compiled: null };
  worker.onmessage = (event: MessageEvent<FromTailwindWorker>) => early.received.push(event.data);
  worker.onerror = (event) => early.received.push(workerStopped(event, url));
  return early;
}

/** What a worker's error event says to the stage: the worker failed, no build will come. */
export function workerStopped(event: ErrorEvent, url: string): FromTailwindWorker {
  return { kind: "failed", id: null, message: `The Tailwind worker stopped: ${event.message || url}` };
}

/** Sends the project's stylesheets to compile (the app sends the same ones, which the port then does not send again). */
export function compileEarly(early: EarlyTailwind, stylesheets: string[]): void {
  early.compiled = stylesheets;
  early.worker.postMessage({ kind: "compile", stylesheets });
}
