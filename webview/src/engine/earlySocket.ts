// The canvas socket the page opens before the app's script has loaded (src/boot.ts, inlined in
// index.html), with the requests it sent for the first drawing and what the server answered so far.
// The app's Connection takes it over: the server works while the app loads.
import type { ProjectStylesheet } from "../stage/generatedCssCache";

/** A request sent before the app loaded; the app's identical request gets its answer. */
export interface EarlyRequest {
  id: string;
  method: string;
  params: unknown;
}

/** The socket and what went over it; `S` is the page's WebSocket, or what the app's Connection needs of it. */
export interface EarlySocket<S = WebSocket> {
  socket: S;
  requests: EarlyRequest[];
  /** Every message received before the app took the socket over, in order. */
  received: string[];
}

declare global {
  interface Window {
    omniosEarlySocket?: EarlySocket;
  }
}

const MAIN_PAGE_KEY = "omnios.mainPage";

/**
 * What the boot script does with the server's answers until the app takes the socket over: the
 * project's stylesheets go to `stylesheets` (for the Tailwind engine), and when the first requests
 * named no page, the main page the documents' listing names is asked for at once. Returns the
 * socket's message handler; it reads nothing once both have come.
 */
export function followEarlyAnswers(early: EarlySocket<{ send(data: string): void }>, stylesheets: (sheets: ProjectStylesheet[]) => void): (text: string) => void {
  const stylesId = early.requests.find((r) => r.method === "listStyles")?.id;
  const listingId = early.requests.some((r) => r.method === "openDocument") ? undefined : early.requests.find((r) => r.method === "listDocuments")?.id;
  const awaited = new Set([stylesId, listingId].filter((id) => id !== undefined));
  return (text) => {
    if (awaited.size === 0) return;
    let message: { id?: unknown; result?: unknown };
    try {
      message = JSON.parse(text) as typeof message;
    } catch {
      return;
    }
    if (typeof message.id !== "string" || !awaited.delete(message.id)) return;
    if (message.id === stylesId) {
      // As the app reads them: a failed listing compiles Tailwind's defaults.
      stylesheets(Array.isArray(message.result) ? (message.result as ProjectStylesheet[]) : []);
      return;
    }
    const path = mainPageOf(Array.isArray(message.result) ? (message.result as { path: string; main?: boolean }[]) : []);
    if (!path) return;
    const request: EarlyRequest = { id: `boot-${early.requests.length + 1}`, method: "openDocument", params: { path } };
    early.requests.push(request);
    early.socket.send(JSON.stringify({ jsonrpc: "2.0", ...request }));
  };
}

/**
 * What the first drawing asks the server for, in the order the app asks: the project's stylesheets,
 * its documents, and the page to show (the URL's, else the main page the last boot's list named).
 */
export function firstRequests(search: string, storage: Storage | null): Omit<EarlyRequest, "id">[] {
  const path = new URLSearchParams(search).get("path") || rememberedMainPage(storage);
  return [
    { method: "listStyles", params: {} },
    { method: "listDocuments", params: {} },
    ...(path ? [{ method: "openDocument", params: { path } }] : []),
  ];
}

/** The page shown when none is named: the one the server's listing marks main, else its first document. */
export function mainPageOf(documents: readonly { path: string; main?: boolean }[]): string | null {
  return documents.find((d) => d.main)?.path ?? documents[0]?.path ?? null;
}

/** The project's main page as the last boot's document list named it (the controller checks it against this boot's). */
export function rememberedMainPage(storage: Storage | null): string | null {
  try {
    return storage?.getItem(MAIN_PAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

export function rememberMainPage(storage: Storage | null, path: string | null): void {
  try {
    if (path) storage?.setItem(MAIN_PAGE_KEY, path);
  } catch {
    // Not kept (storage full or refused): the next boot asks for the list first, as without it.
  }
}
