// What the stage and its Tailwind worker say to each other.

export type ToTailwindWorker =
  /** Compile the project's stylesheets (sent once, first). */
  | { kind: "compile"; stylesheets: string[] }
  /** Add these class names (those not sent before) and answer with the whole CSS. */
  | { kind: "build"; id: number; candidates: string[] };

export type FromTailwindWorker =
  | { kind: "css"; id: number; css: string }
  /** Something of the project the canvas cannot use (an import, a plugin): drawn without it. */
  | { kind: "warning"; message: string }
  /** The stylesheets did not compile, or a build failed: the stage keeps the CSS it has. */
  | { kind: "failed"; id: number | null; message: string };
