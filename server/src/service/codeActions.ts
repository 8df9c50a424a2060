// Code actions: a quick fix for each fixable diagnostic, "fix all" for half-width punctuation,
// and source.fixAll.speech with every safe fix.
import type { SpeechDiagnostic, TextEdit } from './diagnostics/types';
import { mergeEdits } from './edits';
import type { Span } from './model';

export const FIX_ALL_KIND = 'source.fixAll.speech';

export interface SpeechCodeAction {
  title: string;
  kind: 'quickfix' | typeof FIX_ALL_KIND;
  diagnostics: SpeechDiagnostic[];
  edits: TextEdit[];
  isPreferred?: boolean;
}

/** Every safe fix of the document, merged into one set of edits. */
export function fixAllEdits(diagnostics: SpeechDiagnostic[]): TextEdit[] {
  return mergeEdits(diagnostics.flatMap((d) => d.fixes.filter((f) => f.safe && f.preferred).map((f) => f.edits)));
}

/**
 * The actions for a range. `only` restricts the kinds as LSP's CodeActionContext.only does: a
 * requested kind matches itself and its sub-kinds (`source` matches `source.fixAll.speech`).
 */
export function getCodeActions(diagnostics: SpeechDiagnostic[], range: Span, only?: string[]): SpeechCodeAction[] {
  const wants = (kind: string) => !only?.length || only.some((o) => kind === o || kind.startsWith(o + '.'));
  const actions: SpeechCodeAction[] = [];
  if (wants('quickfix')) {
    const here = diagnostics.filter((d) => d.start <= range.end && range.start <= d.end);
    for (const diagnostic of here) {
      for (const fix of diagnostic.fixes) {
        actions.push({ title: fix.title, kind: 'quickfix', diagnostics: [diagnostic], edits: fix.edits, isPreferred: fix.preferred });
      }
    }
    const halfwidth = diagnostics.filter((d) => d.code === 'halfwidth-punctuation');
    if (here.some((d) => d.code === 'halfwidth-punctuation') && halfwidth.length > 1) {
      actions.push({ title: `全文半角标点改为全角（${halfwidth.length}处）`, kind: 'quickfix', diagnostics: halfwidth, edits: fixAllEdits(halfwidth) });
    }
  }
  // Source actions only when asked for (Source Action menu, codeActionsOnSave), as VS Code expects.
  if (only?.length && wants(FIX_ALL_KIND)) {
    const fixable = diagnostics.filter((d) => d.fixes.some((f) => f.safe && f.preferred));
    if (fixable.length) actions.push({ title: '修正全部可自动修正的问题', kind: FIX_ALL_KIND, diagnostics: fixable, edits: fixAllEdits(fixable) });
  }
  return actions;
}
