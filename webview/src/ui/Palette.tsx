import type { CanvasController } from "../engine/canvasController";
import type { ComponentImport, ComponentJson, DesignModel, DocumentSummary } from "../engine/protocol";
import { elementChildren } from "../engine/tree";
import { INSERT_MIME } from "../stage/stageFrame";

const ELEMENTS: PaletteItem[] = [
  { label: "Box", jsx: "<div>New box</div>" },
  { label: "Section", jsx: "<section>\n  <h2>Section title</h2>\n  <p>Section text</p>\n</section>" },
  { label: "Heading", jsx: "<h2>Heading</h2>" },
  { label: "Paragraph", jsx: "<p>Paragraph</p>" },
  { label: "Text", jsx: "<span>Text</span>" },
  { label: "Link", jsx: '<a href="#">Link</a>' },
  { label: "Button", jsx: '<button type="button">Button</button>' },
  { label: "Image", jsx: '<img src="/placeholder.svg" alt="" />' },
  { label: "Input", jsx: '<input type="text" placeholder="Input" />' },
  { label: "List", jsx: "<ul>\n  <li>Item</li>\n</ul>" },
];

/** What the palette inserts: JSX, and the import it needs when the component lives in another file. */
export interface PaletteItem {
  label: string;
  jsx: string;
  import?: ComponentImport;
}

interface Props {
  controller: CanvasController;
  model: DesignModel | null;
  documents: DocumentSummary[];
}

/** Elements and the project's components to insert: drag one onto the stage, or click to add it to the selection. */
export function Palette({ controller, model, documents }: Props) {
  const items = [...ELEMENTS, ...componentItems(model, documents)];
  return (
    <div className="palette">
      {items.map((item) => (
        <button
          key={item.label + (item.import?.from ?? "")}
          className="palette-item"
          draggable
          title={item.import ? `${item.jsx} from ${item.import.from}` : item.jsx}
          onDragStart={(e) => {
            e.dataTransfer.setData(INSERT_MIME, JSON.stringify(item));
            e.dataTransfer.effectAllowed = "copy";
          }}
          onClick={() => void insertIntoSelection(controller, item)}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}

/** This file's components, and the ones other files export (imported on insert). */
export function componentItems(model: DesignModel | null, documents: DocumentSummary[]): PaletteItem[] {
  if (!model) return [];
  const local = model.components.filter((c: ComponentJson) => c.isComponent && c.name !== "default").map((c) => ({ label: `◇ ${c.name}`, jsx: `<${c.name} />` }));
  const aliased = model.imports.some((i) => i.source.startsWith("@/"));
  const imported = documents
    .filter((d) => d.path !== model.path && !isRouteFile(d.path))
    .flatMap((d) =>
      d.exports
        .filter((e) => !local.some((l) => l.jsx === `<${e.name} />`))
        .map((e) => ({ label: `◇ ${e.name}`, jsx: `<${e.name} />`, import: { name: e.name, from: moduleSpecifier(model.path, d.path, aliased), default: e.default } })),
    );
  return [...local, ...imported];
}

/** Next.js route files (pages, layouts …) are not components to place inside others. */
function isRouteFile(path: string): boolean {
  return /(^|\/)(app|pages)\//.test(path) && /\/(page|layout|template|loading|error|not-found|default)\.(tsx|jsx|ts|js)$/.test(path);
}

/** How one file imports another: `@/components/Hero` where the project uses the `@/` alias, else a relative path; no extension. */
export function moduleSpecifier(from: string, to: string, aliased: boolean): string {
  const target = to.replace(/\.(tsx|ts|jsx|js)$/, "");
  if (aliased) return `@/${target}`;
  const fromParts = from.split("/").slice(0, -1);
  const toParts = target.split("/");
  let common = 0;
  while (common < fromParts.length && common < toParts.length - 1 && fromParts[common] === toParts[common]) common++;
  const up = fromParts.length - common;
  const rest = toParts.slice(common).join("/");
  return up === 0 ? `./${rest}` : `${"../".repeat(up)}${rest}`;
}

async function insertIntoSelection(controller: CanvasController, item: PaletteItem): Promise<void> {
  const entry = controller.selectedEntry();
  if (!entry) return;
  await controller.run({ op: "insert", parentId: entry.element.id, index: elementChildren(entry.element).length, jsx: item.jsx, ...(item.import ? { import: item.import } : {}) });
}
