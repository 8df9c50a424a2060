// VS Code client: starts the bundled language server over IPC and shows what it computes.
// UI only: statistics, placeholders and phrases all come from the server.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { PHRASES_REQUEST, SERVER_COMMANDS, STATISTICS_REQUEST, type PhraseItem, type PhrasesParams, type StatisticsParams, type StatisticsResult } from '../../server/src/protocol';
import { nextPlaceholder, phrasePicks, sectionPicks, statusText, type Translate } from './presentation';
import { registerExportCommand } from './export';
import { registerImportCommand } from './import';
import { languageOf } from '../../server/src/service/format';
import { SpeechPreview } from './preview/panel';

let client: LanguageClient | undefined;
const t: Translate = (message, ...args) => vscode.l10n.t(message, ...args);
const STATUS_DELAY = 300;

const isSpeech = (editor: vscode.TextEditor | undefined): editor is vscode.TextEditor => editor?.document.languageId === 'speech';

async function statisticsOf(document: vscode.TextDocument): Promise<StatisticsResult> {
  if (!client) return null;
  const params: StatisticsParams = { textDocument: { uri: document.uri.toString() } };
  return client.sendRequest<StatisticsResult>(STATISTICS_REQUEST, params);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  // .speechrc.json and phrase files (speech.phrases.paths may name any JSON file).
  const jsonFiles = vscode.workspace.createFileSystemWatcher('**/*.json');
  const clientOptions: LanguageClientOptions = {
    // Any scheme: in a virtual workspace the open files still get outline, checks and completion.
    documentSelector: [{ language: 'speech' }],
    // A function, so a restart after trust is granted sends the new value.
    initializationOptions: () => ({ trusted: vscode.workspace.isTrusted }),
    synchronize: {
      configurationSection: 'speech',
      // Speech files (workspace symbols) and the JSON files above.
      fileEvents: [vscode.workspace.createFileSystemWatcher('**/*.speech.md'), jsonFiles],
    },
  };
  client = new LanguageClient('speech', t('Speech Writer Language Server'), serverOptions, clientOptions);
  context.subscriptions.push(client);

  // Status bar: 字数 · 约 N 分钟 · 占位符 K for the active speech, debounced while typing.
  const status = vscode.window.createStatusBarItem('speech.statistics', vscode.StatusBarAlignment.Right, 100);
  status.name = t('Speech statistics');
  status.command = 'speech.showStatistics';
  status.tooltip = t('Speech statistics: click for each section');
  context.subscriptions.push(status);
  let timer: NodeJS.Timeout | undefined;
  const updateStatus = () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const editor = vscode.window.activeTextEditor;
      if (!isSpeech(editor)) return status.hide();
      const statistics = await statisticsOf(editor.document).catch(() => null);
      if (!statistics || vscode.window.activeTextEditor !== editor) return;
      status.text = `$(book) ${statusText(statistics, t)}`;
      status.show();
    }, STATUS_DELAY);
  };

  const goTo = (editor: vscode.TextEditor, range: { start: vscode.Position; end: vscode.Position }) => {
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(new vscode.Range(range.start, range.end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };
  const toRange = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) =>
    new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);

  const jumpToPlaceholder = (forward: boolean) => async () => {
    const editor = vscode.window.activeTextEditor;
    if (!isSpeech(editor)) return;
    const statistics = await statisticsOf(editor.document);
    // From the selection's start going back, so a selected placeholder is not found again.
    const from = forward ? editor.selection.active : editor.selection.start;
    const target = statistics && nextPlaceholder(statistics.placeholders, from, forward);
    if (target) goTo(editor, toRange(target));
    else void vscode.window.showInformationMessage(t('No placeholders left in this speech.'));
  };

  const onActiveSpeech = (serverCommand: string) => async () => {
    const editor = vscode.window.activeTextEditor;
    if (isSpeech(editor)) await vscode.commands.executeCommand(serverCommand, editor.document.uri.toString());
  };

  // A .speechrc.json can turn the placeholder check off or on: the count in the status bar changes.
  const onSettingsFile = (uri: vscode.Uri) => uri.path.endsWith('/.speechrc.json') && updateStatus();
  context.subscriptions.push(
    jsonFiles,
    jsonFiles.onDidChange(onSettingsFile),
    jsonFiles.onDidCreate(onSettingsFile),
    jsonFiles.onDidDelete(onSettingsFile),
    vscode.window.onDidChangeActiveTextEditor(updateStatus),
    vscode.workspace.onDidChangeTextDocument((e) => e.document === vscode.window.activeTextEditor?.document && updateStatus()),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('speech') && updateStatus()),
    vscode.commands.registerCommand('speech.renumber', onActiveSpeech(SERVER_COMMANDS.renumber)),
    vscode.commands.registerCommand('speech.fixAll', onActiveSpeech(SERVER_COMMANDS.fixAll)),
    vscode.commands.registerCommand('speech.nextPlaceholder', jumpToPlaceholder(true)),
    vscode.commands.registerCommand('speech.previousPlaceholder', jumpToPlaceholder(false)),
    vscode.commands.registerCommand('speech.showStatistics', async (uri?: string) => {
      const editor = uri ? vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri) : vscode.window.activeTextEditor;
      if (!isSpeech(editor)) return;
      const statistics = await statisticsOf(editor.document);
      if (!statistics) return;
      const picked = await vscode.window.showQuickPick(sectionPicks(statistics, t, languageOf(vscode.env.language)), { title: t('Speech statistics'), matchOnDescription: true });
      if (picked?.range) goTo(editor, toRange({ start: picked.range.start, end: picked.range.start }));
    }),
    registerExportCommand(() => client, t),
    registerImportCommand(() => client, t),
    vscode.commands.registerCommand('speech.insertPhrase', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!isSpeech(editor) || !client) return;
      const phrases = await client.sendRequest<PhraseItem[]>(PHRASES_REQUEST, { textDocument: { uri: editor.document.uri.toString() } } satisfies PhrasesParams);
      const picked = await vscode.window.showQuickPick(phrasePicks(phrases), {
        title: t('Insert phrase'),
        placeHolder: t('Type Chinese or pinyin (zzsg, zhenzhua)'),
        matchOnDescription: true,
        matchOnDetail: true,
      });
      if (picked) await editor.insertSnippet(new vscode.SnippetString(picked.snippet));
    }),
  );

  new SpeechPreview(context, () => client, t);

  // Once trusted, start again so the workspace's .speechrc.json and phrase files are read.
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => client?.restart()));
  await client.start();
  updateStatus();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
