// The Tailwind worker's work, apart from the worker itself (the unit tests run it in-process).
import { compileProjectCss, type ProjectCssCompiler } from "./compileProjectCss";
import type { FromTailwindWorker, ToTailwindWorker } from "./messages";

/** Handles the stage's messages in order: builds wait for the compilation sent before them. */
export function tailwindService(reply: (message: FromTailwindWorker) => void): (message: ToTailwindWorker) => void {
  let compiler: Promise<ProjectCssCompiler> | null = null;
  return (message) => {
    if (message.kind === "compile") {
      compiler = compileProjectCss(message.stylesheets, (warning) => reply({ kind: "warning", message: warning }));
      compiler.catch((error: unknown) => reply({ kind: "failed", id: null, message: `The project's stylesheets do not compile: ${describe(error)}` }));
      return;
    }
    if (!compiler) {
      reply({ kind: "failed", id: message.id, message: "Nothing was compiled before this build." });
      return;
    }
    compiler.then(
      (compiled) => {
        try {
          reply({ kind: "css", id: message.id, css: compiled.build(message.candidates) });
        } catch (error) {
          reply({ kind: "failed", id: message.id, message: `Tailwind failed on the drawn classes: ${describe(error)}` });
        }
      },
      (error: unknown) => reply({ kind: "failed", id: message.id, message: `The project's stylesheets do not compile: ${describe(error)}` }),
    );
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
