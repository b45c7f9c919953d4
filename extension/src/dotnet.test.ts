import assert from "node:assert/strict";
import { test } from "node:test";
import { checkRuntimes } from "./dotnet";

const runtimes = (...lines: string[]) => ({ output: lines.map((l) => `${l} [/usr/share/dotnet/shared/x]`).join("\n") + "\n" });

test(".NET 10 with ASP.NET Core 10 runs the server", () => {
  assert.deepEqual(checkRuntimes(runtimes("Microsoft.AspNetCore.App 10.0.1", "Microsoft.NETCore.App 10.0.1")), { ok: true });
});

test("a later major version runs it too", () => {
  assert.deepEqual(checkRuntimes(runtimes("Microsoft.AspNetCore.App 11.0.0-preview.1.25", "Microsoft.NETCore.App 11.0.0-preview.1.25")), { ok: true });
});

test("no dotnet command: the message says so and how to fix it", () => {
  const check = checkRuntimes({ missing: true });
  assert.equal(check.ok, false);
  assert.match(!check.ok ? check.message : "", /'dotnet' command was not found.*Install the ASP\.NET Core Runtime 10.*dotnet\.microsoft\.com.*omnios\.server\.path/);
});

test("only older runtimes: the message names what was found and what is needed", () => {
  const check = checkRuntimes(runtimes("Microsoft.AspNetCore.App 8.0.11", "Microsoft.NETCore.App 8.0.11", "Microsoft.NETCore.App 9.0.0"));
  assert.equal(check.ok, false);
  assert.match(!check.ok ? check.message : "", /needs \.NET 10 or later; this machine has \.NET 8\.0\.11, \.NET 9\.0\.0, ASP\.NET Core 8\.0\.11\. Install/);
});

test(".NET 10 without ASP.NET Core 10 is not enough: the server hosts the canvas with ASP.NET Core", () => {
  const check = checkRuntimes(runtimes("Microsoft.NETCore.App 10.0.1", "Microsoft.AspNetCore.App 9.0.4"));
  assert.match(!check.ok ? check.message : "", /needs the ASP\.NET Core Runtime 10 or later/);
});

test("a dotnet that fails to list its runtimes is reported with its error", () => {
  const check = checkRuntimes({ failed: "A fatal error occurred. The folder [/usr/share/dotnet/host/fxr] does not exist" });
  assert.match(!check.ok ? check.message : "", /'dotnet --list-runtimes' failed: A fatal error occurred/);
});
