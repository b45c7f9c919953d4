// The canvas socket the page opens before the app's script has loaded (src/boot.ts, inlined in
// index.html), with the requests it sent for the first drawing and what the server answered so far.
// The app's Connection takes it over: the server works while the app loads.

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
