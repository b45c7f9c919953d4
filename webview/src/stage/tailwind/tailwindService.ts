// The Tailwind worker's work, apart from the worker itself (the unit tests run it in-process).
import { compileProjectCss, type ProjectCssCompiler } from "./compileProjectCss";
import type { FromTailwindWorker, ToTailwindWorker } from "./messages";

export interface TailwindService {
  /** Compiles the project's stylesheets (once); builds asked for before wait for it. */
  compile(stylesheets: string[]): void;
  /** Answers a build with the whole CSS, in the order asked. */
  build(message: ToTailwindWorker): void;
}

export function tailwindService(reply: (message: FromTailwindWorker) => void): TailwindService {
  let compiled!: (stylesheets: string[]) => void;
  const compiler: Promise<ProjectCssCompiler> = new Promise<string[]>((resolve) => (compiled = resolve)).then((stylesheets) =>
    compileProjectCss(stylesheets, (warning) => reply({ kind: "warning", message: warning })),
  );
  compiler.catch((error: unknown) => reply({ kind: "failed", id: null, message: `The project's stylesheets do not compile: ${describe(error)}` }));
  return {
    compile: compiled,
    build(message) {
      compiler.then(
        (project) => {
          try {
            reply({ kind: "css", id: message.id, css: project.build(message.candidates) });
          } catch (error) {
            reply({ kind: "failed", id: message.id, message: `Tailwind failed on the drawn classes: ${describe(error)}` });
          }
        },
        (error: unknown) => reply({ kind: "failed", id: message.id, message: `The project's stylesheets do not compile: ${describe(error)}` }),
      );
    },
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
