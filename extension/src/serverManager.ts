import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import type { Readable } from "node:stream";
import * as vscode from "vscode";
import { CloseAction, ErrorAction, LanguageClient, RevealOutputChannelOn, State, type CloseHandlerResult, type ServerOptions } from "vscode-languageclient/node";
import { DOWNLOAD_URL, checkRuntimes, listRuntimes, type RuntimeCheck } from "./dotnet";
import { RestartPolicy } from "./restartPolicy";
import { affectsServerSettings, serverSettings } from "./serverSettings";

function logLines(input: Readable, output: vscode.LogOutputChannel): void {
  readline.createInterface({ input, crlfDelay: Infinity, terminal: false }).on("line", (line) => output.info(line));
}

/**
 * A language client that logs its errors without notifying the user: the server manager tells the
 * user once what went wrong and what to do, where the client would pop up a notification for each
 * step of a failed start ("couldn't create connection", "initialization failed", …).
 */
class QuietLanguageClient extends LanguageClient {
  override error(message: string, data?: unknown): void {
    super.error(message, data, false);
  }
}

/** How to run the server: `dotnet omnios.dll` (bundled, or a .dll the setting names) or an executable the setting names. */
export interface ServerCommand {
  command: string;
  args: string[];
  /** For `dotnet omnios.dll`, the .NET check, running beside the server's start (consulted only when the server does not come up). */
  runtimes: Promise<RuntimeCheck> | null;
}

type StatusKind = "starting" | "ready" | "error";

/**
 * Runs the OmniOS language server: starts it (after checking .NET), restarts it when it crashes
 * (a few times; then it says so and waits for "Restart Server"), and shows its state in the
 * status bar. Everything that needs the server asks ready() for the running client.
 */
export class ServerManager implements vscode.Disposable {
  private client: LanguageClient | null = null;
  private starts = 0;
  private failure: string | null = null;
  private waiters: ((client: LanguageClient | null) => void)[] = [];
  private readonly policy = new RestartPolicy();
  private readonly status: vscode.StatusBarItem;
  private readonly started = new vscode.EventEmitter<LanguageClient>();
  private readonly failed = new vscode.EventEmitter<string>();
  private readonly notificationHandlers = new Map<string, (params: unknown) => void>();
  /** Clients whose server died: their failed start is not reported (onClosed decides what follows). */
  private readonly crashed = new WeakSet<LanguageClient>();
  private readonly configurationListener: vscode.Disposable;
  /** The project's settings file, watched for every server: the server reads it again (and reports a broken one) when it changes. */
  private readonly settingsWatcher = vscode.workspace.createFileSystemWatcher("**/omnios/settings.json");

  /** Fires each time a server is running: the first start, after a crash, after "Restart Server". */
  readonly onDidStart = this.started.event;
  /** Fires with the message when the server cannot run (until "Restart Server" or a settings change). */
  readonly onDidFail = this.failed.event;

  constructor(
    private readonly extensionPath: string,
    /** The "OmniOS" output channel ("Show Server Log"): the server's stderr and the extension's own steps, timestamped. */
    readonly output: vscode.LogOutputChannel,
  ) {
    this.status = vscode.window.createStatusBarItem("omnios.server", vscode.StatusBarAlignment.Right, 100);
    this.status.name = "OmniOS Server";
    this.status.command = "omnios.showServerLog";
    this.setStatus("starting");
    this.status.show();
    // The server learns the settings it uses at start (initializationOptions) and after each change of them.
    this.configurationListener = vscode.workspace.onDidChangeConfiguration((event) => {
      if (!affectsServerSettings(event) || this.client?.state !== State.Running) return;
      void this.client.sendNotification("workspace/didChangeConfiguration", { settings: serverSettings(vscode.workspace.getConfiguration("omnios")) });
    });
  }

  /** Counts the starts of the server: what is attached to one start (a canvas URL) is stale after the next. */
  get generation(): number {
    return this.starts;
  }

