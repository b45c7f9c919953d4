import { randomBytes } from "node:crypto";
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { canvasPageHtml } from "./canvasPage";
import { canvasPageUrl, isDesignFile, relativePath } from "./paths";

interface CanvasInfo {
  url: string;
  token: string;
  port: number;
}

/**
 * The canvas beside the editor: a webview hosting the canvas app served by the OmniOS server. One
 * panel; it follows the active editor, survives window reloads (its state holds the document), and
 * keeps the editor and canvas selections in step.
 */
export class CanvasPanel implements vscode.Disposable {
  static readonly viewType = "omnios.canvas";
  private static current: CanvasPanel | null = null;
  private readonly disposables: vscode.Disposable[] = [];
  private path: string | null;

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly client: LanguageClient,
    path: string | null,
  ) {
    this.path = path;
    panel.onDidDispose(() => this.dispose(), null, this.disposables);
    vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor), null, this.disposables);
    panel.webview.onDidReceiveMessage((message) => this.onMessage(message), null, this.disposables);
  }

  /** Shows the canvas for a document, creating the panel beside the editor if needed. */
  static async show(client: LanguageClient, document: vscode.TextDocument | undefined): Promise<void> {
    const path = document ? workspacePath(document.uri) : null;
    if (CanvasPanel.current) {
      CanvasPanel.current.panel.reveal(vscode.ViewColumn.Beside, true);
      if (path) CanvasPanel.current.openDocument(path);
      return;
    }
    const panel = vscode.window.createWebviewPanel(CanvasPanel.viewType, "OmniOS Canvas", { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      retainContextWhenHidden: true,
      localResourceRoots: [],
    });
    await CanvasPanel.attach(panel, client, path);
  }

  /** Brings back a panel after a window reload. */
  static async restore(panel: vscode.WebviewPanel, client: LanguageClient, state: { path?: string } | undefined): Promise<void> {
    await CanvasPanel.attach(panel, client, state?.path ?? null);
  }

  /** The canvas selected an element: the server sent omnios/revealRange. */
  static reveal(uri: string, range: vscode.Range): void {
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
    if (!editor) return;
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    if (CanvasPanel.current === this) CanvasPanel.current = null;
    this.panel.dispose();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }

  private static async attach(panel: vscode.WebviewPanel, client: LanguageClient, path: string | null): Promise<void> {
    const canvas = CanvasPanel.current = new CanvasPanel(panel, client, path);
    const info = await client.sendRequest<CanvasInfo>("omnios/canvas", {});
    const frameWidths = vscode.workspace.getConfiguration("omnios").get<number[]>("canvas.frameWidths", [1280, 768, 390]);
    // Inside a remote or browser-hosted VS Code (code-server) the canvas is reached through a
    // proxy on the editor's own origin: ask for that address, and let the server accept it.
    const external = await vscode.env.asExternalUri(vscode.Uri.parse(info.url));
    const externalUrl = external.toString(true);
    const externalOrigin = new URL(externalUrl).origin;
    if (externalOrigin !== new URL(info.url).origin) await client.sendRequest("omnios/canvas", { allowOrigins: [externalOrigin] });
    panel.webview.html = canvasPageHtml({
      canvasUrl: canvasPageUrl(externalUrl, path, frameWidths),
      nonce: randomBytes(16).toString("base64"),
      cspSource: panel.webview.cspSource,
    });
    canvas.follow(vscode.window.activeTextEditor);
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    if (!editor || !isDesignFile(editor.document.fileName)) return;
    const path = workspacePath(editor.document.uri);
    if (path && path !== this.path) this.openDocument(path);
  }

  private openDocument(path: string): void {
    this.path = path;
    void this.panel.webview.postMessage({ type: "open", path });
  }

  private onMessage(message: unknown): void {
    // The canvas app speaks to the server directly; nothing it sends needs the extension yet.
    void message;
    void this.client;
  }
}

/** A document's path relative to its workspace folder (what the server and canvas use). */
export function workspacePath(uri: vscode.Uri): string | null {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  return folder ? relativePath(folder.uri.fsPath, uri.fsPath) : null;
}
