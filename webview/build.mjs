// Bundles the canvas app into dist/ (served by the OmniOS server at /app/): app.js, app.css,
// tailwind-worker.js (the Tailwind engine, run by the stage in a worker) and index.html (with
// src/boot.ts inlined: it opens the canvas socket before app.js has loaded).
import * as esbuild from "esbuild";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, "dist");
const watch = process.argv.includes("--watch");
const require = createRequire(import.meta.url);

fs.mkdirSync(dist, { recursive: true });

const options = {
  entryPoints: { app: path.join(here, "src", "main.tsx") },
  outdir: dist,
  bundle: true,
  format: "esm",
  target: "es2022",
  jsx: "automatic",
  sourcemap: watch ? "inline" : "linked",
  minify: !watch,
  define: {
    "process.env.NODE_ENV": JSON.stringify(watch ? "development" : "production"),
    // Part of what the generated CSS kept between boots depends on (src/stage/generatedCssCache.ts).
    TAILWIND_ENGINE_VERSION: JSON.stringify(require("tailwindcss/package.json").version),
  },
  logLevel: "info",
};
// The worker, with Tailwind's own stylesheets bundled as text.
const workerOptions = {
  entryPoints: { "tailwind-worker": path.join(here, "src", "stage", "tailwind", "worker.ts") },
  outdir: dist,
  bundle: true,
  format: "iife",
  target: "es2022",
  loader: { ".css": "text" },
  sourcemap: options.sourcemap,
  minify: options.minify,
  logLevel: "info",
};

/** index.html with the boot script in its head (built once: `--watch` does not follow src/boot.ts). */
async function writeIndex() {
  const boot = await esbuild.build({
    entryPoints: [path.join(here, "src", "boot.ts")],
    bundle: true,
    define: options.define,
    format: "iife",
    target: "es2022",
    minify: true,
    write: false,
    logLevel: "info",
  });
  const script = boot.outputFiles[0].text.trim().replaceAll("</script", "<\\/script");
  const html = fs.readFileSync(path.join(here, "index.html"), "utf8");
  const marker = /<!-- omnios:boot[^>]*-->/;
  if (!marker.test(html)) throw new Error("index.html has no <!-- omnios:boot --> marker for the boot script.");
  fs.writeFileSync(path.join(dist, "index.html"), html.replace(marker, () => `<script>${script}</script>`));
}

if (watch) {
  await writeIndex();
  await Promise.all([options, workerOptions].map(async (o) => (await esbuild.context(o)).watch()));
} else {
  await Promise.all([esbuild.build(options), esbuild.build(workerOptions), writeIndex()]);
}
