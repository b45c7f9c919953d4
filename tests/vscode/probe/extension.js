// Test-only extension installed by tests/vscode/harness.mjs next to the extension under test.
// It serves the editor state that the DOM does not show reliably (Monaco draws only the visible
// lines) over HTTP on 127.0.0.1, guarded by a token: the text of every open buffer, whether it
// is dirty, the active editor's selections, which extensions are active, and when each buffer
// last changed (epoch ms, for the benchmark). The harness gives the file to write the port to and
// the token in OMNIOS_VSCODE_PROBE_FILE / _TOKEN.
"use strict";
const vscode = require("vscode");
const http = require("node:http");
const fs = require("node:fs");

function position(p) {
  return { line: p.line, character: p.character };
}

function describeDocument(document) {
  return {
    uri: document.uri.toString(),
    path: document.uri.fsPath,
    languageId: document.languageId,
    version: document.version,
    isDirty: document.isDirty,
    text: document.getText(),
  };
}

function describeEditor(editor) {
  return {
    ...describeDocument(editor.document),
    viewColumn: editor.viewColumn ?? null,
    selections: editor.selections.map((s) => ({ anchor: position(s.anchor), active: position(s.active), start: position(s.start), end: position(s.end) })),
    selectedText: editor.document.getText(editor.selection),
    visibleRanges: editor.visibleRanges.map((r) => ({ start: position(r.start), end: position(r.end) })),
  };
}

function state() {
  const editor = vscode.window.activeTextEditor;
  return {
    // Undefined while a webview (the canvas) has the focus: then see visibleEditors.
    activeEditor: editor ? describeEditor(editor) : null,
    visibleEditors: vscode.window.visibleTextEditors.map(describeEditor),
    documents: vscode.workspace.textDocuments.filter((d) => d.uri.scheme === "file").map(describeDocument),
    tabs: vscode.window.tabGroups.all.map((group) => ({
      viewColumn: group.viewColumn,
      isActive: group.isActive,
      tabs: group.tabs.map((tab) => ({ label: tab.label, isActive: tab.isActive, isDirty: tab.isDirty, kind: tab.input?.constructor?.name ?? null, viewType: tab.input?.viewType ?? null })),
    })),
    extensions: Object.fromEntries(vscode.extensions.all.filter((e) => !e.packageJSON.isBuiltin).map((e) => [e.id, { active: e.isActive, version: e.packageJSON.version }])),
  };
}

/** The latest buffer changes: { path, version, time } with time in epoch ms (sub-millisecond). */
const changes = [];

function activate(context) {
  const file = process.env.OMNIOS_VSCODE_PROBE_FILE;
  const token = process.env.OMNIOS_VSCODE_PROBE_TOKEN;
  if (!file || !token) return;
  context.subscriptions.push(
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length === 0) return;
      changes.push({ path: event.document.uri.fsPath, version: event.document.version, time: performance.timeOrigin + performance.now() });
      if (changes.length > 100) changes.shift();
    }),
  );
  const server = http.createServer((request, response) => {
    const reply = (status, body) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    };
    if (request.headers["x-probe-token"] !== token) return reply(403, { error: "bad token" });
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", async () => {
      try {
        const url = new URL(request.url, "http://probe");
        if (url.pathname === "/state") return reply(200, state());
        if (url.pathname === "/command" && request.method === "POST") {
          // For set-up only (the tests drive the UI as a user does); the result must be JSON.
          const { command, args = [] } = JSON.parse(body || "{}");
          const result = await vscode.commands.executeCommand(command, ...args);
          return reply(200, { result: result === undefined ? null : JSON.parse(JSON.stringify(result)) });
        }
        if (url.pathname === "/changes") return reply(200, { changes });
        if (url.pathname === "/commands") return reply(200, { commands: await vscode.commands.getCommands(true) });
        return reply(404, { error: `no ${url.pathname}` });
      } catch (error) {
        return reply(500, { error: String(error?.stack ?? error) });
      }
    });
  });
  server.listen(0, "127.0.0.1", () => {
    const temporary = `${file}.${process.pid}`;
    fs.writeFileSync(temporary, JSON.stringify({ port: server.address().port, pid: process.pid }));
    fs.renameSync(temporary, file);
  });
  context.subscriptions.push({ dispose: () => server.close() });
}

module.exports = { activate, deactivate() {} };
