import assert from "node:assert/strict";
import { test } from "node:test";
import { affectsServerSettings, serverSettings } from "./serverSettings";

const reader = (values: Record<string, unknown>) => ({ get: (key: string) => values[key] });

test("the styling convention is sent in the shape the server reads", () => {
  assert.deepEqual(serverSettings(reader({ "styling.convention": "inline" })), { omnios: { styling: { convention: "inline" } } });
  assert.deepEqual(serverSettings(reader({ "styling.convention": "tailwind" })), { omnios: { styling: { convention: "tailwind" } } });
});

test("a value the server cannot read as a convention is sent as null, so the project's setting applies", () => {
  assert.deepEqual(serverSettings(reader({})), { omnios: { styling: { convention: null } } });
  assert.deepEqual(serverSettings(reader({ "styling.convention": 3 })), { omnios: { styling: { convention: null } } });
});

test("only a change under omnios.styling is sent to the server", () => {
  const change = (...sections: string[]) => ({ affectsConfiguration: (section: string) => sections.some((s) => s === section || s.startsWith(`${section}.`)) });
  assert.equal(affectsServerSettings(change("omnios.styling.convention")), true);
  assert.equal(affectsServerSettings(change("omnios.canvas.frameWidths")), false);
  assert.equal(affectsServerSettings(change("editor.fontSize")), false);
});
