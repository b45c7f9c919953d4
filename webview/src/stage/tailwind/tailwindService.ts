// The Tailwind worker's work, apart from the worker itself (the unit tests run it in-process).
import { compileProjectCss, type ProjectCssCompiler } from "./compileProjectCss";
import type { FromTailwindWorker, ToTailwindWorker } from "./messages";

/**
 * Handles the stage's messages: builds wait for the compilation, and the builds that arrive while
 * one is waiting or running are answered together, with one CSS for the last of them (Tailwind
 * writes its whole CSS on every build, so one build for many small requests is much cheaper).
 */
export function tailwindService(reply: (message: FromTailwindWorker) => void): (message: ToTailwindWorker) => void {
  let compile!: (stylesheets: string[]) => void;
  const compiler: Promise<ProjectCssCompiler> = new Promise<string[]>((resolve) => (compile = resolve)).then((stylesheets) =>
    compileProjectCss(stylesheets, (warning) => reply({ kind: "warning", message: warning })),
  );
  compiler.catch((error: unknown) => reply({ kind: "failed", id: null, message: `The project's stylesheets do not compile: ${describe(error)}` }));
  let waiting: { id: number; candidates: string[] } | null = null;

  const build = (project: ProjectCssCompiler) => {
    const batch = waiting;
    waiting = null;
    if (!batch) return;
    try {
      reply({ kind: "css", id: batch.id, css: project.build(batch.candidates) });
    } catch (error) {
      reply({ kind: "failed", id: batch.id, message: `Tailwind failed on the drawn classes: ${describe(error)}` });
    }
  };

  return (message) => {
    if (message.kind === "compile") {
      compile(message.stylesheets);
      return;
    }
    if (waiting) {
      waiting.id = message.id;
      waiting.candidates.push(...message.candidates);
      return;
    }
    waiting = { id: message.id, candidates: [...message.candidates] };
    // After the messages already queued (they join this batch), and after the compilation.
    setTimeout(() =>
      compiler.then(build, (error: unknown) => {
        const id = waiting?.id ?? message.id;
        waiting = null;
        reply({ kind: "failed", id, message: `The project's stylesheets do not compile: ${describe(error)}` });
      }),
    );
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
