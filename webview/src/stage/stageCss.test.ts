import assert from "node:assert/strict";
import { test } from "node:test";
import { workerPort } from "./stageCss";
import type { EarlyTailwind } from "./tailwind/earlyEngine";
import type { FromTailwindWorker, ToTailwindWorker } from "./tailwind/messages";

/** A worker as the page has it: what it was sent, and a way to make it speak. */
class FakeWorker {
  static started: FakeWorker[] = [];
  readonly posted: ToTailwindWorker[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<FromTailwindWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor(readonly url = "early") {
    FakeWorker.started.push(this);
  }
  postMessage(message: ToTailwindWorker) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  say(message: FromTailwindWorker) {
    this.onmessage!({ data: message } as MessageEvent<FromTailwindWorker>);
  }
}

function earlyEngine(compiled: string[] | null, received: FromTailwindWorker[] = []): { early: EarlyTailwind; worker: FakeWorker } {
  const worker = new FakeWorker();
  return { early: { worker: worker as unknown as Worker, received, compiled }, worker };
}

test("the worker the boot script started is taken over: what it said reaches the first listener, and the same compile is not sent twice", () => {
  const { early, worker } = earlyEngine(["@import 'tailwindcss';"], [{ kind: "warning", message: "an import the canvas cannot follow" }]);
  const port = workerPort("http://x/app/tailwind-worker.js", early);
  worker.say({ kind: "css", id: 1, css: ".a{}" });
  const heard: FromTailwindWorker[] = [];
  port.listen((message) => heard.push(message));

  port.post({ kind: "compile", stylesheets: ["@import 'tailwindcss';"] });
  port.post({ kind: "build", id: 2, candidates: ["flex"] });

  assert.deepEqual(heard.map((m) => m.kind), ["warning", "css"]);
  assert.deepEqual(worker.posted, [{ kind: "build", id: 2, candidates: ["flex"] }]);
});

test("stylesheets that changed after the boot script compiled them go to a new worker", () => {
  const original = globalThis.Worker;
  globalThis.Worker = FakeWorker as unknown as typeof Worker;
  try {
    const { early, worker } = earlyEngine(["old"]);
    const port = workerPort("http://x/app/tailwind-worker.js", early);
    port.listen(() => undefined);
    port.post({ kind: "compile", stylesheets: ["new"] });

    assert.equal(worker.terminated, true);
    const replacement = FakeWorker.started.at(-1)!;
    assert.equal(replacement.url, "http://x/app/tailwind-worker.js");
    assert.deepEqual(replacement.posted, [{ kind: "compile", stylesheets: ["new"] }]);
  } finally {
    globalThis.Worker = original;
  }
});
