// Finding a .NET runtime that can run the bundled server, with a message that says how to fix it.
import { execFile } from "node:child_process";

export const REQUIRED_MAJOR = 10;
export const DOWNLOAD_URL = `https://dotnet.microsoft.com/download/dotnet/${REQUIRED_MAJOR}.0`;

export type RuntimeCheck = { ok: true } | { ok: false; message: string };

/** What running `dotnet --list-runtimes` gave: its output, or why it could not run. */
export type ListRuntimesResult = { output: string } | { missing: true } | { failed: string };

/**
 * Whether `dotnet --list-runtimes` shows what the server needs: Microsoft.NETCore.App and
 * Microsoft.AspNetCore.App of the required major version or later.
 */
export function checkRuntimes(result: ListRuntimesResult): RuntimeCheck {
  const fix = `Install the ASP.NET Core Runtime ${REQUIRED_MAJOR} (it includes the .NET Runtime) from ${DOWNLOAD_URL} and restart VS Code, or point the setting "omnios.server.path" at an OmniOS server.`;
  if ("missing" in result) return { ok: false, message: `OmniOS needs .NET ${REQUIRED_MAJOR}, and the 'dotnet' command was not found. ${fix}` };
  if ("failed" in result) return { ok: false, message: `OmniOS needs .NET ${REQUIRED_MAJOR}, and 'dotnet --list-runtimes' failed: ${result.failed}. ${fix}` };
  const versions = (name: string) => [...result.output.matchAll(new RegExp(`^${name.replace(/\./g, "\\.")} (\\d+)\\.(\\d+)\\.\\S+`, "gm"))].map((m) => ({ major: Number(m[1]), text: m[0].slice(name.length + 1) }));
  const core = versions("Microsoft.NETCore.App");
  const web = versions("Microsoft.AspNetCore.App");
  const suitable = (list: { major: number }[]) => list.some((v) => v.major >= REQUIRED_MAJOR);
  if (suitable(core) && suitable(web)) return { ok: true };
  const found = [...core.map((v) => `.NET ${v.text}`), ...web.map((v) => `ASP.NET Core ${v.text}`)].join(", ") || "no runtimes";
  const lacking = !suitable(core) ? `.NET ${REQUIRED_MAJOR}` : `the ASP.NET Core Runtime ${REQUIRED_MAJOR}`;
  return { ok: false, message: `OmniOS needs ${lacking} or later; this machine has ${found}. ${fix}` };
}

/** Runs `dotnet --list-runtimes` (the `dotnet` on PATH). */
export function listRuntimes(): Promise<ListRuntimesResult> {
  return new Promise((resolve) =>
    execFile("dotnet", ["--list-runtimes"], { timeout: 20000 }, (error, stdout, stderr) => {
      if (!error) resolve({ output: stdout });
      else if ((error as NodeJS.ErrnoException).code === "ENOENT") resolve({ missing: true });
      else resolve({ failed: (stderr.trim() || error.message).split("\n")[0]! });
    }),
  );
}
