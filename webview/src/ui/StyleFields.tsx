// The inspector's style controls. Each edits one CSS property of the selected element at the
// inspector's variant, shows its value, and says where the value comes from (PropertyRow).

import { useEffect, useState, type ReactNode } from "react";
import { displayValue, sourceLabel, sourceState, stepOf, stepValue, typedValue, type PropertyStyle, type ScaleStep } from "../engine/styles";
import { CommitInput } from "./CommitInput";

/**
 * What every control gets: the property, how it is set now, what the browser computes for it on the
 * stage (shown, muted, where nothing sets it), and how to change it (null removes it at the variant).
 */
export interface FieldProps {
  property: string;
  label: string;
  style: PropertyStyle | undefined;
  computed: string | null;
  commit(value: string | null): Promise<boolean>;
}

/**
 * One property: its label (coloured by where the value is set: at this variant, inherited, or not at
 * all), its control, and under it the class or inline entry the value comes from, with × to remove
 * it at this variant. A property that cannot be edited here says why.
 */
export function PropertyRow({ property, label, style, commit, children }: FieldProps & { children: ReactNode }) {
  const state = sourceState(style);
  const source = sourceLabel(style);
  const refused = style?.refused;
  return (
    <div className={`prop ${state}${refused ? " refused" : ""}`} data-property={property}>
      <label title={`${property}: ${stateText(state, style)}`}>{label}</label>
      <div className="control">{children}</div>
      {(source || refused) && (
        <div className="source">
          {source && (
            <code className="source-class" title={stateText(state, style)}>
              {state === "inherited" ? "↳ " : ""}
              {source}
            </code>
          )}
          {state === "set" && !refused && style?.writes && (
            <button className="clear" aria-label={`Remove ${property}`} title="Remove it at this variant" onClick={() => void commit(null)}>
              ×
            </button>
          )}
          {refused && (
            <span className="refusal" title={refused}>
              {refused}
            </span>
          )}
        </div>
      )}
    </div>
  );
}

function stateText(state: ReturnType<typeof sourceState>, style: PropertyStyle | undefined): string {
  if (state === "unset") return "not set";
  const where = style?.inline ? `the inline style (${style.inline})` : `class ${style?.class}`;
  return state === "inherited" ? `inherited from ${where}` : `set here by ${where}`;
}

/** The label of "not set" in a list: what the browser computes, muted by the row's style. */
function unsetLabel(property: string, computed: string | null): string {
  return computed ? `– ${displayValue(property, computed)}` : "–";
}

function disabled(style: PropertyStyle | undefined): boolean {
  return style?.writes === null;
}

/** A length (gap, size): typed freely (a bare number is px), with the spacing scale and keywords offered. */
export function LengthField(props: FieldProps & { list: string }) {
  const { property, label, style, computed, commit, list } = props;
  return (
    <PropertyRow {...props}>
      <CommitInput
        value={displayValue(property, style?.value ?? null)}
        label={label}
        placeholder={displayValue(property, computed) || "–"}
        onCommit={(text) => commit(typedValue(property, text))}
        input={{ list, disabled: disabled(style), title: style?.refused, className: "length" }}
      />
    </PropertyRow>
  );
}

/** The options of a datalist for lengths: the spacing scale (`24px`, labelled `6`) and keywords. */
export function LengthOptions({ id, spacing, keywords }: { id: string; spacing: ScaleStep[]; keywords: string[] }) {
  return (
    <datalist id={id}>
      {keywords.map((k) => (
        <option key={k} value={k} />
      ))}
      {spacing.map((s) => (
        <option key={s.name} value={s.px !== undefined ? `${s.px}px` : s.value} label={s.name} />
      ))}
    </datalist>
  );
}

/**
 * A property with a theme scale (font size, weight, line height, letter spacing, radius, shadow): a
 * list of its steps by name, plus a value of its own ("Custom…").
 */
