import assert from "node:assert/strict";
import { test } from "node:test";
import { moduleSpecifier } from "./Palette";

test("another file's component is imported through the @/ alias when the project uses it, else by a relative path", () => {
  assert.equal(moduleSpecifier("app/page.tsx", "components/Hero.tsx", true), "@/components/Hero");
  assert.equal(moduleSpecifier("app/page.tsx", "components/Hero.tsx", false), "../components/Hero");
  assert.equal(moduleSpecifier("components/Features.tsx", "components/FeatureCard.tsx", false), "./FeatureCard");
  assert.equal(moduleSpecifier("src/App.jsx", "src/ui/Button.jsx", false), "./ui/Button");
});
