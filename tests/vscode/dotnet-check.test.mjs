// The OmniOS extension on a machine without a suitable .NET: code-server runs with a PATH that has
// no `dotnet` (then one whose `dotnet` lists only .NET 8, like an older install), and the user must
// be told what is wrong and how to fix it, instead of a canvas that never comes.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { copyExample, eventually, findFrame, findVsix, launchBrowser, notificationTexts, openWorkbench, quickOpen, runCommand, screenshot, startCodeServer } from "./harness.mjs";
import { nodeBinary } from "./setup.mjs";

/** What `dotnet --list-runtimes` prints on a machine with only .NET 8. */
const DOTNET_8_RUNTIMES = `Microsoft.AspNetCore.App 8.0.11 [/opt/dotnet/shared/Microsoft.AspNetCore.App]
Microsoft.NETCore.App 8.0.11 [/opt/dotnet/shared/Microsoft.NETCore.App]
`;

describe("the OmniOS extension without a suitable .NET", () => {
  let workspace;
  let binDirectory;
  let server;
  let browser;
  let page;


  before(async () => {
    const vsix = findVsix();
    if (!vsix) throw new Error("No omnios-ide-*.vsix at the repository root: run `npm run package` there first (npm test does it before this suite).");
    workspace = copyExample();
    // The only folders on PATH: Node's (code-server needs nothing else) and one we control.
    // VSCODE_CLI=1 keeps VS Code's server from taking PATH from a login shell instead.
    binDirectory = fs.mkdtempSync(path.join(os.tmpdir(), "omnios-path-"));
    server = await startCodeServer({ workspace: workspace.root, vsix, env: { PATH: [path.dirname(nodeBinary), binDirectory].join(path.delimiter), VSCODE_CLI: "1" } });
    browser = await launchBrowser();
    page = await openWorkbench(browser.context, server);
  });

  after(async () => {
    if (page) await screenshot(page, "dotnet-last").catch(() => {});
    await browser?.close();
    await server?.stop();
    workspace?.remove();
    if (binDirectory) fs.rmSync(binDirectory, { recursive: true, force: true });
  });

  test("without dotnet, opening a React file says .NET is missing and how to install it", async () => {
    await quickOpen(page, "components/Hero.tsx");
    const message = await eventually(
      async () => (await notificationTexts(page)).find((text) => text.includes("OmniOS needs .NET 10")),
      async () => `a notification about .NET; there are: ${JSON.stringify(await notificationTexts(page))}`,
      20000,
    );
    assert.match(message, /the 'dotnet' command was not found/);
    assert.match(message, /Install the ASP\.NET Core Runtime 10 .*https:\/\/dotnet\.microsoft\.com\/download\/dotnet\/10\.0/);
    assert.match(message, /Download \.NET/, "with a button to the download page");
    await notificationTexts(page, { screenshotName: "dotnet-01-missing" });
  });

  test("the canvas, opened anyway, says the server is not running instead of staying blank", async () => {
    await runCommand(page, "OmniOS: Open Canvas");
    const frame = await findFrame(page, "p[role=status]", { timeout: 20000 });
    assert.match(await frame.locator("p[role=status]").textContent(), /The OmniOS server is not running/);
    await screenshot(page, "dotnet-02-canvas");
  });

  test("with only .NET 8, Restart Server says which version is needed and which were found", async () => {
    const dotnet = path.join(binDirectory, "dotnet");
    fs.writeFileSync(dotnet, `#!/bin/sh\nif [ "$1" = "--list-runtimes" ]; then printf '%s' '${DOTNET_8_RUNTIMES}'; exit 0; fi\nexit 1\n`, { mode: 0o755 });
    await runCommand(page, "OmniOS: Restart Server");
    const message = await eventually(
      async () => (await notificationTexts(page)).find((text) => text.includes("this machine has")),
      async () => `a notification about the .NET version; there are: ${JSON.stringify(await notificationTexts(page))}`,
      20000,
    );
    assert.match(message, /OmniOS needs \.NET 10 or later; this machine has \.NET 8\.0\.11, ASP\.NET Core 8\.0\.11\./);
    await notificationTexts(page, { screenshotName: "dotnet-03-too-old" });
  });
});
