import assert from "node:assert/strict";
import { test } from "node:test";
import { GeneratedCssCache, type ProjectStylesheet } from "./generatedCssCache";

/** Storage as the browser's: string values, and a quota counted in characters. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  constructor(private readonly quota = Infinity) {}
  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    let used = key.length + value.length;
    for (const [k, v] of this.items) if (k !== key) used += k.length + v.length;
    if (used > this.quota) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    this.items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  clear(): void {
    this.items.clear();
  }
}

const ENGINE = "http://127.0.0.1:4000/app/tailwind.js?token=first";
const sheets: ProjectStylesheet[] = [{ path: "app/globals.css", css: '@import "tailwindcss";\n@theme { --color-brand-500: #4f6bf5; }' }];
const generated = ".bg-brand-500 { background-color: var(--color-brand-500); }";

test("the CSS kept for a project is read back for the same stylesheets and engine", () => {
  const storage = new MemoryStorage();
  GeneratedCssCache.open(storage, ENGINE, "4.3.3", sheets)!.write(generated);
  assert.equal(GeneratedCssCache.open(storage, ENGINE, "4.3.3", sheets)!.read(), generated);
});

test("the server's token in the engine's URL does not matter (it changes with every start)", () => {
  const storage = new MemoryStorage();
  GeneratedCssCache.open(storage, ENGINE, "4.3.3", sheets)!.write(generated);
  assert.equal(GeneratedCssCache.open(storage, "http://127.0.0.1:4000/app/tailwind.js?token=second", "4.3.3", sheets)!.read(), generated);
});

test("nothing is read when a stylesheet's text changed", () => {
  const storage = new MemoryStorage();
  GeneratedCssCache.open(storage, ENGINE, "4.3.3", sheets)!.write(generated);
  const edited = [{ ...sheets[0]!, css: sheets[0]!.css.replace("#4f6bf5", "#000000") }];
  assert.equal(GeneratedCssCache.open(storage, ENGINE, "4.3.3", edited)!.read(), null);
});

test("nothing is read when a stylesheet was added", () => {
  const storage = new MemoryStorage();
  GeneratedCssCache.open(storage, ENGINE, "4.3.3", sheets)!.write(generated);
  assert.equal(GeneratedCssCache.open(storage, ENGINE, "4.3.3", [...sheets, { path: "app/extra.css", css: ".x {}" }])!.read(), null);
});

test("nothing is read for another engine version or another engine URL", () => {
  const storage = new MemoryStorage();
  GeneratedCssCache.open(storage, ENGINE, "4.3.3", sheets)!.write(generated);
  assert.equal(GeneratedCssCache.open(storage, ENGINE, "4.4.0", sheets)!.read(), null);
  assert.equal(GeneratedCssCache.open(storage, "http://127.0.0.1:4000/app/other.js?token=first", "4.3.3", sheets)!.read(), null);
});

test("each project has its own entry: writing one leaves the other", () => {
  const storage = new MemoryStorage();
  const other = [{ path: "src/index.css", css: '@import "tailwindcss";' }];
  GeneratedCssCache.open(storage, ENGINE, "4.3.3", sheets)!.write(generated);
  GeneratedCssCache.open(storage, ENGINE, "4.3.3", other)!.write(".p-4 { padding: 1rem; }");
  assert.equal(GeneratedCssCache.open(storage, ENGINE, "4.3.3", sheets)!.read(), generated);
  assert.equal(GeneratedCssCache.open(storage, ENGINE, "4.3.3", other)!.read(), ".p-4 { padding: 1rem; }");
});

test("a damaged or foreign entry is not read", () => {
  const storage = new MemoryStorage();
  const cache = GeneratedCssCache.open(storage, ENGINE, "4.3.3", sheets)!;
  cache.write(generated);
  const key = storage.key(0)!;
  storage.setItem(key, "{not json");
  assert.equal(cache.read(), null);
  storage.setItem(key, JSON.stringify({ css: generated }));
  assert.equal(cache.read(), null);
});

test("without storage nothing is kept", () => {
  assert.equal(GeneratedCssCache.open(null, ENGINE, "4.3.3", sheets), null);
});

test("when the storage is full, other projects' entries make room", () => {
  const storage = new MemoryStorage(600);
  const other = [{ path: "src/index.css", css: '@import "tailwindcss";' }];
  GeneratedCssCache.open(storage, ENGINE, "4.3.3", other)!.write("x".repeat(300));
  storage.setItem("unrelated", "kept");
  const cache = GeneratedCssCache.open(storage, ENGINE, "4.3.3", sheets)!;
  cache.write(generated);
  assert.equal(cache.read(), generated);
  assert.equal(GeneratedCssCache.open(storage, ENGINE, "4.3.3", other)!.read(), null);
  assert.equal(storage.getItem("unrelated"), "kept");
});

test("CSS too large for the storage is not kept, and the older entry it would replace is dropped", () => {
  const storage = new MemoryStorage(1000);
  const cache = GeneratedCssCache.open(storage, ENGINE, "4.3.3", sheets)!;
  cache.write(generated);
  cache.write("y".repeat(2000));
  assert.equal(cache.read(), null);
});
