import assert from "node:assert/strict";
import { test } from "node:test";
import { CanvasController } from "./canvasController";
import { Connection, type SocketLike } from "./connection";
import type { DesignModel, DocumentSummary, ElementNode } from "./protocol";

/** An element that draws a component of another file (or a plain div when `uses` is null). */
function element(id: string, uses: string | null, children: ElementNode[] = []): ElementNode {
  return {
    type: "element", id, kind: uses ? "component" : "html", name: uses ? "Part" : "div", selfClosing: false,
    ...(uses ? { component: { path: uses, module: null, export: "default" } } : {}),
    attributes: [], className: null, style: null, events: [], text: null, children, start: 0, end: 0,
  };
}

function model(path: string, uses: string[]): DesignModel {
  const roots = [element(`${path}#Page/0`, null, uses.map((u, i) => element(`${path}#Page/0/${i}`, u)))];
  return {
    path, ok: true, errors: [], version: 1, imports: [],
    components: [{ name: "Page", kind: "function", export: "default", isComponent: true, start: 0, end: 0, propsType: null, props: [], roots }],
  };
}

/** A server in memory: the requests it got, answered only when the test says so. */
function fakeServer(files: Record<string, string[]>) {
  const requests: { id: number; method: string; params: { path?: string } }[] = [];
  let socket!: SocketLike;
  const connection = new Connection("ws://x", () => {
    socket = { readyState: 1, send: (data) => requests.push(JSON.parse(data)), close() {}, onopen: null, onclose: null, onmessage: null };
    queueMicrotask(() => socket.onopen!({}));
    return socket;
  });
  const answer = (request: (typeof requests)[number]) => {
    const result =
      request.method === "listDocuments"
        ? Object.keys(files).map((path, i): DocumentSummary => ({ path, components: ["Page"], main: i === 0, exports: [] }))
        : model(request.params.path!, files[request.params.path!]!);
    reply(request, result);
  };
  const reply = (request: (typeof requests)[number], result: unknown) => socket.onmessage!({ data: JSON.stringify({ jsonrpc: "2.0", id: request.id, result }) });
  const fail = (request: (typeof requests)[number], message: string) => socket.onmessage!({ data: JSON.stringify({ jsonrpc: "2.0", id: request.id, error: { code: -32602, message } }) });
  /** Answers every request as it comes (a file it does not have with an error, as the server does) until `done` settles. */
  const answerAll = async (done: Promise<unknown>) => {
    let finished = false;
    const settled = done.then(() => (finished = true));
    for (let answered = 0; !finished; ) {
      await settle();
      while (answered < requests.length) {
        const request = requests[answered++]!;
        if (request.method === "openDocument" && !(request.params.path! in files)) fail(request, `No such document: ${request.params.path}`);
        else answer(request);
      }
    }
    await settled;
  };
  const notify = (method: string, params: unknown) => socket.onmessage!({ data: JSON.stringify({ jsonrpc: "2.0", method, params }) });
  return { connection, requests, files, answer, reply, notify, answerAll };
}

