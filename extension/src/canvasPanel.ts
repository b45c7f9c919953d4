import { randomBytes } from "node:crypto";
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { canvasPageHtml, messagePageHtml } from "./canvasPage";
import { readPageMessage, type ExtensionToPage, type PageState } from "./page/messages";
import { canvasPageUrl, frameWidths, isDesignFile, relativePath, type CanvasView } from "./paths";
import type { ServerManager } from "./serverManager";

interface CanvasEndpoint {
  url: string;
  token: string;
  port: number;
}

/**
 * The canvas beside the editor: one webview panel hosting the canvas app that the OmniOS server
 * serves. It follows the active editor, comes back after a window reload (the serializer gets the
 * page's state), and loads the canvas again when the server restarts (a new port and token).
 */
export class CanvasPanel implements vscode.Disposable {
  static readonly viewType = "omnios.canvas";
  private static current: CanvasPanel | null = null;
  /** The canvas URL of the running server, asked for as soon as it starts (so Open Canvas need not wait for the endpoint). */
  private static endpoint: { generation: number; url: Promise<string> } | null = null;
  private readonly disposables: vscode.Disposable[] = [];
  /** The server start the page was made for (-1: none yet). */
  private attachedTo = -1;

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly server: ServerManager,
    private readonly extensionUri: vscode.Uri,
    private view: CanvasView,
  ) {
    CanvasPanel.current = this;
    panel.webview.options = webviewOptions(extensionUri);
    this.setTitle();
    panel.onDidDispose(() => this.dispose(), null, this.disposables);
    panel.webview.onDidReceiveMessage((data) => this.onPageMessage(data), null, this.disposables);
    vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor), null, this.disposables);
    server.onDidStart(() => void this.attach(), null, this.disposables);
    server.onDidFail(() => void this.attach(), null, this.disposables);
    vscode.workspace.onDidChangeConfiguration(
      (event) => {
        if (event.affectsConfiguration("omnios.canvas.frameWidths")) void this.attach(true);
      },
      null,
      this.disposables,
    );
  }

  /** The canvas panel is open. */
  static get isOpen(): boolean {
    return CanvasPanel.current !== null;
  }

  /** The document the canvas shows (a workspace-relative path), if any. */
  static get shownPath(): string | null {
    return CanvasPanel.current?.view.path ?? null;
  }

  /** "Open Canvas": shows a document (or the project's main page) on the canvas, creating the panel beside the editor. */
  static async show(server: ServerManager, extensionUri: vscode.Uri, view: CanvasView): Promise<void> {
    const current = CanvasPanel.current;
    if (current) {
      current.panel.reveal(undefined, true);
      if (view.path) current.open(view);
      return;
    }
    const panel = vscode.window.createWebviewPanel(CanvasPanel.viewType, "Canvas", { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { ...webviewOptions(extensionUri), retainContextWhenHidden: true });
    await new CanvasPanel(panel, server, extensionUri, view).attach();
  }

  /**
   * Starts the canvas endpoint of a server that has just started, and learns the address this
   * window reaches it through, before anyone asks for the canvas.
   */
  static prepare(server: ServerManager, client: LanguageClient): void {
    const url = externalCanvasUrl(client, server.output);
    url.catch(() => undefined);
    CanvasPanel.endpoint = { generation: server.generation, url };
  }

  /** The serializer: the panel VS Code brings back after a window reload, with the page's last state. */
  static async restore(panel: vscode.WebviewPanel, server: ServerManager, extensionUri: vscode.Uri, state: PageState | undefined): Promise<void> {
    CanvasPanel.current?.dispose();
    await new CanvasPanel(panel, server, extensionUri, { path: state?.path ?? null, component: state?.component ?? null }).attach();
  }

  /** The canvas selected an element (omnios/revealRange): select its JSX in the editor, keeping the keyboard on the canvas. */
  static async revealInEditor(uri: vscode.Uri, range: vscode.Range): Promise<void> {
    const selection = new vscode.Selection(range.start, range.end);
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    if (editor) {
      editor.selection = selection;
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      return;
    }
    // Not visible: open it in the column the canvas is not in.
    const canvasColumn = CanvasPanel.current?.panel.viewColumn;
    const column = canvasColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
    await vscode.window.showTextDocument(uri, { viewColumn: column, preserveFocus: true, selection });
  }

  dispose(): void {
    if (CanvasPanel.current === this) CanvasPanel.current = null;
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    this.panel.dispose();
  }

  /** Loads the canvas page for the running server, unless it is already loaded for it (or `reload`). */
  private async attach(reload = false): Promise<void> {
    const client = await this.server.ready();
    if (CanvasPanel.current !== this) return;
    const nonce = randomBytes(16).toString("base64");
    if (!client) {
      this.attachedTo = -1;
      this.panel.webview.html = messagePageHtml('The OmniOS server is not running, so the canvas cannot be shown. See "OmniOS: Show Server Log", then run "OmniOS: Restart Server".', nonce);
      return;
    }
    const generation = this.server.generation;
    if (generation === this.attachedTo && !reload) return;
    this.attachedTo = generation;
    if (CanvasPanel.endpoint?.generation !== generation) CanvasPanel.prepare(this.server, client);
    let canvasUrl: string;
    try {
      canvasUrl = await CanvasPanel.endpoint!.url;
    } catch (error) {
      // Asked again next time (Restart Server, or Open Canvas after closing this panel).
      CanvasPanel.endpoint = null;
      this.attachedTo = -1;
      this.panel.webview.html = messagePageHtml(`The OmniOS server could not start the canvas: ${error instanceof Error ? error.message : String(error)}`, nonce);
      return;
    }
    if (CanvasPanel.current !== this || generation !== this.server.generation) return;
    const widths = frameWidths(vscode.workspace.getConfiguration("omnios").get("canvas.frameWidths"));
    this.panel.webview.html = canvasPageHtml({
      canvasUrl: canvasPageUrl(canvasUrl, this.view, widths),
      scriptUrl: this.panel.webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, "dist", "page.js")).toString(),
      nonce,
      cspSource: this.panel.webview.cspSource,
    });
  }

  /** The active editor changed: a React file of the workspace shows on the canvas. */
  private follow(editor: vscode.TextEditor | undefined): void {
    if (!editor || !isDesignFile(editor.document.fileName)) return;
    const path = workspacePath(editor.document.uri);
    if (path && path !== this.view.path) this.open({ path, component: null });
  }

  private open(view: CanvasView): void {
    if (!view.path) return;
    this.view = view;
    this.setTitle();
    const message: ExtensionToPage = { type: "open", path: view.path, component: view.component };
    void this.panel.webview.postMessage(message);
  }

  /** The canvas switched documents itself (its document menu): follow it, so the editor's next switch is compared with the truth. */
  private onPageMessage(data: unknown): void {
    const message = readPageMessage(data);
    if (!message) return;
    this.view = { path: message.path, component: message.component };
    this.setTitle();
  }

  private setTitle(): void {
    this.panel.title = this.view.path ? `Canvas: ${this.view.path.slice(this.view.path.lastIndexOf("/") + 1)}` : "Canvas";
  }
}

