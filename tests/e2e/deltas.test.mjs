// The canvas keeps its copy of a document current by applying the server's deltas. Here, in
// headless Chromium against `omnios serve`, random commands (seeded, so a failure replays) run on
// the example's Hero through the canvas, each undone half the time; after each, the canvas's copy
// must be the model the server opens at that version.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { launchBrowser, openCanvas, startServer } from "./harness.mjs";

const HERO = "components/Hero.tsx";

describe("the canvas's model under the server's deltas", () => {
  let server;
  let browser;
  let page;

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await openCanvas(browser, server, HERO);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const seed of [1, 2, 3]) {
    test(`after each of 25 random moves, wraps, duplicates, deletes and inserts (seed ${seed}), and their undos, the canvas's copy is the model the server opens`, async () => {
      const outcome = await page.evaluate(
        async ({ seed, path }) => {
          // A second connection asks the server for its model; the canvas's own stays as it is.
          const url = new URL(`canvas${location.search}`, location.href);
          url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
          const socket = new WebSocket(url);
          await new Promise((resolve) => socket.addEventListener("open", resolve, { once: true }));
          let nextId = 1;
          const request = (method, params) =>
            new Promise((resolve) => {
              const id = nextId++;
              const listener = (event) => {
                const message = JSON.parse(event.data);
                if (message.id !== id) return;
                socket.removeEventListener("message", listener);
                resolve(message.result);
              };
              socket.addEventListener("message", listener);
              socket.send(JSON.stringify({ jsonrpc: "2.0", id, method, params }));
            });

          let state = seed;
          // A 32-bit linear congruential generator (Math.imul keeps the product exact).
          const random = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296);
          const pick = (list) => list[Math.floor(random() * list.length)];
          const shape = (nodes) =>
            nodes
              .map((n) =>
                n.type === "element"
                  ? `<${n.id} ${n.name} ${(n.className?.static ?? []).join(".")}>${shape([...n.attributes.flatMap((a) => a.elements), ...n.children])}</>`
                  : n.type === "text"
                    ? JSON.stringify(n.text)
                    : `{${n.type} ${shape(n.children ?? n.template ?? [...(n.then ?? []), ...(n.else ?? [])])}}`,
              )
              .join("");
          const controller = window.omnios;
          const document = () => controller.documents.get(path);
          const log = [];
          let applied = 0;
          for (let step = 0; step < 25; step++) {
            const elements = [...document().elements()].map((e) => e.element);
            // Not the component's root (ids are paths below the component: `file#Component/0/…`).
            const inner = elements.filter((e) => e.id.split("#")[1].split("/").length > 2);
            const containers = elements.filter((e) => e.kind === "html" && !["img", "input", "br", "hr"].includes(e.name));
            // Everything but the root deleted: inserts only; nothing left at all: done.
            const element = inner.length > 0 ? pick(inner) : null;
            const parent = pick(containers.filter((c) => !element || !c.id.startsWith(element.id)));
            if (!parent) break;
            const index = Math.floor(random() * 3);
            const insert = { op: "insert", parentId: parent.id, index, jsx: '<span className="p-1">New</span>' };
            const command = element
              ? pick([
                  { op: "move", id: element.id, parentId: parent.id, index },
                  { op: "wrap", id: element.id, tag: "div" },
                  { op: "duplicate", id: element.id },
                  { op: "delete", id: element.id },
                  insert,
                ])
              : insert;
            const result = await controller.run(command);
            log.push(`${JSON.stringify(command)} → ${result.applied ? "applied" : result.message}`);
            if (result.applied) applied++;
            if (random() < 0.5) {
              await controller.undo();
              log.push("undo");
            }
            const server = await request("openDocument", { path });
            for (let wait = 0; wait < 100 && document().version < server.version; wait++) await new Promise((r) => setTimeout(r, 20));
            const ours = shape(document().model.components.flatMap((c) => c.roots));
            const theirs = shape(server.components.flatMap((c) => c.roots));
            if (ours !== theirs) {
              socket.close();
              return { applied, log, version: [document().version, server.version], ours, theirs };
            }
          }
          socket.close();
          return { applied, log, version: null };
        },
        { seed, path: HERO },
      );
      assert.equal(outcome.ours, outcome.theirs, `the canvas's copy differs from the server's after:\n${outcome.log.join("\n")}`);
      assert.ok(outcome.applied >= 10, `most commands apply (${outcome.applied} of 25):\n${outcome.log.join("\n")}`);
    });
  }
});
