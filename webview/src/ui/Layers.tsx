import { useState } from "react";
import type { CanvasController } from "../engine/canvasController";
import type { ComponentJson, DesignNode, ElementNode } from "../engine/protocol";
import { elementChildren } from "../engine/tree";

const LAYER_MIME = "application/x-omnios-layer";

interface Props {
  controller: CanvasController;
  component: ComponentJson | null;
  selection: string[];
}

/** The element tree of the shown component: components, repeaters and conditionals marked; drag rows to move elements. */
export function Layers({ controller, component, selection }: Props) {
  if (!component) return <div className="empty">No JSX in this file.</div>;
  return (
    <div className="layers" role="tree">
      {component.roots.map((node, i) => (
        <LayerNode key={i} node={node} depth={0} controller={controller} selection={selection} parent={null} />
      ))}
    </div>
  );
}

function LayerNode({ node, depth, controller, selection, parent }: { node: DesignNode; depth: number; controller: CanvasController; selection: string[]; parent: ElementNode | null }) {
  const [open, setOpen] = useState(depth < 6);
  const [dropAt, setDropAt] = useState<"before" | "after" | "inside" | null>(null);
  const indent = { paddingLeft: 8 + depth * 12 };
  if (node.type === "text") return null;
  if (node.type !== "element") {
    const children = node.type === "repeater" ? node.template : node.type === "conditional" ? [...node.then, ...node.else] : node.type === "code" ? node.children : [];
    const label =
      node.type === "repeater" ? `↻ ${node.source}.map(${node.item})` : node.type === "conditional" ? `? ${node.condition} ${node.operator === "?:" ? "? :" : node.operator}` : node.type === "binding" ? `{${node.path}}` : node.type === "slot" ? "{children}" : `{ ${node.code.slice(0, 24)} }`;
    return (
      <>
        <div className={`layer layer-${node.type}`} style={indent} title={"code" in node ? node.code : undefined}>
          {label}
        </div>
        {children.map((child, i) => (
          <LayerNode key={i} node={child} depth={depth + 1} controller={controller} selection={selection} parent={parent} />
        ))}
      </>
    );
  }
  const element = node;
  const hasChildren = element.children.some((c) => c.type !== "text");
  const label = element.kind === "fragment" ? "<>" : element.name;
  const detail = element.text ?? element.className?.static.slice(0, 3).join(" ") ?? "";
  return (
    <>
      <div
        className={`layer layer-element layer-${element.kind}${selection.includes(element.id) ? " selected" : ""}${dropAt ? ` drop-${dropAt}` : ""}`}
        style={indent}
        role="treeitem"
        aria-selected={selection.includes(element.id)}
        data-layer-id={element.id}
        draggable
        onClick={(e) => controller.select(element.id, e.shiftKey)}
        onDragStart={(e) => e.dataTransfer.setData(LAYER_MIME, element.id)}
        onDragOver={(e) => {
          if (!e.dataTransfer.types.includes(LAYER_MIME)) return;
          e.preventDefault();
          const rect = e.currentTarget.getBoundingClientRect();
          const y = (e.clientY - rect.top) / rect.height;
          setDropAt(y < 0.3 ? "before" : y > 0.7 ? "after" : "inside");
        }}
        onDragLeave={() => setDropAt(null)}
        onDrop={(e) => {
          const dragged = e.dataTransfer.getData(LAYER_MIME);
          const where = dropAt;
          setDropAt(null);
          if (!dragged || !where || dragged === element.id) return;
          e.preventDefault();
          void moveLayer(controller, dragged, element, parent, where);
        }}
      >
        {hasChildren ? (
          <span className="twisty" onClick={(e) => (e.stopPropagation(), setOpen(!open))}>
            {open ? "▾" : "▸"}
          </span>
        ) : (
          <span className="twisty" />
        )}
        <span className="tag">{element.kind === "component" ? `◇ ${label}` : label}</span>
        {detail && <span className="detail">{detail}</span>}
      </div>
      {open &&
        element.children.map((child, i) => <LayerNode key={i} node={child} depth={depth + 1} controller={controller} selection={selection} parent={element} />)}
    </>
  );
}

async function moveLayer(controller: CanvasController, draggedId: string, target: ElementNode, parent: ElementNode | null, where: "before" | "after" | "inside"): Promise<void> {
  const document = controller.document;
  const dragged = document?.element(draggedId);
  if (!dragged) return;
  if (where === "inside") {
    await controller.run({ op: "move", id: draggedId, parentId: target.id, index: elementChildren(target).filter((c) => c.id !== draggedId).length });
    return;
  }
  if (!parent) return;
  const siblings = elementChildren(parent).filter((c) => c.id !== draggedId);
  const index = siblings.indexOf(target) + (where === "after" ? 1 : 0);
  await controller.run({ op: "move", id: draggedId, parentId: parent.id, index });
}
