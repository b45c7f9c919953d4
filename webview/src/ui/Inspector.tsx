import { useEffect, useState } from "react";
import type { CanvasController } from "../engine/canvasController";
import type { ElementNode } from "../engine/protocol";

interface Props {
  controller: CanvasController;
  element: ElementNode | null;
}

const STYLE_FIELDS: { property: string; label: string; options?: string[] }[] = [
  { property: "display", label: "Display", options: ["", "block", "flex", "grid", "inline", "inline-block", "inline-flex", "none"] },
  { property: "flexDirection", label: "Direction", options: ["", "row", "column", "row-reverse", "column-reverse"] },
  { property: "gap", label: "Gap" },
  { property: "alignItems", label: "Align", options: ["", "flex-start", "center", "flex-end", "stretch", "baseline"] },
  { property: "justifyContent", label: "Justify", options: ["", "flex-start", "center", "flex-end", "space-between", "space-around", "space-evenly"] },
  { property: "padding", label: "Padding" },
  { property: "margin", label: "Margin" },
  { property: "width", label: "Width" },
  { property: "height", label: "Height" },
  { property: "color", label: "Color" },
  { property: "backgroundColor", label: "Background" },
  { property: "fontSize", label: "Font size" },
  { property: "fontWeight", label: "Weight", options: ["", "300", "400", "500", "600", "700", "800"] },
  { property: "borderRadius", label: "Radius" },
];

/** The selected element's text, attributes, classes and common styles, each edited by a command. */
export function Inspector({ controller, element }: Props) {
  if (!element) return <div className="empty">Select an element on the stage or in the layers.</div>;
  const id = element.id;
  const styleOf = (property: string) => element.style?.properties.find((p) => p.name === property)?.value ?? "";
  return (
    <div className="inspector">
      <header>
        <span className="tag">{element.kind === "fragment" ? "<>" : `<${element.name}>`}</span>
        <span className="id" title={id}>
          {id.split("#")[1]}
        </span>
      </header>
      {element.text !== null && (
        <section>
          <h3>Text</h3>
          <CommitInput multiline value={element.text} label="Text content" onCommit={(text) => controller.run({ op: "setText", id, text })} />
        </section>
      )}
      <section>
        <h3>Classes</h3>
        <div className="chips">
          {element.className?.static.map((c) => (
            <span className="chip" key={c}>
              {c}
              <button aria-label={`Remove ${c}`} onClick={() => void controller.run({ op: "removeClass", id, class: c })}>
                ×
              </button>
            </span>
          ))}
          {element.className?.dynamic.map((d, i) => (
            <span className="chip dynamic" key={`d${i}`} title="Computed: edit it in the code">
              {`{${d}}`}
            </span>
          ))}
        </div>
        {element.className?.editable !== false && (
          <CommitInput
            value=""
            label="Add class"
            placeholder="add class…"
            clearOnCommit
            onCommit={async (text) => {
              for (const c of text.split(/\s+/).filter(Boolean)) await controller.run({ op: "addClass", id, class: c });
            }}
          />
        )}
      </section>
      <section>
        <h3>Attributes</h3>
        {element.attributes
          .filter((a) => a.name !== "className" && a.name !== "class" && a.name !== "style" && a.kind !== "spread")
          .map((a) => (
            <div className="row" key={a.name}>
              <label>{a.name}</label>
              {a.editable ? (
                <CommitInput value={a.value ?? ""} label={a.name} onCommit={(value) => controller.run({ op: "setAttribute", id, name: a.name, value })} />
              ) : (
                <code title={a.code ?? ""}>{`{${a.code ?? ""}}`}</code>
              )}
              <button aria-label={`Remove ${a.name}`} onClick={() => void controller.run({ op: "removeAttribute", id, name: a.name })}>
                ×
              </button>
            </div>
          ))}
        <NewAttribute onAdd={(name, value) => controller.run({ op: "setAttribute", id, name, value })} />
      </section>
      {element.kind !== "fragment" && (
        <section>
          <h3>Style</h3>
          {STYLE_FIELDS.map((field) => (
            <div className="row" key={field.property}>
              <label>{field.label}</label>
              {field.options ? (
                <select
                  aria-label={field.label}
                  value={styleOf(field.property)}
                  onChange={(e) => void controller.run({ op: "setStyle", id, property: field.property, value: e.target.value || null })}
                >
                  {field.options.map((o) => (
                    <option key={o} value={o}>
                      {o || "—"}
                    </option>
                  ))}
                </select>
              ) : (
                <CommitInput value={styleOf(field.property)} label={field.label} onCommit={(value) => controller.run({ op: "setStyle", id, property: field.property, value: value || null })} />
              )}
            </div>
          ))}
        </section>
      )}
    </div>
  );
}

/** A text field that sends its value on Enter or when it loses focus, and only when it changed. */
function CommitInput({ value, label, onCommit, multiline, placeholder, clearOnCommit }: { value: string; label: string; onCommit(value: string): unknown; multiline?: boolean; placeholder?: string; clearOnCommit?: boolean }) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (draft === value) return;
    void onCommit(draft);
    if (clearOnCommit) setDraft("");
  };
  const common = {
    "aria-label": label,
    value: draft,
    placeholder,
    onBlur: commit,
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === "Enter" && !(multiline && e.shiftKey)) {
        e.preventDefault();
        commit();
      } else if (e.key === "Escape") setDraft(value);
      e.stopPropagation();
    },
  };
  return multiline ? <textarea {...common} rows={3} onChange={(e) => setDraft(e.target.value)} /> : <input {...common} onChange={(e) => setDraft(e.target.value)} />;
}

function NewAttribute({ onAdd }: { onAdd(name: string, value: string): unknown }) {
  const [name, setName] = useState("");
  const [value, setValue] = useState("");
  return (
    <div className="row new-attribute">
      <input aria-label="New attribute name" placeholder="name" value={name} onChange={(e) => setName(e.target.value)} onKeyDown={(e) => e.stopPropagation()} />
      <input aria-label="New attribute value" placeholder="value" value={value} onChange={(e) => setValue(e.target.value)} onKeyDown={(e) => e.stopPropagation()} />
      <button
        onClick={() => {
          if (!name.trim()) return;
          void onAdd(name.trim(), value);
          setName("");
          setValue("");
        }}
      >
        Add
      </button>
    </div>
  );
}
