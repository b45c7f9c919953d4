// Bundles the extension into dist/extension.js (Node, CommonJS; vscode stays external, it is the
// host's) and the webview page's script into dist/page.js (browser).
import * as esbuild from "esbuild";

const watch = process.argv.includes("--watch");
const common = { bundle: true, sourcemap: watch ? "inline" : "linked", minify: !watch, logLevel: "info" };
const builds = [
  { ...common, entryPoints: ["src/extension.ts"], outfile: "dist/extension.js", platform: "node", format: "cjs", target: "node20", external: ["vscode"] },
  { ...common, entryPoints: ["src/page/main.ts"], outfile: "dist/page.js", platform: "browser", format: "iife", target: "es2022" },
];
if (watch) for (const options of builds) await (await esbuild.context(options)).watch();
else await Promise.all(builds.map((options) => esbuild.build(options)));
