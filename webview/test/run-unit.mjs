// Runs the canvas's unit tests (src/**/*.test.ts) with Node's test runner: each file is bundled
// with esbuild first (Node 20 cannot run TypeScript itself), CSS imported as text as in the Tailwind worker.
import * as esbuild from "esbuild";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tests = fs.readdirSync(path.join(root, "src"), { recursive: true }).filter((f) => String(f).endsWith(".test.ts")).map((f) => path.join(root, "src", String(f)));
const out = fs.mkdtempSync(path.join(os.tmpdir(), "omnios-webview-tests-"));
await esbuild.build({ entryPoints: tests, outdir: out, bundle: true, platform: "node", format: "esm", target: "node20", outExtension: { ".js": ".mjs" }, loader: { ".css": "text" }, logLevel: "warning" });
const outputs = fs.readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith(".test.mjs")).map((f) => path.join(out, String(f)));
const result = spawnSync(process.execPath, ["--test", "--test-reporter=tap", ...outputs], { stdio: "inherit" });
fs.rmSync(out, { recursive: true, force: true });
process.exit(result.status ?? 1);
