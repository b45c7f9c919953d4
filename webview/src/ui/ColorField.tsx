import { useState } from "react";
import { colorFamilies, colorName, stepOf, stepValue, type ScaleStep } from "../engine/styles";
import { CommitInput } from "./CommitInput";
import { PropertyRow, type FieldProps } from "./StyleFields";

/**
 * A colour: its swatch and its name in the theme (`brand-500`) or its value, typed freely (a theme
 * name, or any CSS colour), or picked from the theme's palette, which opens under the row.
 */
export function ColorField(props: FieldProps & { colors: ScaleStep[] }) {
  const { property, label, style, computed, commit, colors } = props;
  const [open, setOpen] = useState(false);
  const step = stepOf(colors, style);
  const shown = step?.name ?? style?.value ?? "";
  const locked = style?.writes === null;
  const send = (text: string) => {
    const named = colors.find((c) => c.name === text.trim());
    return commit(named ? stepValue("--color", named, style?.writes ?? "classes") : text.trim() || null);
  };
  return (
    <>
      <PropertyRow {...props}>
        <div className="color-field">
          <button
            className={`swatch${style?.value ? "" : computed ? " computed" : " empty"}`}
            style={style?.value || computed ? { background: style?.value ?? computed! } : undefined}
            aria-label={`${label}: palette`}
            aria-expanded={open}
            title={locked ? style?.refused : "Theme palette"}
            disabled={locked}
            onClick={() => setOpen(!open)}
          />
          <CommitInput value={shown} label={label} placeholder={computed ? (colorName(colors, computed) ?? computed) : "–"} onCommit={send} input={{ disabled: locked, title: style?.refused, spellCheck: false }} />
        </div>
      </PropertyRow>
      {open && (
        <div className="palette-popover" role="listbox" aria-label={`${label} palette`} onKeyDown={(e) => e.key === "Escape" && setOpen(false)}>
          {colorFamilies(colors).map((family) => (
            <div className="palette-family" key={family.name}>
              <span className="palette-name" title={family.project ? "From the project's theme" : "Tailwind's default theme"}>
                {family.name}
                {family.project ? " ★" : ""}
              </span>
              <div className="palette-swatches">
                {family.steps.map((s) => (
                  <button
                    key={s.name}
                    role="option"
                    aria-selected={step?.name === s.name}
                    aria-label={s.name}
                    title={`${s.name} · ${s.value}`}
                    className="swatch"
                    style={{ background: s.value }}
                    onClick={() => {
                      setOpen(false);
                      void commit(stepValue("--color", s, style?.writes ?? "classes"));
                    }}
                  />
                ))}
              </div>
            </div>
          ))}
          <div className="palette-actions">
            <span className="palette-hint">{property}</span>
            <button
              onClick={() => {
                setOpen(false);
                void commit(null);
              }}
            >
              None
            </button>
          </div>
        </div>
      )}
    </>
  );
}
