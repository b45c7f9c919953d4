import assert from "node:assert/strict";
import { test } from "node:test";
import { compileProjectCss } from "./compileProjectCss";
import type { FromTailwindWorker } from "./messages";
import { tailwindService } from "./tailwindService";

const noWarnings = (message: string) => assert.fail(`unexpected warning: ${message}`);
/** A declaration of Tailwind's base styles (preflight), to count how often they are in the CSS. */
const BASE_STYLES = "-webkit-text-size-adjust: 100%";

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

test("a colour of the project's own @theme becomes a class the stage can draw", async () => {
  const compiled = await compileProjectCss(['@import "tailwindcss";\n@theme { --color-brand-500: #4f6bf5; }'], noWarnings);
  const css = compiled.build(["bg-brand-500", "p-4"]);
  assert.match(css, /\.bg-brand-500 \{\s*background-color: var\(--color-brand-500\);/);
  assert.match(css, /--color-brand-500: #4f6bf5;/);
  assert.match(css, /\.p-4 \{\s*padding: calc\(var\(--spacing\) \* 4\);/);
});

test("each build adds its class names to those before it and returns the whole CSS", async () => {
  const compiled = await compileProjectCss(['@import "tailwindcss";'], noWarnings);
  compiled.build(["flex"]);
  const css = compiled.build(["p-4"]);
  assert.match(css, /\.flex \{\s*display: flex;/);
  assert.match(css, /\.p-4 \{/);
});

test("stylesheets without an import of Tailwind still get its base styles and utilities, once", async () => {
  const compiled = await compileProjectCss([".card { color: red; }"], noWarnings);
  const css = compiled.build(["flex"]);
  assert.equal(occurrences(css, BASE_STYLES), 1);
  assert.match(css, /\.flex \{\s*display: flex;/);
  assert.match(css, /\.card \{\s*color: red;/);
});

test("two stylesheets that each import Tailwind get its base styles once", async () => {
  const compiled = await compileProjectCss(['@import "tailwindcss";\n.a { color: red; }', "@import 'tailwindcss';\n.b { color: blue; }"], noWarnings);
  const css = compiled.build(["flex"]);
  assert.equal(occurrences(css, BASE_STYLES), 1);
  assert.match(css, /\.a \{/);
  assert.match(css, /\.b \{/);
});

test("Tailwind's stylesheets imported one by one are each kept, and only those", async () => {
  const compiled = await compileProjectCss(['@import "tailwindcss/theme.css" layer(theme);\n@import "tailwindcss/utilities.css" layer(utilities);'], noWarnings);
  const css = compiled.build(["p-4"]);
  assert.match(css, /\.p-4 \{/);
  assert.equal(occurrences(css, BASE_STYLES), 0, "no base styles: the project did not import them");
});

test("an import the canvas cannot read is skipped with a warning naming it, and the rest compiles", async () => {
  const warnings: string[] = [];
  const compiled = await compileProjectCss(['@import "tailwindcss";\n@import "tw-animate-css";\n.a { color: red; }'], (w) => warnings.push(w));
  assert.deepEqual(warnings, ['The canvas cannot load @import "tw-animate-css"; the design is drawn without it.']);
  assert.match(compiled.build(["flex"]), /\.flex \{\s*display: flex;/);
});

test("the worker's service waits for the compilation, and answers the builds that arrive together with one CSS for the last of them", async () => {
  const replies: FromTailwindWorker[] = [];
  const handle = tailwindService((reply) => replies.push(reply));
  handle({ kind: "build", id: 1, candidates: ["flex"] });
  handle({ kind: "compile", stylesheets: ['@import "tailwindcss";'] });
  handle({ kind: "build", id: 2, candidates: ["p-4"] });
  await waitFor(() => replies.length === 1);
  const [first] = replies;
  assert.ok(first?.kind === "css" && first.id === 2);
  assert.ok(first.css.includes(".flex") && first.css.includes(".p-4"));

  handle({ kind: "build", id: 3, candidates: ["m-2"] });
  await waitFor(() => replies.length === 2);
  const second = replies[1]!;
  assert.ok(second.kind === "css" && second.id === 3 && second.css.includes(".m-2") && second.css.includes(".flex"));
});

test("stylesheets that do not compile are reported once, and the builds after them fail with their id", async () => {
  const replies: FromTailwindWorker[] = [];
  const handle = tailwindService((reply) => replies.push(reply));
  handle({ kind: "compile", stylesheets: ['@import "tailwindcss";\n.card { @apply no-such-utility; }'] });
  handle({ kind: "build", id: 1, candidates: ["card"] });
  await waitFor(() => replies.length === 2);
  const [compileFailure, buildFailure] = replies;
  assert.ok(compileFailure?.kind === "failed" && compileFailure.id === null);
  assert.match(compileFailure.message, /do not compile: .*no-such-utility/);
  assert.ok(buildFailure?.kind === "failed" && buildFailure.id === 1);
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  assert.ok(condition(), "the service did not answer");
}
