import assert from "node:assert/strict";
import { test } from "node:test";
import { Connection, type SocketLike } from "./connection";

test("the canvas endpoint is found beside the page, through a proxy's path prefix, with the page's token", () => {
  assert.equal(Connection.urlFor({ href: "http://127.0.0.1:4000/?token=abc", search: "?token=abc" }), "ws://127.0.0.1:4000/canvas?token=abc");
  assert.equal(Connection.urlFor({ href: "https://code.example/proxy/4000/?token=abc", search: "?token=abc" }), "wss://code.example/proxy/4000/canvas?token=abc");
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
