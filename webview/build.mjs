// Bundles the canvas app into dist/ (served by the OmniOS server at /app/): app.js, app.css,
// tailwind.js (the Tailwind engine the stage runs in its frames) and index.html.
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
fs.copyFileSync(path.join(here, "index.html"), path.join(dist, "index.html"));
fs.copyFileSync(require.resolve("@tailwindcss/browser"), path.join(dist, "tailwind.js"));

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
    TAILWIND_ENGINE_VERSION: JSON.stringify(require("@tailwindcss/browser/package.json").version),
  },
  logLevel: "info",
};

if (watch) {
  const context = await esbuild.context(options);
  await context.watch();
} else {
  await esbuild.build(options);
}
