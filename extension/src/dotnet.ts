// Finding a .NET runtime that can run the bundled server, with a message that says how to fix it.

export const REQUIRED_MAJOR = 10;

export interface RuntimeCheck {
  ok: boolean;
  message?: string;
}

/** Reads `dotnet --list-runtimes`: the server needs Microsoft.NETCore.App and Microsoft.AspNetCore.App of the required major version. */
export function checkRuntimes(listRuntimesOutput: string | null): RuntimeCheck {
  const fix = `Install the .NET ${REQUIRED_MAJOR} runtime (ASP.NET Core Runtime ${REQUIRED_MAJOR}) from https://dotnet.microsoft.com/download, or point the setting "omnios.server.path" at an OmniOS server.`;
  if (listRuntimesOutput === null) return { ok: false, message: `OmniOS needs .NET, and the 'dotnet' command was not found. ${fix}` };
  const majors = (name: string) =>
    [...listRuntimesOutput.matchAll(new RegExp(`^${name.replace(/\./g, "\\.")} (\\d+)\\.`, "gm"))].map((m) => Number(m[1]));
  const core = majors("Microsoft.NETCore.App");
  const web = majors("Microsoft.AspNetCore.App");
  if (!core.some((m) => m >= REQUIRED_MAJOR) || !web.some((m) => m >= REQUIRED_MAJOR)) {
    const found = [...new Set([...core, ...web])].sort().join(", ") || "none";
    return { ok: false, message: `OmniOS needs .NET ${REQUIRED_MAJOR} or later (found: ${found}). ${fix}` };
  }
  return { ok: true };
}
