// JSON-RPC 2.0 over the canvas WebSocket. The URL is built from the page's own location, so the
// canvas works behind a proxy that maps a path prefix (code-server's /proxy/PORT/).

import type { EarlyRequest, EarlySocket } from "./earlySocket";

export type NotificationHandler = (params: unknown) => void;

/** WebSocket.OPEN (the tests run where WebSocket is not defined). */
const OPEN = 1;

export class RpcError extends Error {
  constructor(readonly code: number, message: string) {
    super(message);
  }
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

export interface SocketLike {
  readyState: number;
  send(data: string): void;
  close(): void;
  onopen: ((event: unknown) => void) | null;
  onclose: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
}

/** The canvas endpoint for a page served by the OmniOS server (the token comes from the page's query string). */
export function canvasSocketUrl(location: { href: string; search: string }): string {
  const url = new URL("canvas", location.href);
  url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
  url.search = location.search;
  return url.toString();
}

/** A request the page sent before the app loaded, waiting for the app's identical request. */
interface Prefetched {
  id: string;
  method: string;
  params: string;
  answer: Promise<unknown>;
  answered: boolean;
}

export class Connection {
  private socket: SocketLike | null = null;
  private nextId = 1;
  private readonly pending = new Map<number | string, Pending>();
  private prefetched: Prefetched[] = [];
  private readonly handlers = new Map<string, Set<NotificationHandler>>();
  private readonly stateListeners = new Set<(connected: boolean) => void>();
  private opened: Promise<void> | null = null;

  /**
   * @param early the socket the page opened before the app loaded (src/boot.ts), taken over by the
   *   first connect; later connects (after the server restarted) open their own
   */
  constructor(
    private readonly url: string,
    private readonly createSocket: (url: string) => SocketLike = (u) => new WebSocket(u) as unknown as SocketLike,
    private early: EarlySocket<SocketLike> | null = null,
  ) {}

  connect(): Promise<void> {
    if (this.opened) return this.opened;
    const early = this.early;
    this.early = null;
    this.opened = new Promise((resolve, reject) => {
      const adopted = early !== null && early.socket.readyState <= OPEN;
      const socket = adopted ? early.socket : this.createSocket(this.url);
      this.socket = socket;
      const opened = () => {
        this.emitState(true);
        resolve();
      };
      socket.onopen = opened;
      socket.onclose = () => {
        this.socket = null;
        this.opened = null;
        this.prefetched = [];
        for (const pending of this.pending.values()) pending.reject(new Error("The connection to the OmniOS server closed."));
        this.pending.clear();
        this.emitState(false);
        reject(new Error("Could not connect to the OmniOS server."));
      };
      socket.onmessage = (event) => this.receive(String(event.data));
      if (!adopted) return;
      for (const request of early.requests) this.prefetch(request);
      for (const text of early.received.splice(0)) this.receive(text);
      if (socket.readyState === OPEN) opened();
    });
    return this.opened;
  }

  request<T>(method: string, params?: unknown): Promise<T> {
    const sentEarly = this.prefetched.findIndex((p) => p.method === method && p.params === JSON.stringify(params ?? {}));
    if (sentEarly >= 0) return this.prefetched.splice(sentEarly, 1)[0]!.answer as Promise<T>;
    const socket = this.socket;
    if (!socket) return Promise.reject(new Error("Not connected to the OmniOS server."));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: (value) => resolve(value as T), reject });
      socket.send(JSON.stringify({ jsonrpc: "2.0", id, method, params: params ?? {} }));
    });
  }

  /** Waits for the answer to a request the page sent early; unasked for, it is dropped (and so is its failure). */
  private prefetch(request: EarlyRequest): void {
    const answer = new Promise<unknown>((resolve, reject) => this.pending.set(request.id, { resolve, reject }));
    answer.catch(() => undefined);
    this.prefetched.push({ id: request.id, method: request.method, params: JSON.stringify(request.params ?? {}), answer, answered: false });
  }

  on(method: string, handler: NotificationHandler): () => void {
    let set = this.handlers.get(method);
    if (!set) {
      set = new Set();
      this.handlers.set(method, set);
    }
    set.add(handler);
    return () => set.delete(handler);
  }

  onStateChange(listener: (connected: boolean) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  close(): void {
    this.socket?.close();
  }

  private emitState(connected: boolean): void {
    for (const listener of this.stateListeners) listener(connected);
  }

  private receive(text: string): void {
    let message: { id?: number | string | null; method?: string; params?: unknown; result?: unknown; error?: { code: number; message: string } };
    try {
      message = JSON.parse(text);
    } catch {
      console.error("OmniOS canvas: a message from the server is not JSON", text);
      return;
    }
    if (message.method) {
      // What the server notifies may change what it answered before (a file edited since): an early
      // answer the app has not asked for yet is no longer used; its request goes to the server again.
      if (this.prefetched.length > 0) this.prefetched = this.prefetched.filter((p) => !p.answered);
      for (const handler of this.handlers.get(message.method) ?? []) {
        try {
          handler(message.params);
        } catch (error) {
          console.error(`OmniOS canvas: the ${message.method} handler failed`, error);
        }
      }
      return;
    }
    if (typeof message.id !== "number" && typeof message.id !== "string") {
      if (message.error) console.error("OmniOS canvas: the server reported", message.error);
      return;
    }
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    const early = this.prefetched.find((p) => p.id === message.id);
    if (early) early.answered = true;
    if (message.error) pending.reject(new RpcError(message.error.code, message.error.message));
    else pending.resolve(message.result);
  }
}
