#!/usr/bin/env node
// `npm run package`: builds the VS Code extension into omnios-ide-<version>.vsix at the repository
// root. The .vsix carries everything the extension runs on a machine that has only .NET: the
// bundled extension (extension/dist), the framework-dependent server (dotnet publish, into
// extension/server) and the canvas app beside it (extension/server/canvas, where the server's
// CanvasApp.FindRoot looks first).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const extension = path.join(root, "extension");
const serverOutput = path.join(extension, "server");
const { version } = JSON.parse(fs.readFileSync(path.join(extension, "package.json"), "utf8"));
const vsix = path.join(root, `omnios-ide-${version}.vsix`);

function run(title, command, args, cwd = root) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`package: ${title} failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
  console.log(`package: ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

run("canvas app built", "npm", ["run", "build", "--silent", "--workspace", "webview"]);
run("extension bundled", "npm", ["run", "build", "--silent", "--workspace", "extension"]);
fs.rmSync(serverOutput, { recursive: true, force: true });
run("server published", "dotnet", [
  "publish", path.join(root, "server", "OmniOS.Server", "OmniOS.Server.csproj"),
  "-c", "Release", "-o", serverOutput,
  // Framework-dependent and portable: `dotnet omnios.dll` on any OS; no native launcher.
  "-p:UseAppHost=false", "-nologo", "-v", "quiet", "-clp:ErrorsOnly",
]);
fs.cpSync(path.join(root, "webview", "dist"), path.join(serverOutput, "canvas"), { recursive: true, filter: (source) => !source.endsWith(".map") });
fs.rmSync(vsix, { force: true });
// The extension is bundled (no node_modules to ship); the licence is the repository's (MIT, in the
// manifest) and the project has no public repository URL yet: vsce's flags say so instead of prompting.
run(`${path.basename(vsix)} written`, path.join(root, "node_modules", ".bin", "vsce"), ["package", "--no-dependencies", "--skip-license", "--allow-missing-repository", "--out", vsix], extension);
