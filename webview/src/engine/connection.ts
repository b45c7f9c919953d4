// JSON-RPC 2.0 over the canvas WebSocket. The URL is built from the page's own location, so the
// canvas works behind a proxy that maps a path prefix (code-server's /proxy/PORT/).

export type NotificationHandler = (params: unknown) => void;

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

export class Connection {
  private socket: SocketLike | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly handlers = new Map<string, Set<NotificationHandler>>();
  private readonly stateListeners = new Set<(connected: boolean) => void>();
  private opened: Promise<void> | null = null;

  constructor(
    private readonly url: string,
    private readonly createSocket: (url: string) => SocketLike = (u) => new WebSocket(u) as unknown as SocketLike,
  ) {}

  /** The canvas endpoint for a page served by the OmniOS server (the token comes from the page's query string). */
  static urlFor(location: { href: string; search: string }): string {
    const url = new URL("canvas", location.href);
    url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
    url.search = location.search;
    return url.toString();
  }

  connect(): Promise<void> {
    if (this.opened) return this.opened;
    this.opened = new Promise((resolve, reject) => {
      const socket = this.createSocket(this.url);
      this.socket = socket;
      socket.onopen = () => {
        this.emitState(true);
        resolve();
      };
      socket.onclose = () => {
        this.socket = null;
        this.opened = null;
        for (const pending of this.pending.values()) pending.reject(new Error("The connection to the OmniOS server closed."));
        this.pending.clear();
        this.emitState(false);
        reject(new Error("Could not connect to the OmniOS server."));
      };
      socket.onmessage = (event) => this.receive(String(event.data));
    });
    return this.opened;
  }

  request<T>(method: string, params?: unknown): Promise<T> {
    const socket = this.socket;
    if (!socket) return Promise.reject(new Error("Not connected to the OmniOS server."));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: (value) => resolve(value as T), reject });
      socket.send(JSON.stringify({ jsonrpc: "2.0", id, method, params: params ?? {} }));
    });
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
      for (const handler of this.handlers.get(message.method) ?? []) {
        try {
          handler(message.params);
        } catch (error) {
          console.error(`OmniOS canvas: the ${message.method} handler failed`, error);
        }
      }
      return;
    }
    if (typeof message.id !== "number") {
      if (message.error) console.error("OmniOS canvas: the server reported", message.error);
      return;
    }
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    if (message.error) pending.reject(new RpcError(message.error.code, message.error.message));
    else pending.resolve(message.result);
  }
}
