// The inspector's view of styles, without React: the canvas protocol's style data (elementStyles,
// themeScales, setElementStyle; server/OmniOS.Server/Canvas/CanvasProtocol.cs), the variant an edit is
// written under, and how values are shown and read back (lengths in px, scale steps by name).

import type { CommandOutcome } from "./protocol";

/** One inspector property of an element at a variant, as the server reads it. */
export interface PropertyStyle {
  /** null: nothing sets it (or a computed inline entry). */
  value: string | null;
  /** The class it comes from. */
  class?: string;
  /** Or the inline style's key that sets it. */
  inline?: string;
  /** Set without the variant, or at a smaller breakpoint. */
  inherited: boolean;
  /** Where an edit goes; null: nowhere, see refused. */
  writes: "classes" | "inline" | null;
  refused?: string;
}

export interface ElementStyles {
  id: string;
  version: number;
  variant: string | null;
  convention: "classes" | "inline";
  classesEditable: boolean;
  inlineEditable: boolean;
  properties: Record<string, PropertyStyle>;
}

export interface ScaleStep {
  name: string;
  value: string;
  px?: number;
  /** Defined by the project's CSS rather than Tailwind's default theme. */
  project: boolean;
}

export interface ThemeScales {
  colors: ScaleStep[];
  spacing: ScaleStep[];
  fontSizes: ScaleStep[];
  fontWeights: ScaleStep[];
  lineHeights: ScaleStep[];
  letterSpacings: ScaleStep[];
  radii: ScaleStep[];
  shadows: ScaleStep[];
  breakpoints: ScaleStep[];
}

export type StyleChange = { kind: "classes"; remove: string[]; add: string[] } | { kind: "inline"; property: string; value: string | null };

/** What setElementStyle answers: applyCommand's outcome, and what was written. */
export interface StyleOutcome extends CommandOutcome {
  change?: StyleChange;
}

/** What an edit is written under: a breakpoint (null: base) and a state (null: none). */
export interface Variant {
  breakpoint: string | null;
  state: string | null;
}

export const BASE: Variant = { breakpoint: null, state: null };

/** The states the picker offers. */
export const STATES = ["hover", "focus", "active"] as const;

/** The variant text the server takes: `md`, `hover`, `md:hover`, or null for none. */
export function variantText(variant: Variant): string | null {
  const parts = [variant.breakpoint, variant.state].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(":") : null;
}

/** The breakpoint a frame of this width shows: the largest that applies at it (min-width), null below the smallest. */
export function breakpointForWidth(width: number, breakpoints: ScaleStep[]): string | null {
  let found: string | null = null;
  for (const breakpoint of breakpoints) if (breakpoint.px !== undefined && breakpoint.px <= width) found = breakpoint.name;
  return found;
}

/** The width from which a breakpoint applies (0 for base). */
export function breakpointWidth(breakpoint: string | null, breakpoints: ScaleStep[]): number {
  return breakpoint === null ? 0 : (breakpoints.find((b) => b.name === breakpoint)?.px ?? 0);
}

/** Properties whose bare numbers are pixels (React's inline styles read them so; we write them with the unit). */
const UNITLESS = new Set(["font-weight", "line-height", "opacity", "z-index", "flex-grow", "flex-shrink", "order"]);

export function isLength(property: string): boolean {
  return !UNITLESS.has(property);
}

