import * as vscode from "vscode";
import { CanvasPanel, workspacePath } from "./canvasPanel";
import type { PageState } from "./page/messages";
import { isDesignFile, type CanvasView } from "./paths";
import { ServerManager } from "./serverManager";

/** Long enough to skip the positions a held arrow key passes through, short enough to feel immediate. */
const CURSOR_DELAY_MS = 50;

interface RevealRangeParams {
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

let server: ServerManager | null = null;

/** Starts the OmniOS server and registers the canvas, the commands and the selection bridge. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel("OmniOS", { log: true });
  const manager = (server = new ServerManager(context.extensionPath, output));
  context.subscriptions.push(output, manager);

  context.subscriptions.push(
    // From the palette, the editor title, the keybinding, or the server's "Open in canvas" code lens (uri, component).
    vscode.commands.registerCommand("omnios.openCanvas", async (target?: vscode.Uri | string, component?: string) => {
      const uri = typeof target === "string" ? vscode.Uri.parse(target) : target instanceof vscode.Uri ? target : vscode.window.activeTextEditor?.document.uri;
      const path = uri ? workspacePath(uri) : null;
      if (uri && isDesignFile(uri.fsPath) && !path) {
        void vscode.window.showWarningMessage(`The canvas shows the React files of the workspace's first folder; ${uri.fsPath} is outside it.`);
        return;
      }
      const view: CanvasView = { path: path && uri && isDesignFile(uri.fsPath) ? path : null, component: typeof component === "string" ? component : null };
      await CanvasPanel.show(manager, context.extensionUri, view);
    }),
    vscode.commands.registerCommand("omnios.restartServer", () => manager.restart()),
    vscode.commands.registerCommand("omnios.showServerLog", () => output.show()),
    // Ctrl+S while the canvas has the keyboard saves the file it shows.
    vscode.commands.registerCommand("omnios.saveCanvasDocument", async () => {
      const path = CanvasPanel.shownPath;
      const document = path ? vscode.workspace.textDocuments.find((d) => workspacePath(d.uri) === path) : undefined;
      if (document?.isDirty) await document.save();
    }),
    vscode.window.registerWebviewPanelSerializer(CanvasPanel.viewType, {
      deserializeWebviewPanel: (panel, state: PageState | undefined) => CanvasPanel.restore(panel, manager, context.extensionUri, state),
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration("omnios.server.path")) void manager.restart();
    }),
  );

  manager.onDidStart((client) => CanvasPanel.prepare(manager, client), null, context.subscriptions);
  manager.onNotification("omnios/revealRange", (params) => {
    const { uri, range } = params as RevealRangeParams;
    void CanvasPanel.revealInEditor(vscode.Uri.parse(uri), new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character));
  });

  // The user moving the cursor (keyboard or mouse, not our own reveal) highlights the element under it on the canvas.
  let cursorTimer: NodeJS.Timeout | undefined;
  context.subscriptions.push(
    vscode.window.onDidChangeTextEditorSelection((event) => {
      const userMoved = event.kind === vscode.TextEditorSelectionChangeKind.Keyboard || event.kind === vscode.TextEditorSelectionChangeKind.Mouse;
      if (!userMoved || !CanvasPanel.isOpen || !isDesignFile(event.textEditor.document.fileName)) return;
      clearTimeout(cursorTimer);
      const uri = event.textEditor.document.uri.toString();
      const { line, character } = event.selections[0]!.active;
      cursorTimer = setTimeout(() => {
        void manager.ready().then((client) => client?.sendNotification("omnios/cursorMoved", { textDocument: { uri }, position: { line, character } }));
      }, CURSOR_DELAY_MS);
    }),
    { dispose: () => clearTimeout(cursorTimer) },
  );

  void manager.start();
}

/** Stops the server and waits for it, so no process outlives the extension host. */
export async function deactivate(): Promise<void> {
  await server?.stop();
  server = null;
}
