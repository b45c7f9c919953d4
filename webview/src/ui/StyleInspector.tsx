import { useEffect, useState, type ReactNode } from "react";
import type { CanvasController } from "../engine/canvasController";
import type { ElementNode } from "../engine/protocol";
import { computedText, variantText, type ElementStyles, type StyleChange, type ThemeScales, type Variant } from "../engine/styles";
import { BoxModel } from "./BoxModel";
import { ColorField } from "./ColorField";
import { icons } from "./icons";
import { ChoiceField, LengthField, LengthOptions, OpacityField, ScaleField, SegmentedField, type FieldProps } from "./StyleFields";
import { VariantPicker } from "./VariantPicker";

/** Every property the inspector shows, as CSS names (what elementStyles is asked for). */
export const INSPECTOR_PROPERTIES = [
  "display", "flex-direction", "flex-wrap", "align-items", "justify-content", "gap", "position",
  "margin", "margin-top", "margin-right", "margin-bottom", "margin-left",
  "padding", "padding-top", "padding-right", "padding-bottom", "padding-left",
  "width", "height", "min-width", "max-width", "min-height", "max-height",
  "font-size", "font-weight", "line-height", "letter-spacing", "text-align", "color",
  "background-color",
  "border-width", "border-style", "border-color", "border-radius",
  "opacity", "box-shadow",
] as const;

const EMPTY_THEME: ThemeScales = { colors: [], spacing: [], fontSizes: [], fontWeights: [], lineHeights: [], letterSpacings: [], radii: [], shadows: [], breakpoints: [] };
const SPACING_LIST = "omnios-spacing";
const SIZE_LIST = "omnios-sizes";

interface Props {
  controller: CanvasController;
  element: ElementNode;
  /** The document's version: the styles are read again when it changes. */
  version: number;
  theme: ThemeScales | null;
  variant: Variant;
  onVariant(variant: Variant): void;
  computedValue(id: string, property: string): string | null;
}

/**
 * The Tailwind-aware style sections of the inspector: layout, spacing, size, typography, fill,
 * border and effects for the selected element at a breakpoint and state. Values and their sources
 * come from the server (elementStyles); every edit is one setElementStyle, which the server writes
 * as classes at the variant or in the inline style, whichever the element uses.
 */
export function StyleInspector({ controller, element, version, theme, variant, onVariant, computedValue }: Props) {
  const scales = theme ?? EMPTY_THEME;
  const variantName = variantText(variant);
  const [styles, setStyles] = useState<ElementStyles | null>(null);
  const [notice, setNotice] = useState<{ text: string; kind: "done" | "refused" } | null>(null);

  useEffect(() => {
    let current = true;
    controller.elementStyles(element.id, variantName, INSPECTOR_PROPERTIES).then(
      (read) => current && setStyles(read),
      (error: unknown) => current && setNotice({ text: error instanceof Error ? error.message : String(error), kind: "refused" }),
    );
    return () => {
      current = false;
    };
  }, [controller, element.id, version, variantName]);
  useEffect(() => setNotice(null), [element.id]);

  // The last answer stays shown (dimmed) while the next one comes, so the panel does not jump.
  const shown = styles;
  const stale = styles !== null && (styles.id !== element.id || styles.variant !== variantName);
  const field = (property: string, label: string): FieldProps => ({
    property,
    label,
    style: shown?.properties[property],
    computed: computedText(computedValue(element.id, property)),
    commit: async (value) => {
      const outcome = await controller.setStyle(element.id, property, value, variantName);
      setNotice(outcome.applied ? { text: describe(outcome.change, property, value), kind: "done" } : { text: outcome.message ?? "Not written.", kind: "refused" });
      return outcome.applied;
    },
  });
  const display = shown?.properties.display?.value ?? "";
  const flex = display === "flex" || display === "inline-flex";
  const grid = display === "grid" || display === "inline-grid";

  return (
    <div className={`style-inspector${stale ? " stale" : ""}`}>
      <div className="style-context">
        <VariantPicker variant={variant} breakpoints={scales.breakpoints} onChange={onVariant} writes={shown ? writesOf(shown) : null} />
        {shown && !shown.classesEditable && <p className="style-warning">The className is computed: only the inline style can be edited here.</p>}
        {notice && (
          <p className={`style-notice ${notice.kind}`} role={notice.kind === "refused" ? "alert" : "status"}>
            {notice.text}
          </p>
        )}
      </div>
      <LengthOptions id={SPACING_LIST} spacing={scales.spacing} keywords={["auto"]} />
      <LengthOptions id={SIZE_LIST} spacing={scales.spacing} keywords={["auto", "100%", "50%", "fit-content", "min-content", "max-content", "100vh", "100vw"]} />
      {!shown ? (
        <p className="empty">Reading styles…</p>
      ) : (
        <>
          <Section title="Layout">
            <ChoiceField {...field("display", "Display")} choices={DISPLAY} />
            {flex && <SegmentedField {...field("flex-direction", "Direction")} choices={DIRECTION} />}
            {flex && <ChoiceField {...field("flex-wrap", "Wrap")} choices={WRAP} />}
            {(flex || grid) && <ChoiceField {...field("align-items", "Align")} choices={ALIGN} />}
            {(flex || grid) && <ChoiceField {...field("justify-content", "Justify")} choices={JUSTIFY} />}
            {(flex || grid) && <LengthField {...field("gap", "Gap")} list={SPACING_LIST} />}
            <ChoiceField {...field("position", "Position")} choices={POSITION} />
          </Section>
          <Section title="Spacing">
            <BoxModel field={(property) => field(property, property)} list={SPACING_LIST} />
          </Section>
          <Section title="Size">
            <div className="pair">
              <LengthField {...field("width", "Width")} list={SIZE_LIST} />
              <LengthField {...field("height", "Height")} list={SIZE_LIST} />
              <LengthField {...field("min-width", "Min W")} list={SIZE_LIST} />
              <LengthField {...field("min-height", "Min H")} list={SIZE_LIST} />
              <LengthField {...field("max-width", "Max W")} list={SIZE_LIST} />
              <LengthField {...field("max-height", "Max H")} list={SIZE_LIST} />
            </div>
          </Section>
          <Section title="Typography">
            <ScaleField {...field("font-size", "Size")} steps={scales.fontSizes} namespace="--text" />
            <ScaleField {...field("font-weight", "Weight")} steps={scales.fontWeights} namespace="--font-weight" />
            <ScaleField {...field("line-height", "Line height")} steps={scales.lineHeights} namespace="--leading" />
            <ScaleField {...field("letter-spacing", "Tracking")} steps={scales.letterSpacings} namespace="--tracking" />
            <SegmentedField {...field("text-align", "Align text")} choices={TEXT_ALIGN} />
            <ColorField {...field("color", "Colour")} colors={scales.colors} />
          </Section>
          <Section title="Fill">
            <ColorField {...field("background-color", "Colour")} colors={scales.colors} />
          </Section>
          <Section title="Border">
            <LengthField {...field("border-width", "Width")} list={SPACING_LIST} />
            <ChoiceField {...field("border-style", "Style")} choices={BORDER_STYLE} />
            <ColorField {...field("border-color", "Colour")} colors={scales.colors} />
            <ScaleField {...field("border-radius", "Radius")} steps={scales.radii} namespace="--radius" />
          </Section>
          <Section title="Effects">
            <OpacityField {...field("opacity", "Opacity")} />
            <ScaleField {...field("box-shadow", "Shadow")} steps={scales.shadows} namespace="--shadow" />
          </Section>
        </>
      )}
    </div>
  );
}

