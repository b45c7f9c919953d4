// The CSS the Tailwind engine generated the last time this canvas (this origin) drew the project,
// kept with what it was generated from, so a reopened canvas draws styled at once and runs the
// engine after its first drawing instead of before it.

/** A stylesheet of the project, as the server lists it (`listStyles`). */
export interface ProjectStylesheet {
  path: string;
  css: string;
}

/** What the generated CSS depends on: the engine that generated it and the stylesheets it compiled. */
export interface GeneratedCssDependencies {
  /** The engine's version and its URL without the query (the server's token changes with every start). */
  engine: string;
  styles: string[];
}

interface StoredEntry extends GeneratedCssDependencies {
  format: number;
  css: string;
}

/** Bumped when what the app feeds the engine (or how it stores the entry) changes. */
const FORMAT = 1;
const PREFIX = "omnios.generatedCss:";

export class GeneratedCssCache {
  private constructor(
    private readonly storage: Storage,
    private readonly key: string,
    private readonly dependencies: GeneratedCssDependencies,
  ) {}

  /**
   * The cache entry for a project's stylesheets and an engine, or null when nothing can be kept
   * (no storage: a private window, a webview without it).
   */
  static open(storage: Storage | null, engineUrl: string, engineVersion: string, sheets: ProjectStylesheet[]): GeneratedCssCache | null {
    if (!storage) return null;
    const url = new URL(engineUrl);
    // One entry per project on an origin; the stylesheets' paths are what the canvas knows of which project it is.
    const key = PREFIX + JSON.stringify(sheets.map((s) => s.path));
    return new GeneratedCssCache(storage, key, { engine: `${engineVersion} ${url.origin}${url.pathname}`, styles: sheets.map((s) => s.css) });
  }

  /** The CSS stored for these dependencies, or null when there is none or it was generated from something else. */
  read(): string | null {
    let text: string | null;
    try {
      text = this.storage.getItem(this.key);
    } catch {
      return null;
    }
    if (text === null) return null;
    let entry: Partial<StoredEntry>;
    try {
      entry = JSON.parse(text) as Partial<StoredEntry>;
    } catch {
      return null;
    }
    const matches =
      entry.format === FORMAT &&
      entry.engine === this.dependencies.engine &&
      Array.isArray(entry.styles) &&
      entry.styles.length === this.dependencies.styles.length &&
      entry.styles.every((css, i) => css === this.dependencies.styles[i]) &&
      typeof entry.css === "string" &&
      entry.css.length > 0;
    return matches ? entry.css! : null;
  }

  /** Keeps the engine's CSS; when the storage is full, the other projects' entries make room, else nothing is kept. */
  write(css: string): void {
    const entry: StoredEntry = { format: FORMAT, ...this.dependencies, css };
    const text = JSON.stringify(entry);
    if (this.trySet(text)) return;
    for (const key of this.otherEntries()) this.storage.removeItem(key);
    if (!this.trySet(text)) this.remove();
  }

  private trySet(text: string): boolean {
    try {
      this.storage.setItem(this.key, text);
      return true;
    } catch {
      return false;
    }
  }

  private otherEntries(): string[] {
    const keys: string[] = [];
    for (let i = 0; i < this.storage.length; i++) {
      const key = this.storage.key(i);
      if (key !== null && key !== this.key && key.startsWith(PREFIX)) keys.push(key);
    }
    return keys;
  }

  /** An entry that could not be replaced must not stay: it no longer matches what the engine generates. */
  private remove(): void {
    try {
      this.storage.removeItem(this.key);
    } catch {
      // Nothing more to do: the storage refuses every change.
    }
  }
}

/** The version of Tailwind bundled in app/tailwind-worker.js (set by build.mjs). */
declare const TAILWIND_ENGINE_VERSION: string;

/** The entry of the canvas's own engine (the bundled Tailwind, its worker at `engineUrl`) for a project's stylesheets. */
export function engineCssCache(storage: Storage | null, engineUrl: string, sheets: ProjectStylesheet[]): GeneratedCssCache | null {
  return GeneratedCssCache.open(storage, engineUrl, TAILWIND_ENGINE_VERSION, sheets);
}

/**
 * Whether any project's CSS is kept on this origin: without it the canvas is opened here for the first
 * time, and the page's boot script starts the engine at once (src/boot.ts).
 */
export function cssKeptOnThisOrigin(storage: Storage | null): boolean {
  try {
    for (let i = 0; i < (storage?.length ?? 0); i++) if (storage!.key(i)?.startsWith(PREFIX)) return true;
  } catch {
    // Unreadable storage keeps nothing either.
  }
  return false;
}

/** The page's local storage, or null where reading it is refused (sandboxed frames, storage turned off). */
export function localStorageIfAvailable(window: Window): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
