// Code actions: a quick fix for each fixable diagnostic, "fix all in the document" for the rules that
// ask for it (rules.ts), and source.fixAll.speech with every safe fix, repeated until nothing is left.
import type { CheckOptions } from './config';
import { getDiagnostics } from './diagnostics';
import { ruleOf } from './diagnostics/rules';
import type { SpeechDiagnostic, TextEdit } from './diagnostics/types';
import { editsToFixedPoint, mergeEdits } from './edits';
import type { Span, SpeechModel } from './model';
import { parse } from './parse';

export const FIX_ALL_KIND = 'source.fixAll.speech';

export interface SpeechCodeAction {
  title: string;
  kind: 'quickfix' | typeof FIX_ALL_KIND;
  diagnostics: SpeechDiagnostic[];
  edits: TextEdit[];
  isPreferred?: boolean;
}

/** Every safe fix of the diagnostics, merged into one set of edits (one round: see fixAllToFixedPoint). */
export function fixAllEdits(diagnostics: SpeechDiagnostic[]): TextEdit[] {
  return mergeEdits(diagnostics.flatMap((d) => d.fixes.filter((f) => f.safe && f.preferred).map((f) => f.edits)));
}

/**
 * Every safe fix, again on the fixed text until no safe fix is left (one fix can uncover the next: the
 * second half-width mark of a pair, an item that renumbers after the one before it), as one set of edits
 * on the model's text: applying them once leaves nothing for fix-all to do.
 */
export function fixAllToFixedPoint(model: SpeechModel, options: CheckOptions, diagnostics = getDiagnostics(model, options)): TextEdit[] {
  return editsToFixedPoint(model, (current, round) => fixAllEdits(round ? getDiagnostics(current, options) : diagnostics), parse);
}

/**
 * The actions for a range. `only` restricts the kinds as LSP's CodeActionContext.only does: a
 * requested kind matches itself and its sub-kinds (`source` matches `source.fixAll.speech`).
 * `fixAll` gives the edits of source.fixAll.speech, asked for only when that kind is wanted.
 */
export function getCodeActions(diagnostics: SpeechDiagnostic[], range: Span, only?: string[], fixAll: () => TextEdit[] = () => fixAllEdits(diagnostics)): SpeechCodeAction[] {
  const wants = (kind: string) => !only?.length || only.some((o) => kind === o || kind.startsWith(o + '.'));
  const actions: SpeechCodeAction[] = [];
  if (wants('quickfix')) {
    const here = diagnostics.filter((d) => d.start <= range.end && range.start <= d.end);
    // Fixes that share their edits (one renumbering for a whole sequence) are one action for all their diagnostics.
    const byEdits = new Map<TextEdit[], SpeechCodeAction>();
    for (const diagnostic of here) {
      for (const fix of diagnostic.fixes) {
        const same = byEdits.get(fix.edits);
        if (same) {
          same.diagnostics.push(diagnostic);
          continue;
        }
        const action: SpeechCodeAction = { title: fix.title, kind: 'quickfix', diagnostics: [diagnostic], edits: fix.edits, isPreferred: fix.preferred };
        byEdits.set(fix.edits, action);
        actions.push(action);
      }
    }
    for (const code of new Set(here.map((d) => d.code))) {
      const title = ruleOf(code).fixAllInDocument;
      const all = title ? diagnostics.filter((d) => d.code === code) : [];
      if (all.length > 1) actions.push({ title: `${title}（${all.length}处）`, kind: 'quickfix', diagnostics: all, edits: fixAllEdits(all) });
    }
  }
  // Source actions only when asked for (Source Action menu, codeActionsOnSave), as VS Code expects.
  if (only?.length && wants(FIX_ALL_KIND)) {
    const fixable = diagnostics.filter((d) => d.fixes.some((f) => f.safe && f.preferred));
    if (fixable.length) actions.push({ title: '修正全部可自动修正的问题', kind: FIX_ALL_KIND, diagnostics: fixable, edits: fixAll() });
  }
  return actions;
}