/** A section with a header that folds it. */
function Section({ title, children }: { title: string; children: ReactNode }) {
  const [open, setOpen] = useState(true);
  return (
    <section className={`style-section${open ? "" : " folded"}`} aria-label={title}>
      <h3>
        <button className="section-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          <span className="chevron">{icons.chevron}</span>
          {title}
        </button>
      </h3>
      {open && children}
    </section>
  );
}

/** Where the element's editable properties are written: all as classes, all inline, or some of each. */
function writesOf(styles: ElementStyles): "classes" | "inline" | "mixed" {
  const targets = new Set(Object.values(styles.properties).map((p) => p.writes).filter((w) => w !== null));
  return targets.size > 1 ? "mixed" : targets.has("inline") ? "inline" : "classes";
}

/** What an edit wrote, in a sentence (the classes, or the inline property). */
function describe(change: StyleChange | undefined, property: string, value: string | null): string {
  if (!change) return `${property} is unchanged.`;
  if (change.kind === "inline") return change.value === null ? `Removed ${change.property} from the inline style.` : `Inline style: ${change.property}: ${change.value}`;
  if (change.add.length === 0 && change.remove.length === 0) return `${property} already ${value === null ? "unset" : "has that value"} here.`;
  const parts = [change.add.length > 0 ? `Wrote ${change.add.join(" ")}` : "", change.remove.length > 0 ? `${change.add.length > 0 ? "replacing" : "Removed"} ${change.remove.join(" ")}` : ""];
  return parts.filter(Boolean).join(", ");
}

const DISPLAY = ["block", "flex", "grid", "inline", "inline-block", "inline-flex", "inline-grid", "contents", "none"].map((v) => ({ value: v, label: v === "none" ? "none (hidden)" : v }));
const POSITION = ["static", "relative", "absolute", "fixed", "sticky"].map((v) => ({ value: v, label: v }));
const WRAP = [
  { value: "nowrap", label: "No wrap" },
  { value: "wrap", label: "Wrap" },
  { value: "wrap-reverse", label: "Wrap reverse" },
];
const ALIGN = [
  { value: "flex-start", label: "Start" },
  { value: "center", label: "Center" },
  { value: "flex-end", label: "End" },
  { value: "stretch", label: "Stretch" },
  { value: "baseline", label: "Baseline" },
];
const JUSTIFY = [
  { value: "flex-start", label: "Start" },
  { value: "center", label: "Center" },
  { value: "flex-end", label: "End" },
  { value: "space-between", label: "Space between" },
  { value: "space-around", label: "Space around" },
  { value: "space-evenly", label: "Space evenly" },
];
const DIRECTION = [
  { value: "row", label: "Row", icon: icons.arrowRight },
  { value: "column", label: "Column", icon: icons.arrowDown },
  { value: "row-reverse", label: "Row reverse", icon: icons.arrowLeft },
  { value: "column-reverse", label: "Column reverse", icon: icons.arrowUp },
];
const TEXT_ALIGN = [
  { value: "left", label: "Left", icon: icons.alignLeft },
  { value: "center", label: "Center", icon: icons.alignCenter },
  { value: "right", label: "Right", icon: icons.alignRight },
  { value: "justify", label: "Justify", icon: icons.alignJustify },
];
const BORDER_STYLE = ["solid", "dashed", "dotted", "double", "none"].map((v) => ({ value: v, label: v }));
