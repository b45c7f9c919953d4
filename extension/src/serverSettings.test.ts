import assert from "node:assert/strict";
import { test } from "node:test";
import { affectsServerSettings, serverSettings, type SettingScopes } from "./serverSettings";

const reader = (scopes: Record<string, SettingScopes>) => ({ inspect: (key: string) => scopes[key] });

test("the styling convention the user set is sent in the shape the server reads, the narrowest scope winning", () => {
  assert.deepEqual(serverSettings(reader({ "styling.convention": { globalValue: "inline" } })), { omnios: { styling: { convention: "inline" } } });
  assert.deepEqual(serverSettings(reader({ "styling.convention": { globalValue: "inline", workspaceValue: "tailwind" } })), { omnios: { styling: { convention: "tailwind" } } });
  assert.deepEqual(serverSettings(reader({ "styling.convention": { workspaceValue: "tailwind", workspaceFolderValue: "auto" } })), { omnios: { styling: { convention: "auto" } } });
});

test("a convention left at its default, or not a string, is sent as null so the project's setting applies", () => {
  assert.deepEqual(serverSettings(reader({ "styling.convention": {} })), { omnios: { styling: { convention: null } } });
  assert.deepEqual(serverSettings(reader({})), { omnios: { styling: { convention: null } } });
  assert.deepEqual(serverSettings(reader({ "styling.convention": { globalValue: 3 } })), { omnios: { styling: { convention: null } } });
});

test("only a change under omnios.styling is sent to the server", () => {
  const change = (...sections: string[]) => ({ affectsConfiguration: (section: string) => sections.some((s) => s === section || s.startsWith(`${section}.`)) });
  assert.equal(affectsServerSettings(change("omnios.styling.convention")), true);
  assert.equal(affectsServerSettings(change("omnios.canvas.frameWidths")), false);
  assert.equal(affectsServerSettings(change("editor.fontSize")), false);
});