function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  // Scripts for the page's relay (and, inherited by its frame, the canvas app); local files only from dist/.
  return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, "dist")] };
}

/**
 * The canvas URL as this window reaches it. In a remote or browser-hosted VS Code (code-server)
 * that is a proxy address on the editor's own origin: the server is told to accept that origin.
 */
async function externalCanvasUrl(client: LanguageClient, output: vscode.LogOutputChannel): Promise<string> {
  const began = Date.now();
  const endpoint = await client.sendRequest<CanvasEndpoint>("omnios/canvas", {});
  const answered = Date.now();
  const external = (await vscode.env.asExternalUri(vscode.Uri.parse(endpoint.url))).toString(true);
  const origin = new URL(external).origin;
  if (origin !== new URL(endpoint.url).origin) await client.sendRequest("omnios/canvas", { allowOrigins: [origin] });
  output.info(`The canvas endpoint is ready at ${origin} (omnios/canvas answered in ${answered - began} ms, its external address ${Date.now() - answered} ms later).`);
  return external;
}

/** A document's path as the server names it: relative to the first workspace folder (the server's root); null outside it. */
export function workspacePath(uri: vscode.Uri): string | null {
  const root = vscode.workspace.workspaceFolders?.[0];
  return uri.scheme === "file" && root ? relativePath(root.uri.fsPath, uri.fsPath) : null;
}
