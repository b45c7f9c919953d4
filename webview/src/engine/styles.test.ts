import assert from "node:assert/strict";
import { test } from "node:test";
import { breakpointForWidth, colorFamilies, colorName, computedText, displayValue, stepOf, stepValue, typedValue, variantText, type ScaleStep } from "./styles";

const breakpoints: ScaleStep[] = [
  { name: "sm", value: "40rem", px: 640, project: false },
  { name: "md", value: "48rem", px: 768, project: false },
  { name: "lg", value: "64rem", px: 1024, project: false },
  { name: "xl", value: "80rem", px: 1280, project: false },
  { name: "2xl", value: "96rem", px: 1536, project: false },
];

test("a frame proposes the largest breakpoint that applies at its width, and base below the smallest", () => {
  assert.equal(breakpointForWidth(768, breakpoints), "md");
  assert.equal(breakpointForWidth(1000, breakpoints), "md");
  assert.equal(breakpointForWidth(1280, breakpoints), "xl");
  assert.equal(breakpointForWidth(390, breakpoints), null);
});

test("a variant is written breakpoint first, then state", () => {
  assert.equal(variantText({ breakpoint: "md", state: "hover" }), "md:hover");
  assert.equal(variantText({ breakpoint: null, state: "focus" }), "focus");
  assert.equal(variantText({ breakpoint: null, state: null }), null);
});

test("lengths show in px and a typed bare number is px, except for unitless properties", () => {
  assert.equal(displayValue("padding-top", "1.5rem"), "24px");
  assert.equal(displayValue("width", "50%"), "50%");
  assert.equal(displayValue("line-height", "1.25"), "1.25");
  assert.equal(typedValue("padding-top", "24"), "24px");
  assert.equal(typedValue("padding-top", " 0 "), "0");
  assert.equal(typedValue("width", "auto"), "auto");
  assert.equal(typedValue("font-weight", "600"), "600");
  assert.equal(typedValue("margin-top", ""), null);
  assert.equal(computedText("167.047px"), "167px");
  assert.equal(computedText("12px 24.25px"), "12px 24.3px");
});

test("a scale step is sent as its theme variable for a class and as its value for an inline style", () => {
  const sm: ScaleStep = { name: "sm", value: "0.25rem", px: 4, project: false };
  assert.equal(stepValue("--radius", sm, "classes"), "var(--radius-sm)");
  assert.equal(stepValue("--radius", sm, "inline"), "0.25rem");
});

test("the step shown for a value is the one its class is named after among equal values", () => {
  const radii: ScaleStep[] = [
    { name: "xs", value: "0.125rem", px: 2, project: false },
    { name: "sm", value: "0.25rem", px: 4, project: false },
    { name: "lg", value: "0.5rem", px: 8, project: false },
  ];
  const bare: ScaleStep[] = [{ name: "DEFAULT", value: "0.25rem", px: 4, project: false }, ...radii];
  assert.equal(stepOf(bare, { value: "0.25rem", class: "md:rounded-sm", inherited: false, writes: "classes" })?.name, "sm");
  assert.equal(stepOf(radii, { value: "8px", inline: "borderRadius", inherited: false, writes: "inline" })?.name, "lg");
  assert.equal(stepOf(radii, { value: "3px", inherited: false, writes: "classes" }), null);
});

test("the palette groups shades by family with the project's colours first", () => {
  const families = colorFamilies([
    { name: "red-500", value: "oklch(63.7% 0.237 25.331)", project: false },
    { name: "red-600", value: "oklch(57.7% 0.245 27.325)", project: false },
    { name: "black", value: "#000", project: false },
    { name: "brand-500", value: "#4f6bf5", project: true },
  ]);
  assert.deepEqual(families.map((f) => [f.name, f.steps.length]), [["brand", 1], ["red", 2], ["black", 1]]);
});

test("a colour the browser computes is named after the palette step it equals", () => {
  const colors: ScaleStep[] = [
    { name: "slate-800", value: "oklch(27.9% 0.041 260.031)", project: false },
    { name: "brand-500", value: "#4f6bf5", project: true },
  ];
  assert.equal(colorName(colors, "oklch(0.279 0.041 260.031)"), "slate-800");
  assert.equal(colorName(colors, "rgb(79, 107, 245)"), "brand-500");
  assert.equal(colorName(colors, "rgba(0, 0, 0, 0)"), "transparent");
  assert.equal(colorName(colors, "rgb(1, 2, 3)"), null);
});
