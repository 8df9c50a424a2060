// 讲话稿：导出为 Word — the command on the editor title, the palette and the explorer (several files at
// once). The server checks and writes; here the writer is asked where, whether to replace, and what to
// do about problems left, and then offered the file or its folder.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EXPORT_REQUEST, type ExportParams, type ExportResult } from '../../server/src/protocol';
import type { Translate } from './presentation';

/** `NAME.docx` beside `NAME.speech.md`. */
const besideSource = (source: vscode.Uri) => vscode.Uri.joinPath(source, '..', `${source.path.split('/').pop()!.replace(/(\.speech)?\.md$/i, '')}.docx`);

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Where to write each source's document: beside it, or asked per file (speech.export.location). */
async function targetFor(source: vscode.Uri, t: Translate): Promise<vscode.Uri | undefined> {
  const beside = besideSource(source);
  if (vscode.workspace.getConfiguration('speech.export', source).get('location') === 'ask') {
    return vscode.window.showSaveDialog({ defaultUri: beside, filters: { 'Word': ['docx'] }, title: t('Export {0} to Word', source.path.split('/').pop()!) });
  }
  if (!(await exists(beside))) return beside;
  const replace = t('Replace');
  const answer = await vscode.window.showWarningMessage(t('{0} already exists. Replace it?', beside.path.split('/').pop()!), { modal: true }, replace);
  return answer === replace ? beside : undefined;
}

/** The `.speech.md` files the command is for: the explorer's selection, the given file, or the active editor's. */
function sourcesOf(uri: vscode.Uri | undefined, selected: vscode.Uri[] | undefined): vscode.Uri[] {
  // A selection in the explorer may hold folders and other files: only the speeches are exported.
  if (Array.isArray(selected) && selected.length) return selected.filter((u) => u.path.endsWith('.speech.md'));
  if (uri) return [uri];
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === 'speech' ? [document.uri] : [];
}

export function registerExportCommand(client: () => LanguageClient | undefined, t: Translate): vscode.Disposable {
  return vscode.commands.registerCommand('speech.exportDocx', async (uri?: vscode.Uri, selected?: vscode.Uri[]) => {
    const language = client();
    const sources = sourcesOf(uri, selected).filter((s) => s.scheme === 'file');
    if (!language || !sources.length) {
      void vscode.window.showInformationMessage(t('Open or select a .speech.md file to export.'));
      return;
    }
    const jobs: { source: vscode.Uri; target: vscode.Uri }[] = [];
    for (const source of sources) {
      const target = await targetFor(source, t);
      if (target) jobs.push({ source, target });
    }
    const written: vscode.Uri[] = [];
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: t('Exporting to Word'), cancellable: false }, async (progress) => {
      for (const { source, target } of jobs) {
        const name = source.path.split('/').pop()!;
        progress.report({ message: name, increment: 100 / jobs.length });
        const send = (force: boolean) => language.sendRequest<ExportResult>(EXPORT_REQUEST, { textDocument: { uri: source.toString() }, target: target.fsPath, force } satisfies ExportParams);
        let result = await send(false);
        if (!result.written && result.problems.length) {
          const view = t('Show Problems');
          const anyway = t('Export Anyway');
          const answer = await vscode.window.showWarningMessage(t('{0}: {1} problems remain (placeholders, template residue, numbering).', name, result.problems.length), { modal: true, detail: result.problems.slice(0, 5).map((p) => `${p.line}: ${p.message}`).join('\n') }, view, anyway);
          if (answer === view) {
            await vscode.window.showTextDocument(source);
            await vscode.commands.executeCommand('workbench.actions.view.problems');
            continue;
          }
          if (answer !== anyway) continue;
          result = await send(true);
        }
        if (result.written) written.push(target);
        else if (result.error) void vscode.window.showErrorMessage(t('{0} was not exported: {1}', name, result.error));
      }
    });
    if (!written.length) return;
    const open = t('Open File');
    const reveal = t('Open Containing Folder');
    const message = written.length === 1 ? t('Exported {0}', written[0].fsPath) : t('Exported {0} Word documents', written.length);
    const answer = await vscode.window.showInformationMessage(message, open, reveal);
    if (answer === open) for (const file of written) await vscode.env.openExternal(file);
    if (answer === reveal) await vscode.commands.executeCommand('revealFileInOS', written[0]);
  });
}
