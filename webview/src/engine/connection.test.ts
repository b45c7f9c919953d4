import assert from "node:assert/strict";
import { test } from "node:test";
import { canvasSocketUrl, Connection, type SocketLike } from "./connection";

test("the canvas endpoint is found beside the page, through a proxy's path prefix, with the page's token", () => {
  assert.equal(canvasSocketUrl({ href: "http://127.0.0.1:4000/?token=abc", search: "?token=abc" }), "ws://127.0.0.1:4000/canvas?token=abc");
  assert.equal(canvasSocketUrl({ href: "https://code.example/proxy/4000/?token=abc", search: "?token=abc" }), "wss://code.example/proxy/4000/canvas?token=abc");
});

test("requests get their answers by id, notifications reach their handlers, errors reject", async () => {
  const sent: string[] = [];
  let socket!: SocketLike;
  const connection = new Connection("ws://x", () => {
    socket = { readyState: 1, send: (d) => sent.push(d), close() {}, onopen: null, onclose: null, onmessage: null };
    return socket;
  });
  const opened = connection.connect();
  socket.onopen!({});
  await opened;
  const notified: unknown[] = [];
  connection.on("documentChanged", (p) => notified.push(p));

  const first = connection.request<number>("a");
  const second = connection.request<number>("b");
  const [firstId, secondId] = sent.map((s) => JSON.parse(s).id);
  socket.onmessage!({ data: JSON.stringify({ jsonrpc: "2.0", id: secondId, error: { code: -32601, message: "Unknown method 'b'." } }) });
  socket.onmessage!({ data: JSON.stringify({ jsonrpc: "2.0", method: "documentChanged", params: { path: "x" } }) });
  socket.onmessage!({ data: JSON.stringify({ jsonrpc: "2.0", id: firstId, result: 42 }) });

  assert.equal(await first, 42);
  await assert.rejects(second, /Unknown method/);
  assert.deepEqual(notified, [{ path: "x" }]);
});

/** A socket as the page's boot script leaves it: already open, the first requests sent, some answers in. */
function earlySocket(sent: string[]) {
  const socket: SocketLike = { readyState: 1, send: (d) => sent.push(d), close() {}, onopen: null, onclose: null, onmessage: null };
  const requests = [
    { id: "boot-1", method: "listStyles", params: {} },
    { id: "boot-2", method: "openDocument", params: { path: "app/page.tsx" } },
  ];
  const received = [
    JSON.stringify({ jsonrpc: "2.0", method: "documentChanged", params: { path: "app/page.tsx" } }),
    JSON.stringify({ jsonrpc: "2.0", id: "boot-1", result: [{ path: "app/globals.css", css: "" }] }),
  ];
  return { socket, requests, received };
}

test("the first connect takes over the socket the page opened early: its answers serve the app's identical requests and notifications received before still arrive", async () => {
  const sent: string[] = [];
  const early = earlySocket(sent);
  let created = 0;
  const connection = new Connection("ws://x", () => {
    created++;
    throw new Error("no socket is opened while the early one is usable");
  }, early);
  const notified: unknown[] = [];
  connection.on("documentChanged", (p) => notified.push(p));
  await connection.connect();
  assert.equal(created, 0);
  assert.deepEqual(notified, [{ path: "app/page.tsx" }]);

  assert.deepEqual(await connection.request("listStyles"), [{ path: "app/globals.css", css: "" }]);
  const page = connection.request("openDocument", { path: "app/page.tsx" });
  early.socket.onmessage!({ data: JSON.stringify({ jsonrpc: "2.0", id: "boot-2", result: { path: "app/page.tsx" } }) });
  assert.deepEqual(await page, { path: "app/page.tsx" });
  assert.deepEqual(sent, [], "answered from the early requests, not sent again");

  // Asked again, or with other parameters: a request of its own.
  void connection.request("listStyles");
  void connection.request("openDocument", { path: "components/Hero.tsx" });
  assert.deepEqual(sent.map((s) => [JSON.parse(s).method, JSON.parse(s).params]), [["listStyles", {}], ["openDocument", { path: "components/Hero.tsx" }]]);
});

test("an early socket that is still connecting is taken over when it opens, and one that closed is replaced by a new socket", async () => {
  const early = earlySocket([]);
  early.socket.readyState = 0;
  const connecting = new Connection("ws://x", () => assert.fail("the early socket is still usable"), early);
  let connected = false;
  const opened = connecting.connect().then(() => (connected = true));
  await Promise.resolve();
  assert.equal(connected, false);
  early.socket.readyState = 1;
  early.socket.onopen!({});
  await opened;

  const closed = earlySocket([]);
  closed.socket.readyState = 3;
  let fresh!: SocketLike;
  const replacing = new Connection("ws://x", () => (fresh = { readyState: 0, send() {}, close() {}, onopen: null, onclose: null, onmessage: null }), closed);
  const reopened = replacing.connect();
  fresh.onopen!({});
  await reopened;
  assert.notEqual(fresh, closed.socket);
});

test("an early answer followed by a notification is not used: the app's request goes to the server, whose answer is current", async () => {
  const sent: string[] = [];
  const early = earlySocket(sent);
  const connection = new Connection("ws://x", () => assert.fail("the early socket is usable"), early);
  await connection.connect();
  early.socket.onmessage!({ data: JSON.stringify({ jsonrpc: "2.0", id: "boot-2", result: { path: "app/page.tsx", version: 1 } }) });
  early.socket.onmessage!({ data: JSON.stringify({ jsonrpc: "2.0", method: "documentChanged", params: { path: "app/page.tsx" } }) });
  const page = connection.request("openDocument", { path: "app/page.tsx" });
  assert.equal(sent.length, 1);
  early.socket.onmessage!({ data: JSON.stringify({ jsonrpc: "2.0", id: JSON.parse(sent[0]!).id, result: { path: "app/page.tsx", version: 2 } }) });
  assert.deepEqual(await page, { path: "app/page.tsx", version: 2 });
});
