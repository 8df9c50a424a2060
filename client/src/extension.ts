// VS Code client: starts the bundled language server over IPC. UI only; the server does the work.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_COMMANDS } from '../../server/src/commands';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'speech' },
      { scheme: 'untitled', language: 'speech' },
    ],
    synchronize: {
      configurationSection: 'speech',
      // Speech files (workspace symbols); .speechrc.json and phrase files (speech.phrases.paths may name any JSON file).
      fileEvents: [vscode.workspace.createFileSystemWatcher('**/*.speech.md'), vscode.workspace.createFileSystemWatcher('**/*.json')],
    },
  };
  client = new LanguageClient('speech', vscode.l10n.t('Speech Writer Language Server'), serverOptions, clientOptions);
  context.subscriptions.push(client);

  // Palette commands act on the active speech; the server computes and applies the edits.
  const onActiveSpeech = (serverCommand: string) => async () => {
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.languageId !== 'speech') return;
    await vscode.commands.executeCommand(serverCommand, editor.document.uri.toString());
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('speech.renumber', onActiveSpeech(SERVER_COMMANDS.renumber)),
    vscode.commands.registerCommand('speech.fixAll', onActiveSpeech(SERVER_COMMANDS.fixAll)),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