  /** The running client; waits while one is starting; null when the server cannot run (the user has been told why). */
  ready(): Promise<LanguageClient | null> {
    if (this.client?.state === State.Running) return Promise.resolve(this.client);
    if (this.failure !== null) return Promise.resolve(null);
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Handles a server → client notification, on this and every later server. */
  onNotification(method: string, handler: (params: unknown) => void): void {
    this.notificationHandlers.set(method, handler);
    this.client?.onNotification(method, handler);
  }

  async start(): Promise<void> {
    this.failure = null;
    this.setStatus("starting");
    const began = Date.now();
    const server = this.resolveServer();
    if (!server) return;
    this.output.info(`Starting the server: ${server.command} ${server.args.join(" ")}`);
    const serverOptions: ServerOptions = { command: server.command, args: [...server.args, "lsp", "--stdio"] };
    // The id "omnios" makes the client follow the setting omnios.trace.server.
    const client: LanguageClient = new QuietLanguageClient("omnios", "OmniOS", serverOptions, {
      documentSelector: ["typescriptreact", "javascriptreact", "typescript", "javascript"].map((language) => ({ scheme: "file", language })),
      initializationOptions: () => serverSettings(vscode.workspace.getConfiguration("omnios")),
      synchronize: { fileEvents: this.settingsWatcher },
      outputChannel: this.output,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      // A failed initialize is a failed start: reported (or retried, after a crash) below, not by the client.
      initializationFailedHandler: () => false,
      // The server's stderr is its log (progress and failures alike), not a stream of errors.
      stdioOptions: { stdout: logLines, stderr: logLines },
      errorHandler: {
        error: () => ({ action: ErrorAction.Continue, handled: true }),
        closed: () => this.onClosed(client, server.runtimes),
      },
    });
    for (const [method, handler] of this.notificationHandlers) client.onNotification(method, handler);
    client.onDidChangeState((event) => {
      if (event.newState !== State.Running || this.client !== client) return;
      this.starts++;
      this.output.info(`The server is running (initialize answered ${Date.now() - began} ms after the start).`);
      this.setStatus("ready");
      this.started.fire(client);
      this.resolveWaiters(client);
    });
    this.client = client;
    try {
      await client.start();
    } catch (error) {
      // Without a suitable .NET the check says what to install; a server that died while starting is
      // restarted (or given up on) by onClosed.
      if ((await this.runtimeProblem(client, server.runtimes)) || this.client !== client || this.crashed.has(client)) return;
      this.fail(`The OmniOS server did not start: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** "Restart Server": a fresh server, and a fresh count of crashes. */
  async restart(): Promise<void> {
    const old = this.client;
    this.client = null;
    this.policy.reset();
    if (old) await old.stop().catch(() => undefined);
    await this.start();
  }

  /** Stops the server and waits until it has exited. */
  async stop(): Promise<void> {
    const client = this.client;
    this.client = null;
    if (client) await client.stop().catch(() => undefined);
  }

  dispose(): void {
    void this.stop();
    this.configurationListener.dispose();
    this.settingsWatcher.dispose();
    this.status.dispose();
    this.started.dispose();
    this.failed.dispose();
  }

  /**
   * The server's connection closed without being asked to: start a new server, unless it keeps
   * crashing. The restart is ours rather than the client's own (CloseAction.Restart), which gets
   * stuck when the server dies again while it initializes.
   */
  private async onClosed(client: LanguageClient, runtimes: Promise<RuntimeCheck> | null): Promise<CloseHandlerResult> {
    if (this.client !== client) return { action: CloseAction.DoNotRestart, handled: true };
    this.crashed.add(client);
    // A server that cannot run on this machine's .NET is not restarted: the user is told what to install.
    if (await this.runtimeProblem(client, runtimes)) return { action: CloseAction.DoNotRestart, handled: true };
    if (this.client !== client) return { action: CloseAction.DoNotRestart, handled: true };
    const decision = this.policy.crashed(Date.now());
    if (!decision.restart) {
      this.client = null;
      this.fail(`The OmniOS server stopped ${decision.crashes} times in ${this.policy.windowMs / 60000} minutes and is not restarted again. See its log, then use "OmniOS: Restart Server".`);
      return { action: CloseAction.DoNotRestart, message: "The OmniOS server stopped and is not restarted again.", handled: true };
    }
    const message = `The OmniOS server stopped; starting it again (crash ${decision.crashes}; at most ${this.policy.maxRestarts} restarts in ${this.policy.windowMs / 60000} minutes).`;
    this.setStatus("starting");
    setTimeout(() => {
      if (this.client !== client) return;
      this.client = null;
      void this.start();
    }, 0);
    return { action: CloseAction.DoNotRestart, message, handled: true };
  }

  /**
   * The server the setting names, else the bundled one; null (and the user told why) when it does not
   * exist. For an omnios.dll, the .NET check (`dotnet --list-runtimes`) runs beside the server's start
   * rather than before it: it only matters when the server does not come up.
   */
  private resolveServer(): ServerCommand | null {
    const configured = vscode.workspace.getConfiguration("omnios").get<string>("server.path", "").trim();
    const file = configured || path.join(this.extensionPath, "server", "omnios.dll");
    if (!fs.existsSync(file)) {
      this.fail(configured ? `The OmniOS server set in "omnios.server.path" does not exist: ${configured}` : `The extension has no server at ${file}; reinstall it, or set "omnios.server.path".`);
      return null;
    }
    if (!file.endsWith(".dll")) return { command: file, args: [], runtimes: null };
    return { command: "dotnet", args: [file], runtimes: listRuntimes().then(checkRuntimes) };
  }

  /** Whether the server could not run for want of a suitable .NET; if so (and it is still the current one), the user is told what to install. */
  private async runtimeProblem(client: LanguageClient, runtimes: Promise<RuntimeCheck> | null): Promise<boolean> {
    const check = runtimes ? await runtimes : { ok: true as const };
    if (check.ok) return false;
    if (this.client === client) {
      this.client = null;
      this.fail(check.message, "Download .NET");
    }
    return true;
  }

  private fail(message: string, download?: "Download .NET"): void {
    this.failure = message;
    this.setStatus("error", message);
    this.output.error(message);
    this.resolveWaiters(null);
    this.failed.fire(message);
    const actions = [...(download ? [download] : []), "Show Log"];
    void vscode.window.showErrorMessage(message, ...actions).then((choice) => {
      if (choice === "Show Log") this.output.show();
      else if (choice === download) void vscode.env.openExternal(vscode.Uri.parse(DOWNLOAD_URL));
    });
  }

  private resolveWaiters(client: LanguageClient | null): void {
    for (const resolve of this.waiters.splice(0)) resolve(client);
  }

  private setStatus(kind: StatusKind, detail?: string): void {
    const icon = { starting: "$(sync~spin)", ready: "$(layout)", error: "$(error)" }[kind];
    this.status.text = `${icon} OmniOS`;
    this.status.tooltip = { starting: "OmniOS server starting…", ready: "OmniOS server running. Click for its log.", error: `OmniOS server not running: ${detail ?? ""} Click for its log.` }[kind];
    this.status.backgroundColor = kind === "error" ? new vscode.ThemeColor("statusBarItem.errorBackground") : undefined;
  }
}
