// 讲话稿：从 Word 导入… — from the palette (a file picker: several files or a folder) or the explorer's
// menu on .docx/.doc/.wps/.txt. The server reads and writes; here the writer picks files and where the
// results go, is asked before anything is replaced, sees progress, and gets the result or a summary.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { IMPORT_FILE_REQUEST, IMPORT_LIST_REQUEST, type ImportFileParams, type ImportFileResult, type ImportListParams, type ImportListResult } from '../../server/src/protocol';
import type { Translate } from './presentation';

const EXTENSIONS = ['docx', 'doc', 'wps', 'txt'];
const nameOf = (path: string) => path.split(/[\\/]/).pop()!;

/**
 * The files or folders to import: the explorer's selection, or picked in a dialog. Files or a folder are
 * asked for first: Windows' and Linux's dialogs cannot offer both at once.
 */
async function pickSources(uri: vscode.Uri | undefined, selected: vscode.Uri[] | undefined, t: Translate): Promise<vscode.Uri[] | undefined> {
  if (selected?.length) return selected;
  if (uri) return [uri];
  const files = { label: t('Choose files…'), folders: false };
  const folder = { label: t('Choose a folder of documents…'), folders: true };
  const kind = await vscode.window.showQuickPick([files, folder], { title: t('Import from Word') });
  if (!kind) return undefined;
  return vscode.window.showOpenDialog({
    canSelectFiles: !kind.folders,
    canSelectFolders: kind.folders,
    canSelectMany: !kind.folders,
    ...(kind.folders ? {} : { filters: { [t('Word and text files')]: EXTENSIONS } }),
    openLabel: t('Import'),
    title: t('Import from Word'),
  });
}

/** Where the results go: beside each source, or a folder the writer picks; undefined if they cancel. */
async function pickDestination(t: Translate): Promise<{ outDir?: string } | undefined> {
  const beside = { label: t('Beside each file'), outDir: undefined as string | undefined };
  const choose = { label: t('Choose a folder…'), outDir: '' };
  const picked = await vscode.window.showQuickPick([beside, choose], { title: t('Where should NAME.speech.md be written?') });
  if (!picked) return undefined;
  if (picked === beside) return {};
  const folder = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: t('Write Here') });
  return folder?.[0] && { outDir: folder[0].fsPath };
}

export function registerImportCommand(client: () => LanguageClient | undefined, t: Translate): vscode.Disposable {
  const log = vscode.window.createOutputChannel(t('Speech Writer Import'));
  const command = vscode.commands.registerCommand('speech.importWord', async (uri?: vscode.Uri, selected?: vscode.Uri[]) => {
    const language = client();
    const picked = (await pickSources(uri, selected, t))?.filter((s) => s.scheme === 'file');
    if (!language || !picked?.length) return;
    const destination = await pickDestination(t);
    if (!destination) return;
    const list = await language.sendRequest<ImportListResult>(IMPORT_LIST_REQUEST, { paths: picked.map((p) => p.fsPath) } satisfies ImportListParams);
    const results: ImportFileResult[] = [];
    const send = (source: string, overwrite: boolean) => language.sendRequest<ImportFileResult>(IMPORT_FILE_REQUEST, { source, overwrite, ...destination } satisfies ImportFileParams);
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: t('Importing from Word'), cancellable: true }, async (progress, token) => {
      for (const source of list.sources) {
        if (token.isCancellationRequested) break;
        progress.report({ message: nameOf(source), increment: 100 / list.sources.length });
        results.push(await send(source, false));
      }
    });
    // Existing results are replaced only when the writer says so, once for all of them; never one this
    // batch just wrote from another file of the same name (a.docx and a.doc).
    const writtenNow = new Set(results.filter((r) => r.status === 'imported').map((r) => r.output));
    const existing = results.filter((r) => r.status === 'exists' && !writtenNow.has(r.output));
    if (existing.length) {
      const replace = t('Replace');
      const detail = existing.slice(0, 8).map((r) => r.output).join('\n');
      const answer = await vscode.window.showWarningMessage(t('{0} files already exist. Replace them?', existing.length), { modal: true, detail }, replace);
      if (answer === replace) for (const r of existing) results[results.indexOf(r)] = await send(r.source, true);
    }
    const imported = results.filter((r) => r.status === 'imported');
    const failed = results.filter((r) => r.status === 'failed');
    const skipped = results.filter((r) => r.status === 'exists');
    log.clear();
    for (const r of results) {
      log.appendLine(`${r.status === 'imported' ? '✓' : r.status === 'exists' ? '–' : '✗'} ${r.source}${r.status === 'imported' ? ` → ${r.output}` : r.status === 'exists' ? `: ${t('skipped, {0} exists', r.output)}` : `: ${r.message}`}`);
      for (const warning of r.warnings) log.appendLine(`    ${warning}`);
    }
    for (const p of list.problems) log.appendLine(`✗ ${p.path}: ${p.message}`);
    // One file: open it, and show a warning it came with (numbering not recovered) or why it failed.
    if (results.length === 1 && !list.problems.length) {
      const [only] = results;
      if (only.status === 'imported') {
        await vscode.window.showTextDocument(vscode.Uri.file(only.output));
        if (only.warnings.length) void vscode.window.showWarningMessage(only.warnings.join('\n'));
      } else if (only.status === 'failed') void vscode.window.showErrorMessage(t('{0} was not imported: {1}', nameOf(only.source), only.message ?? ''));
      return;
    }
    const details = t('Show Details');
    const summary = t('Imported {0}, skipped {1}, failed {2}.', imported.length, skipped.length, failed.length + list.problems.length);
    const show = failed.length || list.problems.length ? vscode.window.showWarningMessage(summary, details) : vscode.window.showInformationMessage(summary, details);
    if ((await show) === details) log.show();
  });
  return vscode.Disposable.from(command, log);
}
