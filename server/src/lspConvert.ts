// Offsets of the service to LSP positions: diagnostics (with their rule's documentation) and edits.
import { DiagnosticSeverity, type Diagnostic, type TextEdit as LspTextEdit } from 'vscode-languageserver/node';
import { pathToFileURL } from 'node:url';
import { ruleAnchor, type DiagnosticGroup, type SpeechDiagnostic, type SpeechModel, type TextEdit } from './service';

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint };

/** Each rule's section of docs/rules.md in the extension's folder (dist/server.js is in it), made once per code. */
const ruleDocs = new Map<string, { href: string }>();
const ruleDoc = (code: SpeechDiagnostic['code']) => ruleDocs.get(code) ?? ruleDocs.set(code, { href: new URL(ruleAnchor(code), pathToFileURL(`${__dirname}/../`)).href }).get(code)!;

/** A span of the model's offsets as an LSP range, moved `by`. */
const lspRange = (model: SpeechModel, span: { start: number; end: number }, by = 0) => ({ start: model.lines.positionAt(span.start + by), end: model.lines.positionAt(span.end + by) });

/** `d` as LSP has it, moved `by` (see DiagnosticGroup). */
export function toLsp(uri: string, model: SpeechModel, d: SpeechDiagnostic, by = 0): Diagnostic {
  const range = (span: { start: number; end: number }) => lspRange(model, span, by);
  return {
    range: range(d),
    severity: SEVERITY[d.severity],
    source: 'speech',
    code: d.code,
    codeDescription: ruleDoc(d.code),
    message: d.message,
    relatedInformation: d.related.length ? d.related.map((r) => ({ location: { uri, range: range(r) }, message: r.message })) : undefined,
  };
}

export const toLspEdit = (model: SpeechModel, e: TextEdit): LspTextEdit => ({ range: lspRange(model, e), newText: e.newText });
export const toLspEdits = (model: SpeechModel, edits: TextEdit[]): LspTextEdit[] => edits.map((e) => toLspEdit(model, e));

/** At most `max` diagnostics as LSP sends them, errors first, each severity in document order: thousands help nobody. */
export function mostImportant(uri: string, model: SpeechModel, groups: DiagnosticGroup[], max: number): Diagnostic[] {
  const total = groups.reduce((n, g) => n + g.diagnostics.length, 0);
  const kept: Diagnostic[] = [];
  // The diagnostics are in document order already: one pass per severity, no sort.
  for (const severity of total <= max ? [undefined] : (['error', 'warning', 'information', 'hint'] as const)) {
    for (const { by, diagnostics } of groups) {
      for (const d of diagnostics) {
        if (kept.length >= max) return kept;
        if (severity === undefined || d.severity === severity) kept.push(toLsp(uri, model, d, by));
      }
    }
  }
  return kept;
}
