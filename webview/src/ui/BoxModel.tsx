import { compactValue, sourceLabel, sourceState, typedValue } from "../engine/styles";
import { CommitInput } from "./CommitInput";
import type { FieldProps } from "./StyleFields";

const SIDES = ["top", "right", "bottom", "left"] as const;

interface Props {
  /** A property's field: `padding-top`, or `padding` for every side. */
  field(property: string): FieldProps;
  /** The datalist of lengths the side fields offer. */
  list: string;
}

/**
 * Margin and padding as nested boxes, each side a field showing its value (px without the unit),
 * coloured by where it is set (here, inherited, or not at all; then what the browser computes,
 * muted), with the classes or inline entries the sides come from listed under it; "all" fields set
 * every side at once.
 */
export function BoxModel({ field, list }: Props) {
  const side = (box: "margin" | "padding", which: (typeof SIDES)[number]) => (
    <SideField key={which} {...field(`${box}-${which}`)} label={`${box === "margin" ? "Margin" : "Padding"} ${which}`} list={list} className={`side ${which}`} />
  );
  return (
    <div className="box-model-group">
      <div className="box-model" role="group" aria-label="Margin and padding">
        <div className="box margin-box">
          <span className="box-label">margin</span>
          {SIDES.map((s) => side("margin", s))}
          <div className="box padding-box">
            <span className="box-label">padding</span>
            {SIDES.map((s) => side("padding", s))}
            <div className="content-box" />
          </div>
        </div>
      </div>
      <div className="box-all">
        {(["padding", "margin"] as const).map((box) => {
          const all = field(box);
          const name = box === "padding" ? "Padding" : "Margin";
          return (
            <label key={box} className={`box-all-field ${sourceState(all.style)}`}>
              <span>{name}</span>
              <SideField {...all} label={`${name} (all sides)`} list={list} className="" />
            </label>
          );
        })}
      </div>
      <Sources fields={SIDES.flatMap((s) => [field(`margin-${s}`), field(`padding-${s}`)])} />
    </div>
  );
}

function SideField({ property, label, style, computed, commit, list, className }: FieldProps & { list: string; className: string }) {
  const state = sourceState(style);
  const source = sourceLabel(style);
  const title = style?.refused ?? `${property}: ${source ? `${source}${state === "inherited" ? " (inherited)" : ""}` : `not set${computed ? ` (${computed} on the stage)` : ""}`}`;
  return (
    <span className={`${className} ${state}`}>
      <CommitInput
        value={compactValue(style?.value ?? null)}
        label={label}
        placeholder={compactValue(computed) || "–"}
        onCommit={(text) => commit(typedValue(property, text))}
        input={{ list, disabled: style?.writes === null, title, className: "side-input" }}
      />
    </span>
  );
}

/** The classes (or inline entries) the sides come from, each once, inherited ones marked; and why sides cannot be edited here. */
function Sources({ fields }: { fields: FieldProps[] }) {
  const seen = new Map<string, boolean>();
  const refusals = new Set<string>();
  for (const { style } of fields) {
    const label = sourceLabel(style);
    if (label) seen.set(label, style!.inherited);
    if (style?.refused) refusals.add(style.refused);
  }
  return (
    <>
      {seen.size > 0 && (
        <div className="source box-sources">
          {[...seen].map(([label, inherited]) => (
            <code key={label} className={`source-class ${inherited ? "inherited" : "set"}`} title={inherited ? "inherited" : "set here"}>
              {inherited ? "↳ " : ""}
              {label}
            </code>
          ))}
        </div>
      )}
      {[...refusals].map((reason) => (
        <p key={reason} className="box-refusal" role="note">
          {reason}
        </p>
      ))}
    </>
  );
}
