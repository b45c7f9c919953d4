// The language server's start as the VS Code extension runs it, without VS Code: run on demand,
// not a test. Each run spawns `dotnet omnios.dll lsp --stdio` (the published server inside the
// extension by default) in a fresh copy of the example project and, like the extension, sends
// initialize, initialized, didOpen of Hero.tsx and omnios/canvas, then fetches the canvas page.
// It prints, from the spawn, the medians of: initialize answered, omnios/canvas answered (the
// canvas endpoint's URL), the canvas page received; each with the server's CPU time (user + system,
// from /proc) at that moment, which a loaded machine distorts less than the wall clock.
//
//   node bench/lsp-start-bench.mjs [--runs=N] [--server=path/to/omnios.dll] [--project=DIR]
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const argument = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=").slice(1).join("=") ?? fallback;
const runs = Number(argument("runs", 7));
const serverDll = path.resolve(argument("server", path.join(root, "extension", "server", "omnios.dll")));
const project = path.resolve(argument("project", path.join(root, "examples", "landing-page")));
const DOCUMENT = "components/Hero.tsx";
const TICK_MS = 1000 / 100; // USER_HZ: /proc reports CPU time in 1/100 s on Linux

if (!fs.existsSync(serverDll)) {
  console.error(`No server at ${serverDll}: run \`npm run package\` (or pass --server=…/omnios.dll).`);
  process.exit(1);
}

/** The process's CPU time so far (user + system), in ms. */
function cpuMs(pid) {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

/** An LSP client over the process's stdio: requests, notifications, and null answers to the server's own requests. */
function lspClient(child) {
  let buffer = Buffer.alloc(0);
  let nextId = 0;
  const pending = new Map();
  const send = (message) => {
    const body = JSON.stringify({ jsonrpc: "2.0", ...message });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  };
  child.stdout.on("data", (data) => {
    buffer = Buffer.concat([buffer, data]);
    for (;;) {
      const end = buffer.indexOf("\r\n\r\n");
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString())[1]);
      if (buffer.length < end + 4 + length) return;
      const message = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString());
      buffer = buffer.subarray(end + 4 + length);
      if (message.method && message.id !== undefined) send({ id: message.id, result: null });
      else if (message.id !== undefined && pending.has(message.id)) {
        pending.get(message.id)(message);
        pending.delete(message.id);
      }
    }
  });
  return {
    notify: (method, params) => send({ method, params }),
    request: (method, params) =>
      new Promise((resolve, reject) => {
        const id = ++nextId;
        pending.set(id, (message) => (message.error ? reject(new Error(`${method}: ${message.error.message}`)) : resolve(message.result)));
        send({ id, method, params });
      }),
  };
}

async function run() {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), "omnios-lsp-start-"));
  fs.cpSync(project, workspace, { recursive: true, filter: (source) => !source.includes(`${path.sep}.omnios`) });
  const started = performance.now();
  const child = spawn("dotnet", [serverDll, "lsp", "--stdio"], { cwd: workspace, stdio: ["pipe", "pipe", "pipe"] });
  let log = "";
  child.stderr.on("data", (data) => (log += data));
  const exited = new Promise((resolve) => child.on("exit", resolve));
  const mark = () => ({ ms: performance.now() - started, cpu: cpuMs(child.pid) });
  try {
    const client = lspClient(child);
    const uri = new URL(`file://${workspace}`).href;
    await client.request("initialize", {
      processId: process.pid,
      rootUri: uri,
      workspaceFolders: [{ uri, name: path.basename(workspace) }],
      capabilities: { workspace: { configuration: true } },
      initializationOptions: { styling: { convention: "auto" } },
    });
    const initialized = mark();
    client.notify("initialized", {});
    const file = path.join(workspace, DOCUMENT);
    client.notify("textDocument/didOpen", { textDocument: { uri: new URL(`file://${file}`).href, languageId: "typescriptreact", version: 1, text: fs.readFileSync(file, "utf8") } });
    const canvas = await client.request("omnios/canvas", {});
    const endpoint = mark();
    const response = await fetch(canvas.url);
    if (!response.ok) throw new Error(`the canvas page: HTTP ${response.status}`);
    await response.text();
    const page = mark();
    await client.request("shutdown");
    client.notify("exit");
    await exited;
    return { initialized, endpoint, page };
  } catch (error) {
    child.kill();
    throw new Error(`${error.message}\nserver log:\n${log}`);
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

const results = [];
for (let i = 0; i < runs; i++) results.push(await run());
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const row = (title, key, previous) => {
  const ms = results.map((r) => r[key].ms);
  const step = previous ? `, ${median(results.map((r) => r[key].cpu - r[previous].cpu)).toFixed(0)} ms of it since the step before` : "";
  console.log(`${title}: median ${median(ms).toFixed(0)} ms (min ${Math.min(...ms).toFixed(0)}, max ${Math.max(...ms).toFixed(0)}), server CPU ${median(results.map((r) => r[key].cpu)).toFixed(0)} ms${step}`);
};
console.log(`${serverDll}, ${runs} runs, load average ${os.loadavg()[0].toFixed(1)}`);
row("initialize answered", "initialized");
row("omnios/canvas answered (canvas URL)", "endpoint", "initialized");
row("canvas page received", "page", "endpoint");
