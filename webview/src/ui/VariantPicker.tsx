import { STATES, variantText, type ScaleStep, type Variant } from "../engine/styles";

interface Props {
  variant: Variant;
  breakpoints: ScaleStep[];
  onChange(variant: Variant): void;
  /** Where the element's edits without a variant go: classes, its inline style, or each property where it is set. */
  writes: "classes" | "inline" | "mixed" | null;
}

/**
 * Which variant the inspector shows and edits: a breakpoint (base, sm … 2xl, from the theme) and a
 * state (hover, focus, active), with a line saying what an edit writes and where it applies.
 */
export function VariantPicker({ variant, breakpoints, onChange, writes }: Props) {
  const text = variantText(variant);
  const from = breakpoints.find((b) => b.name === variant.breakpoint);
  return (
    <div className="variant-picker">
      <div className="segmented breakpoints" role="radiogroup" aria-label="Breakpoint">
        {[null, ...breakpoints.map((b) => b.name)].map((name) => {
          const width = breakpoints.find((b) => b.name === name)?.px;
          return (
            <button
              key={name ?? "base"}
              role="radio"
              aria-checked={variant.breakpoint === name}
              title={name === null ? "Base: every width (no breakpoint)" : `${name}: from ${width}px up`}
              onClick={() => onChange({ ...variant, breakpoint: name })}
            >
              {name ?? "Base"}
            </button>
          );
        })}
      </div>
      <div className="segmented states" role="radiogroup" aria-label="State">
        {[null, ...STATES].map((state) => (
          <button key={state ?? "none"} role="radio" aria-checked={variant.state === state} title={state === null ? "Any state" : `Only on :${state}`} onClick={() => onChange({ ...variant, state })}>
            {state ?? "Any state"}
          </button>
        ))}
      </div>
      <p className="variant-note" aria-live="polite">
        {text === null ? (
          writes === "inline" ? (
            <>
              Edits write the <b>inline style</b>, at every width
            </>
          ) : writes === "mixed" ? (
            <>
              Edits write the <b>inline style</b> where it sets the property, else classes, at every width
            </>
          ) : (
            <>
              Edits write classes <b>without a variant</b>, at every width
            </>
          )
        ) : (
          <>
            Edits write <code className="variant-code">{text}:</code> classes
            {from ? ` from ${from.px}px up` : ""}
            {variant.state ? `, on :${variant.state}` : ""}
          </>
        )}
      </p>
      <p className="legend">
        <span className="set">● set here</span>
        <span className="inherited">● inherited</span>
        <span className="unset">○ not set</span>
      </p>
    </div>
  );
}