export function ScaleField(props: FieldProps & { steps: ScaleStep[]; namespace: string }) {
  const { property, label, style, computed, commit, steps, namespace } = props;
  const [custom, setCustom] = useState(false);
  const step = stepOf(steps, style);
  useEffect(() => setCustom(false), [style?.value]);
  const offScale = style?.value != null && step === null;
  return (
    <PropertyRow {...props}>
      {custom ? (
        <CommitInput
          value={displayValue(property, style?.value ?? null)}
          label={`${label} (custom)`}
          placeholder="value"
          onCommit={async (text) => {
            const applied = await commit(typedValue(property, text));
            setCustom(false);
            return applied;
          }}
          input={{ autoFocus: true, className: "length" }}
        />
      ) : (
        <select
          aria-label={label}
          disabled={disabled(style)}
          title={style?.refused}
          value={step?.name ?? (offScale ? "=current" : "")}
          onChange={(e) => {
            const chosen = e.target.value;
            if (chosen === "=custom") return setCustom(true);
            const picked = steps.find((s) => s.name === chosen);
            void commit(picked ? stepValue(namespace, picked, style?.writes ?? "classes") : null);
          }}
        >
          <option value="">{unsetLabel(property, computed)}</option>
          {offScale && <option value="=current">{displayValue(property, style!.value)}</option>}
          {steps.map((s) => (
            <option key={s.name} value={s.name}>
              {s.name}
              {s.value.length <= 12 ? ` · ${displayValue(property, s.value)}` : ""}
            </option>
          ))}
          <option value="=custom">Custom…</option>
        </select>
      )}
    </PropertyRow>
  );
}

export interface Choice {
  value: string;
  label: string;
}

/** A property with a fixed set of keywords (display, position, wrap, border style). */
export function ChoiceField(props: FieldProps & { choices: Choice[] }) {
  const { property, label, style, computed, commit, choices } = props;
  const current = style?.value ?? "";
  const known = choices.some((c) => c.value === current);
  return (
    <PropertyRow {...props}>
      <select aria-label={label} disabled={disabled(style)} title={style?.refused} value={current} onChange={(e) => void commit(e.target.value || null)}>
        <option value="">{unsetLabel(property, computed)}</option>
        {!known && current && <option value={current}>{current}</option>}
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </PropertyRow>
  );
}

/** A few keywords as a row of buttons with icons (direction, alignment, text align). */
export function SegmentedField(props: FieldProps & { choices: (Choice & { icon: ReactNode })[] }) {
  const { label, style, commit, choices } = props;
  return (
    <PropertyRow {...props}>
      <div className="segmented" role="group" aria-label={label}>
        {choices.map((c) => (
          <button
            key={c.value}
            aria-label={`${label}: ${c.label}`}
            title={c.label}
            aria-pressed={style?.value === c.value}
            disabled={disabled(style)}
            onClick={() => void commit(c.value)}
          >
            {c.icon}
          </button>
        ))}
      </div>
    </PropertyRow>
  );
}

/** Opacity: a slider in percent, sent when it is let go. */
export function OpacityField(props: FieldProps) {
  const { label, style, commit } = props;
  const percent = opacityPercent(style?.value ?? null);
  const [draft, setDraft] = useState(percent);
  useEffect(() => setDraft(percent), [percent]);
  const send = () => {
    if (draft !== percent) void commit(`${draft}%`);
  };
  return (
    <PropertyRow {...props}>
      <div className="slider">
        <input
          type="range"
          min={0}
          max={100}
          step={5}
          aria-label={label}
          disabled={disabled(style)}
          value={draft}
          onChange={(e) => setDraft(Number(e.target.value))}
          onPointerUp={send}
          onKeyUp={send}
          onKeyDown={(e) => e.stopPropagation()}
        />
        <span className="slider-value">{draft}%</span>
      </div>
    </PropertyRow>
  );
}

/** `50%` or `0.5` as 50; nothing set is fully opaque. */
function opacityPercent(value: string | null): number {
  if (value === null) return 100;
  const number = parseFloat(value);
  if (Number.isNaN(number)) return 100;
  return Math.round(value.trim().endsWith("%") ? number : number * 100);
}
