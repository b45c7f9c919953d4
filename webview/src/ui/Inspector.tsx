import { useState } from "react";
import type { CanvasController } from "../engine/canvasController";
import type { ElementNode } from "../engine/protocol";
import type { ThemeScales, Variant } from "../engine/styles";
import { CommitInput } from "./CommitInput";
import { StyleInspector } from "./StyleInspector";

interface Props {
  controller: CanvasController;
  element: ElementNode | null;
  /** The document's version, for reading the element's styles again after each change. */
  version: number;
  theme: ThemeScales | null;
  variant: Variant;
  onVariant(variant: Variant): void;
  /** What the browser computes for a property of an element on the stage, where the edits apply. */
  computedValue(id: string, property: string): string | null;
}

/** The selected element's text, styles (at a breakpoint and state), classes and attributes, each edited by a command. */
export function Inspector({ controller, element, version, theme, variant, onVariant, computedValue }: Props) {
  if (!element) return <div className="empty">Select an element on the stage or in the layers.</div>;
  const id = element.id;
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
      {element.kind !== "fragment" && <StyleInspector controller={controller} element={element} version={version} theme={theme} variant={variant} onVariant={onVariant} computedValue={computedValue} />}
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
    </div>
  );
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
