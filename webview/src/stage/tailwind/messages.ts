// What the stage and its Tailwind worker say to each other.

export type ToTailwindWorker =
  /** Compile the project's stylesheets (sent once, before the builds are answered). */
  | { kind: "compile"; stylesheets: string[] }
  /** Add these class names (those not sent before) and answer with the whole CSS. */
  | { kind: "build"; id: number; candidates: string[] };

export type FromTailwindWorker =
  /** The whole CSS, for every build up to this one. */
  | { kind: "css"; id: number; css: string }
  /** Something of the project the canvas cannot use (an import, a plugin): drawn without it. */
  | { kind: "warning"; message: string }
  /** Builds up to this one failed, or the stylesheets did not compile (id null): the stage keeps the CSS it has. */
  | { kind: "failed"; id: number | null; message: string };
