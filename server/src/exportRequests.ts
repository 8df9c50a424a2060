// speech/export on the server: a speech (open in the editor, or a file on disk) checked and written as
// .docx by the export layer, which is loaded on the first export only.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { loadExport } from './layers';
import type { Logged } from './logged';
import type { ModelCache } from './modelCache';
import { EXPORT_REQUEST, type ExportParams, type ExportResult } from './protocol';
import { getDiagnostics, parse, resolvePreset, type CheckOptions, type ExportConfig, type SpeechDiagnostic, type SpeechModel } from './service';

export interface ExportDependencies {
  documents: TextDocuments<TextDocument>;
  models: ModelCache;
  /** The open document's diagnostics at their places. */
  diagnosticsOf(uri: string): SpeechDiagnostic[];
  checkOptionsFor(uri: string): CheckOptions;
  /** The `"export"` configurations that apply to a document, later ones winning. */
  exportConfigs(uri: string): ExportConfig[];
  speakingRate(): number;
  /** Resolves once the first settings are in. */
  ready(): Promise<void>;
  logged: Logged;
}

export function registerExport(connection: Connection, deps: ExportDependencies): void {
  /** The model and diagnostics of a document: the editor's version if open, else the file on disk. */
  const speechOf = (uri: string): { model: SpeechModel; diagnostics: SpeechDiagnostic[] } => {
    const document = deps.documents.get(uri);
    if (document) return { model: deps.models.get(document), diagnostics: deps.diagnosticsOf(uri) };
    const model = parse(readFileSync(fileURLToPath(uri), 'utf8'));
    return { model, diagnostics: getDiagnostics(model, deps.checkOptionsFor(uri)) };
  };

  connection.onRequest(EXPORT_REQUEST, deps.logged(EXPORT_REQUEST, async ({ textDocument, target, preset, force }: ExportParams): Promise<ExportResult> => {
    await deps.ready();
    try {
      const { model, diagnostics } = speechOf(textDocument.uri);
      const { describeWriteError, exportProblems, speechToDocx, writeFileWhole } = await loadExport();
      const problems = exportProblems(diagnostics).map((d) => ({ line: model.lines.lineAt(d.start) + 1, severity: d.severity, code: d.code, message: d.message }));
      if (problems.length && !force) return { written: false, problems };
      const bytes = await speechToDocx(model, resolvePreset(deps.exportConfigs(textDocument.uri), preset), { speakingRate: deps.speakingRate(), title: model.speeches[0]?.title?.text });
      try {
        writeFileWhole(target, bytes);
      } catch (error) {
        return { written: false, problems, error: describeWriteError(error) };
      }
      return { written: true, problems };
    } catch (error) {
      return { written: false, problems: [], error: (error as Error).message };
    }
  }));
}
