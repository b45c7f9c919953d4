import * as vscode from "vscode";
import { CanvasPanel } from "./canvasPanel";
import { isDesignFile } from "./paths";
import { ServerManager } from "./serverManager";

const CURSOR_DELAY_MS = 120;

/** Starts the OmniOS server and registers the canvas, its commands and the selection bridge. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel("OmniOS", { log: true });
  const server = new ServerManager(context, output);
  context.subscriptions.push(output, server);

  context.subscriptions.push(
    vscode.commands.registerCommand("omnios.openCanvas", async (uri?: vscode.Uri | string) => {
      const client = server.current;
      if (!client) {
        void vscode.window.showErrorMessage("The OmniOS server is not running. See \"OmniOS: Show Server Log\".");
        return;
      }
      const target = typeof uri === "string" ? vscode.Uri.parse(uri) : uri;
      const document = target ? await vscode.workspace.openTextDocument(target) : vscode.window.activeTextEditor?.document;
      await CanvasPanel.show(client, document);
    }),
    vscode.commands.registerCommand("omnios.restartServer", () => server.restart()),
    vscode.commands.registerCommand("omnios.showServerLog", () => output.show()),
    vscode.window.registerWebviewPanelSerializer(CanvasPanel.viewType, {
      async deserializeWebviewPanel(panel, state: { path?: string } | undefined) {
        await waitForClient(server);
        if (server.current) await CanvasPanel.restore(panel, server.current, state);
      },
    }),
  );

  server.onReady((client) => {
    context.subscriptions.push(
      client.onNotification("omnios/revealRange", (params: { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }) => {
        const { start, end } = params.range;
        CanvasPanel.reveal(params.uri, new vscode.Range(start.line, start.character, end.line, end.character));
      }),
    );
  });

  // The editor's cursor highlights the element under it on the canvas.
  let cursorTimer: NodeJS.Timeout | undefined;
  context.subscriptions.push(
    vscode.window.onDidChangeTextEditorSelection((event) => {
      const client = server.current;
      if (!client || !isDesignFile(event.textEditor.document.fileName) || event.kind === vscode.TextEditorSelectionChangeKind.Command) return;
      clearTimeout(cursorTimer);
      cursorTimer = setTimeout(() => {
        const position = event.selections[0]?.active;
        if (!position) return;
        void client.sendNotification("omnios/cursorMoved", { textDocument: { uri: event.textEditor.document.uri.toString() }, position: { line: position.line, character: position.character } });
      }, CURSOR_DELAY_MS);
    }),
  );

  await server.start();
}

export function deactivate(): void {
  // The server manager stops the client through the context's subscriptions.
}

async function waitForClient(server: ServerManager): Promise<void> {
  for (let i = 0; i < 100 && !server.current; i++) await new Promise((r) => setTimeout(r, 100));
}
