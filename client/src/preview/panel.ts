// The preview panel: the speech as printed pages beside (or instead of) the editor, updated as the writer
// types, following the editor's scroll; a double click on a line reveals it in the editor.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PREVIEW_REQUEST, type PreviewParams, type PreviewResult } from '../../../server/src/protocol';
import type { Translate } from '../presentation';
import { makeNonce, previewHtml } from './html';
import type { PreviewOptions } from './render';

/** Quiet after the last keystroke before the pages are set again. */
const UPDATE_DELAY = 20;

type FromWebview = { type: 'ready' } | { type: 'reveal'; line: number } | { type: 'options'; options: PreviewOptions; preset: string };

export class SpeechPreview {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private options: PreviewOptions = { problems: true, times: false };
  private preset: string | undefined;
  private timer: NodeJS.Timeout | undefined;
  /**
   * One update at a time: keystrokes meanwhile ask for one more when it is done, so a long speech is not
   * asked for pages at every keystroke, and an answer for an older version never arrives after a newer one.
   */
  private updating = false;
  private again = false;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: () => LanguageClient | undefined,
    private readonly t: Translate,
  ) {
    context.subscriptions.push(
      vscode.commands.registerCommand('speech.showPreview', () => this.show(vscode.ViewColumn.Active)),
      vscode.commands.registerCommand('speech.showPreviewToSide', () => this.show(vscode.ViewColumn.Beside)),
      vscode.workspace.onDidChangeTextDocument((e) => e.document === this.document && this.schedule()),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor?.document.languageId === 'speech' && this.panel && editor.document !== this.document) {
          this.document = editor.document;
          this.schedule();
        }
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges(({ textEditor, visibleRanges }) => {
        if (textEditor.document === this.document && visibleRanges.length) void this.panel?.webview.postMessage({ type: 'reveal', line: visibleRanges[0].start.line });
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document === this.document) this.panel?.dispose();
      }),
    );
  }

  private show(column: vscode.ViewColumn): void {
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.languageId !== 'speech') return;
    this.document = editor.document;
    if (this.panel) {
      this.panel.reveal(column, true);
      this.schedule();
      return;
    }
    const root = this.context.extensionUri;
    const panel = vscode.window.createWebviewPanel('speech.preview', this.title(), { viewColumn: column, preserveFocus: column === vscode.ViewColumn.Beside }, {
      enableScripts: true,
      retainContextWhenHidden: true,
      // Only the extension's own bundle and stylesheet.
      localResourceRoots: [vscode.Uri.joinPath(root, 'dist'), vscode.Uri.joinPath(root, 'client/media')],
    });
    this.panel = panel;
    panel.iconPath = vscode.Uri.joinPath(root, 'images/file-icon.png');
    panel.webview.html = previewHtml({
      cspSource: panel.webview.cspSource,
      nonce: makeNonce(),
      scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(root, 'dist/preview.js')).toString(),
      styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(root, 'client/media/preview.css')).toString(),
      lang: 'zh-CN',
    });
    panel.webview.onDidReceiveMessage((message: FromWebview) => this.receive(message));
    panel.onDidDispose(() => {
      this.panel = undefined;
      clearTimeout(this.timer);
    });
  }

  private title(): string {
    const name = this.document ? this.document.uri.path.split('/').pop() : '';
    return this.t('Preview {0}', name ?? '');
  }

  private receive(message: FromWebview): void {
    if (message.type === 'ready') return this.schedule(0);
    if (message.type === 'options') {
      this.options = message.options;
      this.preset = message.preset;
      return this.schedule(0);
    }
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === this.document);
    if (!editor) return;
    const position = new vscode.Position(message.line, 0);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
    void vscode.window.showTextDocument(editor.document, editor.viewColumn);
  }

  private schedule(delay = UPDATE_DELAY): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.updateOnce(), delay);
  }

  private async updateOnce(): Promise<void> {
    if (this.updating) {
      this.again = true;
      return;
    }
    this.updating = true;
    try {
      await this.update();
    } finally {
      this.updating = false;
      if (this.again) {
        this.again = false;
        this.schedule(0);
      }
    }
  }

  private async update(): Promise<void> {
    const client = this.client();
    const document = this.document;
    if (!client || !document || !this.panel) return;
    const params: PreviewParams = { textDocument: { uri: document.uri.toString() }, preset: this.preset };
    const result = await client.sendRequest<PreviewResult | null>(PREVIEW_REQUEST, params).catch(() => null);
    if (!result || !this.panel || document !== this.document) return;
    this.panel.title = this.title();
    const labels = { problems: this.t('Problems'), times: this.t('Speaking time'), preset: this.t('Preset'), zoom: this.t('Zoom'), fitWidth: this.t('Fit width'), count: this.t('{0} pages') };
    await this.panel.webview.postMessage({ type: 'update', result, options: this.options, labels });
  }
}