/** The document the controller showed last (null: none yet). */
function shownBy(controller: CanvasController): () => string | null {
  let shown: string | null = null;
  controller.on("show", (path) => (shown = path));
  return () => shown;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

test("opening a page asks for the files of all its components at once, and theirs as soon as each arrives", async () => {
  const server = fakeServer({ "app/page.tsx": ["components/Header.tsx", "components/Pricing.tsx"], "components/Header.tsx": [], "components/Pricing.tsx": ["components/Card.tsx"], "components/Card.tsx": [] });
  const controller = new CanvasController(server.connection);
  let shown: string | null = null;
  controller.on("show", (path) => (shown = path));

  const starting = controller.start();
  await settle();
  server.answer(server.requests[0]!);
  await settle();
  assert.deepEqual(server.requests.slice(1).map((r) => r.params.path), ["app/page.tsx"]);
  server.answer(server.requests[1]!);
  await settle();

  // Both components of the page are asked for before either answer arrives.
  assert.deepEqual(server.requests.slice(2).map((r) => r.params.path), ["components/Header.tsx", "components/Pricing.tsx"]);
  server.answer(server.requests[3]!);
  await settle();
  assert.deepEqual(server.requests.slice(4).map((r) => r.params.path), ["components/Card.tsx"]);
  assert.equal(shown, null);
  server.answer(server.requests[4]!);
  server.answer(server.requests[2]!);
  await starting;

  assert.equal(shown, "app/page.tsx");
  assert.deepEqual([...controller.documents.keys()].sort(), ["app/page.tsx", "components/Card.tsx", "components/Header.tsx", "components/Pricing.tsx"]);
  assert.equal(controller.component("components/Card.tsx", "default")?.name, "Page");
});

test("the documents a page's answer brings are not asked for again, and are drawn with it", async () => {
  const server = fakeServer({ "app/page.tsx": ["components/Header.tsx", "components/Pricing.tsx"], "components/Header.tsx": [], "components/Pricing.tsx": ["components/Card.tsx"], "components/Card.tsx": [] });
  const controller = new CanvasController(server.connection);
  const loaded: string[] = [];
  controller.on("loaded", (document) => loaded.push(document.path));
  const starting = controller.start();
  await settle();
  server.answer(server.requests[0]!);
  await settle();
  const page = server.requests[1]!;
  const uses = ["components/Header.tsx", "components/Pricing.tsx", "components/Card.tsx"].map((path) => model(path, server.files[path]!));
  server.reply(page, { ...model("app/page.tsx", server.files["app/page.tsx"]!), uses });
  await starting;

  assert.deepEqual(server.requests.map((r) => r.params.path ?? r.method), ["listDocuments", "app/page.tsx"]);
  assert.deepEqual(loaded, ["app/page.tsx", "components/Header.tsx", "components/Pricing.tsx", "components/Card.tsx"]);
  assert.equal(controller.component("components/Card.tsx", "default")?.name, "Page");
  assert.equal((controller.documents.get("app/page.tsx")!.model as { uses?: unknown }).uses, undefined, "the page's copy does not keep them");
});

test("a change the server sent before the answer that brings its document makes the canvas read that document again", async () => {
  const server = fakeServer({ "app/page.tsx": ["components/Card.tsx"], "components/Card.tsx": [] });
  const controller = new CanvasController(server.connection);
  const starting = controller.start();
  await settle();
  server.answer(server.requests[0]!);
  await settle();
  // Card changes to version 2 after the server serialised it at version 1, and its notification overtakes the answer.
  server.notify("documentChanged", { path: "components/Card.tsx", version: 2, ok: true, errors: [], deltas: [] });
  server.reply(server.requests[1]!, { ...model("app/page.tsx", ["components/Card.tsx"]), uses: [model("components/Card.tsx", [])] });
  await settle();

  assert.deepEqual(server.requests.map((r) => r.params.path ?? r.method), ["listDocuments", "app/page.tsx", "components/Card.tsx"]);
  server.answer(server.requests[2]!);
  await starting;
  assert.ok(controller.documents.has("components/Card.tsx"));
});

test("a file used twice is asked for once", async () => {
  const server = fakeServer({ "app/page.tsx": ["components/A.tsx", "components/B.tsx"], "components/A.tsx": ["components/Shared.tsx"], "components/B.tsx": ["components/Shared.tsx"], "components/Shared.tsx": [] });
  const controller = new CanvasController(server.connection);
  await server.answerAll(controller.start());

  assert.deepEqual(server.requests.map((r) => r.params.path ?? r.method).sort(), ["app/page.tsx", "components/A.tsx", "components/B.tsx", "components/Shared.tsx", "listDocuments"]);
});

test("a page named at start is asked for alongside the document list, before the list arrives", async () => {
  const server = fakeServer({ "app/page.tsx": ["components/Header.tsx"], "components/Header.tsx": [] });
  const controller = new CanvasController(server.connection);
  const shown = shownBy(controller);
  const starting = controller.start("components/Header.tsx");
  await settle();
  assert.deepEqual(server.requests.map((r) => r.params.path ?? r.method), ["listDocuments", "components/Header.tsx"]);
  server.answer(server.requests[1]!);
  server.answer(server.requests[0]!);
  await starting;

  assert.equal(shown(), "components/Header.tsx");
  assert.equal(server.requests.length, 2, "the page is asked for once");
});

test("a page named at start that the list does not have leaves the main page shown", async () => {
  const server = fakeServer({ "app/page.tsx": [] });
  const controller = new CanvasController(server.connection);
  const shown = shownBy(controller);
  await server.answerAll(controller.start("app/missing.tsx"));

  assert.equal(shown(), "app/page.tsx");
  assert.equal(controller.documents.has("app/missing.tsx"), false);
});

test("without a page named, the main page the caller expects is asked for with its components before the document list arrives", async () => {
  const server = fakeServer({ "app/page.tsx": ["components/Header.tsx"], "components/Header.tsx": [] });
  const controller = new CanvasController(server.connection);
  const shown = shownBy(controller);
  const starting = controller.start(null, null, "app/page.tsx");
  await settle();
  assert.deepEqual(server.requests.map((r) => r.params.path ?? r.method), ["listDocuments", "app/page.tsx"]);
  server.answer(server.requests[1]!);
  await settle();
  assert.deepEqual(server.requests.map((r) => r.params.path ?? r.method), ["listDocuments", "app/page.tsx", "components/Header.tsx"]);
  server.answer(server.requests[2]!);
  server.answer(server.requests[0]!);
  await starting;

  assert.equal(shown(), "app/page.tsx");
  assert.equal(server.requests.length, 3, "each file is asked for once");
});

test("an expected main page the list does not name main is not shown", async () => {
  const server = fakeServer({ "app/page.tsx": [], "app/about/page.tsx": [] });
  const controller = new CanvasController(server.connection);
  const shown = shownBy(controller);
  await server.answerAll(controller.start(null, null, "app/about/page.tsx"));

  assert.equal(shown(), "app/page.tsx");
});
