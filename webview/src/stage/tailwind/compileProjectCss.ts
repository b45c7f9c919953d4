// The Tailwind compiler for a project: Tailwind's own stylesheets and the project's (its @theme,
// @utility, @layer rules…), compiled once; then CSS for the class names the stage draws. This is the
// real Tailwind engine (the `tailwindcss` package), run in the stage's worker rather than in a frame.
import { compile } from "tailwindcss";
import index from "tailwindcss/index.css";
import preflight from "tailwindcss/preflight.css";
import theme from "tailwindcss/theme.css";
import utilities from "tailwindcss/utilities.css";

/** Tailwind's stylesheets by every name a project's CSS imports them with (as `@tailwindcss/browser` knows them). */
const TAILWIND_STYLESHEETS = new Map<string, string>([
  ...["tailwindcss", "tailwindcss/index.css"].map((id): [string, string] => [id, index]),
  ...["tailwindcss/preflight", "tailwindcss/preflight.css", "./preflight.css"].map((id): [string, string] => [id, preflight]),
  ...["tailwindcss/theme", "tailwindcss/theme.css", "./theme.css"].map((id): [string, string] => [id, theme]),
  ...["tailwindcss/utilities", "tailwindcss/utilities.css", "./utilities.css"].map((id): [string, string] => [id, utilities]),
]);

const IMPORTS_TAILWIND = /@import\s+(["'])tailwindcss(\/[^"']*)?\1[^;]*;/g;

/** The compiled project: CSS for a set of class names (each call adds to the names before it and returns the whole CSS). */
export interface ProjectCssCompiler {
  build(candidates: string[]): string;
}

/**
 * Compiles the project's stylesheets with Tailwind. Each stylesheet usually starts with
 * `@import "tailwindcss"`: an import of Tailwind's stylesheets is kept the first time (with its
 * options, such as `prefix(tw)`) and dropped when another stylesheet repeats it, so Tailwind's base
 * styles come once; without any, `@import "tailwindcss"` is added. What the canvas cannot read (an
 * import of a plugin's CSS or a font file, a JavaScript plugin) is skipped, and `warn` says so.
 */
export async function compileProjectCss(stylesheets: string[], warn: (message: string) => void): Promise<ProjectCssCompiler> {
  const imported = new Set<string>();
  const sheets = stylesheets.map((css) =>
    css.replace(IMPORTS_TAILWIND, (statement, _quote: string, part: string | undefined) => {
      const id = `tailwindcss${part ?? ""}`;
      if (imported.has(id)) return "";
      imported.add(id);
      return statement;
    }),
  );
  const source = (imported.size > 0 ? "" : '@import "tailwindcss";\n') + sheets.join("\n");
  return compile(source, {
    base: "/",
    async loadStylesheet(id, base) {
      const content = TAILWIND_STYLESHEETS.get(id);
      if (content === undefined) {
        warn(`The canvas cannot load @import "${id}"; the design is drawn without it.`);
        return { path: id, base, content: "" };
      }
      return { path: `virtual:${id}`, base, content };
    },
    async loadModule(id, base) {
      warn(`The canvas cannot run the Tailwind plugin or config "${id}"; the design is drawn without it.`);
      return { path: id, base, module: () => undefined };
    },
  });
}
