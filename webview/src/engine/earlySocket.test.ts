import assert from "node:assert/strict";
import { test } from "node:test";
import { firstRequests, followEarlyAnswers, type EarlySocket } from "./earlySocket";

function early(requests: ReturnType<typeof firstRequests>): EarlySocket<{ send(data: string): void }> & { sent: string[] } {
  const sent: string[] = [];
  return { socket: { send: (data) => sent.push(data) }, requests: requests.map((r, i) => ({ id: `boot-${i + 1}`, ...r })), received: [], sent };
}

const answer = (id: string, result: unknown) => JSON.stringify({ jsonrpc: "2.0", id, result });

test("with no page named, the boot script asks for the main page as soon as the listing names it, for the app to find answered", () => {
  const socket = early(firstRequests("?token=t", null));
  const follow = followEarlyAnswers(socket, () => undefined);

  follow(answer("boot-2", [{ path: "components/Hero.tsx", main: false }, { path: "app/page.tsx", main: true }]));

  assert.deepEqual(socket.requests.at(-1), { id: "boot-3", method: "openDocument", params: { path: "app/page.tsx" } });
  assert.deepEqual(socket.sent.map((s) => JSON.parse(s)), [{ jsonrpc: "2.0", id: "boot-3", method: "openDocument", params: { path: "app/page.tsx" } }]);
});

test("a page named in the URL is not asked for twice, and the stylesheets are passed on as the app reads them", () => {
  const socket = early(firstRequests("?token=t&path=components%2FHero.tsx", null));
  const listed: unknown[] = [];
  const follow = followEarlyAnswers(socket, (sheets) => listed.push(sheets));

  follow(answer("boot-2", [{ path: "app/page.tsx", main: true }]));
  follow(answer("boot-1", [{ path: "app/globals.css", css: "@import 'tailwindcss';" }]));

  assert.deepEqual(socket.sent, []);
  assert.deepEqual(listed, [[{ path: "app/globals.css", css: "@import 'tailwindcss';" }]]);
});

test("a failed stylesheet listing compiles Tailwind's defaults, and answers after both are in are not read", () => {
  const socket = early(firstRequests("?token=t", null));
  const listed: unknown[] = [];
  const follow = followEarlyAnswers(socket, (sheets) => listed.push(sheets));

  follow(JSON.stringify({ jsonrpc: "2.0", id: "boot-1", error: { code: -32603, message: "unreadable" } }));
  follow(answer("boot-2", []));
  follow("not json at all");
  follow(answer("boot-1", [{ path: "x.css", css: "late" }]));

  assert.deepEqual(listed, [[]]);
  assert.deepEqual(socket.sent, [], "an empty listing names no page");
});
