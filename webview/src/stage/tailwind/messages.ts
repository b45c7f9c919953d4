// What the stage and its Tailwind worker say to each other. The worker reads the project's
// stylesheets itself (GET /styles) and compiles them as soon as it starts.

/** Add these class names (those not sent before) and answer with the whole CSS. */
export type ToTailwindWorker = { kind: "build"; id: number; candidates: string[] };

export type FromTailwindWorker =
  | { kind: "css"; id: number; css: string }
  /** Something of the project the canvas cannot use (an import, a plugin, its stylesheets): drawn without it. */
  | { kind: "warning"; message: string }
  /** A build failed, or the stylesheets did not compile (id null): the stage keeps the CSS it has. */
  | { kind: "failed"; id: number | null; message: string };