/** A length in px when it is one (`1.5rem` → 24, `24px` → 24, `0` → 0), else null. */
export function toPixels(value: string): number | null {
  const match = /^(-?\d*\.?\d+)(px|rem)?$/.exec(value.trim());
  if (!match) return null;
  const number = Number(match[1]);
  if (match[2] === "rem") return round(number * 16);
  if (match[2] === "px" || number === 0) return number;
  return null;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** A value as a control shows it: rem lengths in px (`1.5rem` → `24px`); everything else as written. */
export function displayValue(property: string, value: string | null): string {
  if (value === null) return "";
  const px = isLength(property) ? toPixels(value) : null;
  return px !== null ? `${px}px` : value;
}

/** Shorter, for the box model: px without the unit (`24`); other values as written (`auto`, `50%`). */
export function compactValue(value: string | null): string {
  if (value === null) return "";
  const px = toPixels(value);
  return px !== null ? String(px) : value;
}

/** What the browser computes, as a placeholder shows it: pixels to one decimal (`167.047px` → `167px`, `0.5px` stays). */
export function computedText(value: string | null): string | null {
  if (value === null) return null;
  return value.replace(/-?\d*\.\d+px/g, (px) => `${Math.round(parseFloat(px) * 10) / 10}px`);
}

/** What a user typed, as a CSS value: empty removes (null), a bare number of a length is px (`24` → `24px`). */
export function typedValue(property: string, text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (isLength(property) && /^-?\d*\.?\d+$/.test(trimmed) && Number(trimmed) !== 0) return `${trimmed}px`;
  return trimmed;
}

/**
 * The value to send for a scale step: its theme variable when the edit writes a class (so the class
 * named after it is written, even where another step has the same value), its value for an inline style.
 */
export function stepValue(namespace: string, step: ScaleStep, writes: PropertyStyle["writes"]): string {
  return writes === "classes" ? `var(${namespace}-${step.name})` : step.value;
}

/**
 * The step a value is, if any: the one the class is named after when several have the value
 * (`rounded-sm` → sm, not the equal bare `rounded`), else the first with that value.
 */
export function stepOf(steps: ScaleStep[], style: PropertyStyle | undefined): ScaleStep | null {
  if (!style?.value) return null;
  const equal = steps.filter((s) => sameValue(s.value, style.value!));
  return equal.find((s) => style.class?.endsWith(`-${s.name}`)) ?? equal[0] ?? null;
}

function sameValue(a: string, b: string): boolean {
  const pa = toPixels(a);
  const pb = toPixels(b);
  if (pa !== null && pb !== null) return pa === pb;
  const ca = parseColor(a);
  const cb = parseColor(b);
  if (ca && cb) return sameColor(ca, cb);
  return a.replace(/\s+/g, " ").trim().toLowerCase() === b.replace(/\s+/g, " ").trim().toLowerCase();
}

/** A colour as the theme writes it or the browser computes it: sRGB (0–255, alpha 0–1) or OKLCH (lightness 0–1). */
interface Color {
  space: "rgb" | "oklch";
  channels: [number, number, number, number];
}

export function parseColor(value: string): Color | null {
  const text = value.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(text);
  if (hex) {
    const digits = hex[1]!.length <= 4 ? [...hex[1]!].map((d) => d + d).join("") : hex[1]!;
    const [r, g, b, a] = [0, 2, 4, 6].map((i) => parseInt(digits.slice(i, i + 2) || "ff", 16));
    return { space: "rgb", channels: [r!, g!, b!, a! / 255] };
  }
  const call = /^(rgba?|oklch)\(([^)]*)\)$/.exec(text);
  if (!call) return text === "transparent" ? { space: "rgb", channels: [0, 0, 0, 0] } : null;
  const parts = call[2]!.split(/[\s,/]+/).filter(Boolean);
  if (parts.length < 3) return null;
  const number = (part: string, percentOf: number) => (part.endsWith("%") ? (parseFloat(part) / 100) * percentOf : parseFloat(part));
  const alpha = parts[3] === undefined ? 1 : number(parts[3], 1);
  const channels: [number, number, number, number] =
    call[1] === "oklch" ? [number(parts[0]!, 1), number(parts[1]!, 0.4), number(parts[2]!, 1), alpha] : [number(parts[0]!, 255), number(parts[1]!, 255), number(parts[2]!, 255), alpha];
  return channels.some(Number.isNaN) ? null : { space: call[1] === "oklch" ? "oklch" : "rgb", channels };
}

function sameColor(a: Color, b: Color): boolean {
  if (a.space !== b.space) return false;
  const tolerance = a.space === "rgb" ? [0.5, 0.5, 0.5, 0.01] : [0.001, 0.001, 0.01, 0.01];
  return a.channels.every((channel, i) => Math.abs(channel - b.channels[i]!) <= tolerance[i]!);
}

/** The palette's name for a colour (as the theme writes it or the browser computes it), `transparent`, or null. */
export function colorName(colors: ScaleStep[], value: string): string | null {
  const color = parseColor(value);
  if (!color) return null;
  if (color.channels[3] === 0) return "transparent";
  return colors.find((c) => {
    const step = parseColor(c.value);
    return step !== null && sameColor(step, color);
  })?.name ?? null;
}

/** A colour family of the palette: `slate` with its shades, or a single colour (`black`). */
export interface ColorFamily {
  name: string;
  project: boolean;
  steps: ScaleStep[];
}

/** The palette by family, the project's own colours first, each family in the theme's order. */
export function colorFamilies(colors: ScaleStep[]): ColorFamily[] {
  const families: ColorFamily[] = [];
  for (const step of colors) {
    const match = /^(.*)-(\d+)$/.exec(step.name);
    const name = match ? match[1]! : step.name;
    let family = families.find((f) => f.name === name);
    if (!family) families.push((family = { name, project: false, steps: [] }));
    family.steps.push(step);
    family.project ||= step.project;
  }
  return [...families.filter((f) => f.project), ...families.filter((f) => !f.project)];
}

/** How a property is set where the inspector edits: here, inherited from a smaller breakpoint or no variant, or not at all. */
export function sourceState(style: PropertyStyle | undefined): "set" | "inherited" | "unset" {
  if (!style || style.value === null && !style.inline) return "unset";
  return style.inherited ? "inherited" : "set";
}

/** Where a value comes from, as the inspector names it: the class, or the inline style's key. */
export function sourceLabel(style: PropertyStyle | undefined): string | null {
  if (!style) return null;
  if (style.class) return style.class;
  if (style.inline) return `style.${style.inline}`;
  return null;
}
