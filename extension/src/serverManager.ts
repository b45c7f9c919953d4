import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import * as vscode from "vscode";
import { CloseAction, ErrorAction, LanguageClient, State, Trace, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import { checkRuntimes } from "./dotnet";

const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

/** Where and how the OmniOS server runs: the bundled one (a .dll run by dotnet) unless a setting names another. */
export interface ServerCommand {
  command: string;
  args: string[];
}

/**
 * Starts the OmniOS language server, restarts it when it crashes (a few times, then says so),
 * and shows its state in the status bar.
 */
export class ServerManager implements vscode.Disposable {
  private client: LanguageClient | null = null;
  private readonly status: vscode.StatusBarItem;
  private readonly crashes: number[] = [];
  private readonly listeners: ((client: LanguageClient) => void)[] = [];

  constructor(
    private readonly context: vscode.ExtensionContext,
    readonly output: vscode.LogOutputChannel,
  ) {
    this.status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100);
    this.status.command = "omnios.showServerLog";
    this.setStatus("starting");
    this.status.show();
  }

  get current(): LanguageClient | null {
    return this.client;
  }

  /** Calls back with each client once it runs (again after restarts). */
  onReady(listener: (client: LanguageClient) => void): void {
    this.listeners.push(listener);
    if (this.client?.state === State.Running) listener(this.client);
  }

  async start(): Promise<void> {
    const server = await this.resolveServer();
    if (!server) return;
    const serverOptions: ServerOptions = {
      run: { command: server.command, args: [...server.args, "lsp", "--stdio"] },
      debug: { command: server.command, args: [...server.args, "lsp", "--stdio"] },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { scheme: "file", language: "typescriptreact" },
        { scheme: "file", language: "javascriptreact" },
        { scheme: "file", language: "typescript" },
        { scheme: "file", language: "javascript" },
      ],
      outputChannel: this.output,
      errorHandler: {
        error: () => ({ action: ErrorAction.Continue }),
        closed: () => this.onClosed(),
      },
    };
    const client = new LanguageClient("omnios", "OmniOS", serverOptions, clientOptions);
    client.onDidChangeState((event) => {
      if (event.newState === State.Running) this.setStatus("ready");
      else if (event.newState === State.Starting) this.setStatus("starting");
    });
    this.client = client;
    try {
      await client.start();
      await client.setTrace(Trace.fromString(vscode.workspace.getConfiguration("omnios").get<string>("trace.server", "off")));
      for (const listener of this.listeners) listener(client);
    } catch (error) {
      this.setStatus("error");
      void vscode.window.showErrorMessage(`The OmniOS server did not start: ${error instanceof Error ? error.message : String(error)}`, "Show Log").then((choice) => {
        if (choice) this.output.show();
      });
    }
  }

  async restart(): Promise<void> {
    const old = this.client;
    this.client = null;
    this.crashes.length = 0;
    if (old) await old.stop().catch(() => undefined);
    await this.start();
  }

  dispose(): void {
    void this.client?.stop();
    this.status.dispose();
  }

  /** After a crash: restart, unless it keeps crashing. */
  private onClosed() {
    const now = Date.now();
    this.crashes.push(now);
    while (this.crashes.length > 0 && now - this.crashes[0]! > RESTART_WINDOW_MS) this.crashes.shift();
    if (this.crashes.length <= MAX_RESTARTS) {
      this.output.appendLine(`The OmniOS server stopped; restarting it (${this.crashes.length} of ${MAX_RESTARTS}).`);
      this.setStatus("starting");
      return { action: CloseAction.Restart };
    }
    this.setStatus("error");
    void vscode.window.showErrorMessage(`The OmniOS server stopped ${this.crashes.length} times in a few minutes and will not be restarted. Use "OmniOS: Restart Server" once the cause is fixed.`, "Show Log").then((choice) => {
      if (choice) this.output.show();
    });
    return { action: CloseAction.DoNotRestart };
  }

  /** The configured server, or the bundled one once a suitable .NET runtime is found. */
  private async resolveServer(): Promise<ServerCommand | null> {
    const configured = vscode.workspace.getConfiguration("omnios").get<string>("server.path", "").trim();
    if (configured) {
      if (!fs.existsSync(configured)) {
        this.fail(`The OmniOS server set in "omnios.server.path" does not exist: ${configured}`);
        return null;
      }
      return configured.endsWith(".dll") ? { command: "dotnet", args: [configured] } : { command: configured, args: [] };
    }
    const bundled = path.join(this.context.extensionPath, "server", "omnios.dll");
    if (!fs.existsSync(bundled)) {
      this.fail(`The extension has no server at ${bundled}; reinstall it, or set "omnios.server.path".`);
      return null;
    }
    const runtimes = await new Promise<string | null>((resolve) => execFile("dotnet", ["--list-runtimes"], (error, stdout) => resolve(error ? null : stdout)));
    const check = checkRuntimes(runtimes);
    if (!check.ok) {
      this.fail(check.message!);
      return null;
    }
    return { command: "dotnet", args: [bundled] };
  }

  private fail(message: string): void {
    this.setStatus("error");
    this.output.appendLine(message);
    void vscode.window.showErrorMessage(message);
  }

  private setStatus(state: "starting" | "ready" | "error"): void {
    this.status.text = state === "ready" ? "$(layout) OmniOS" : state === "starting" ? "$(sync~spin) OmniOS" : "$(error) OmniOS";
    this.status.tooltip = state === "ready" ? "OmniOS server running — click for its log" : state === "starting" ? "OmniOS server starting" : "OmniOS server not running — click for its log";
    this.status.backgroundColor = state === "error" ? new vscode.ThemeColor("statusBarItem.errorBackground") : undefined;
  }
}
