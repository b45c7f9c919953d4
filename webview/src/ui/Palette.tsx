import type { CanvasController } from "../engine/canvasController";
import type { ComponentJson } from "../engine/protocol";
import { elementChildren } from "../engine/tree";
import { INSERT_MIME } from "../stage/stageFrame";

const ELEMENTS: { label: string; jsx: string }[] = [
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

interface Props {
  controller: CanvasController;
  components: ComponentJson[];
}

/** Elements and this file's components to insert: drag one onto the stage, or click to add it to the selection. */
export function Palette({ controller, components }: Props) {
  const items = [...ELEMENTS, ...components.filter((c) => c.isComponent && c.name !== "default").map((c) => ({ label: `◇ ${c.name}`, jsx: `<${c.name} />` }))];
  return (
    <div className="palette">
      {items.map((item) => (
        <button
          key={item.label}
          className="palette-item"
          draggable
          title={item.jsx}
          onDragStart={(e) => {
            e.dataTransfer.setData(INSERT_MIME, item.jsx);
            e.dataTransfer.effectAllowed = "copy";
          }}
          onClick={() => void insertIntoSelection(controller, item.jsx)}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}

async function insertIntoSelection(controller: CanvasController, jsx: string): Promise<void> {
  const entry = controller.selectedEntry();
  if (!entry) {
    controller.select(null);
    return;
  }
  await controller.run({ op: "insert", parentId: entry.element.id, index: elementChildren(entry.element).length, jsx });
}
