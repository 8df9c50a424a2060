// term: the office's own required forms from .speechrc.json ("terms": [{ "wrong", "right", "note" }]):
// literal words through one word table, regular expressions compiled by compileUserPattern.
import type { CheckOptions, CheckTerm } from '../config';
import type { SpeechModel } from '../model';
import { USER_PATTERN_MAX_INPUT } from '../userPattern';
import { textSegments } from './segments';
import { replaceFix, type Check, type Finding } from './types';
import { insideWord, WordTable } from './wordTable';

export const termCheck: Check = { rules: ['term'], find: findTerms };

/** The literal terms of a configuration in one table, made once per configuration. */
const tables = new WeakMap<CheckOptions, WordTable<CheckTerm>>();

function findTerms(model: SpeechModel, options: CheckOptions): Finding[] {
  if (!options.terms.length) return [];
  let table = tables.get(options);
  if (!table) tables.set(options, (table = new WordTable(options.terms.filter((t) => !t.pattern).map((t) => [t.wrong, t] as const))));
  const patterns = options.terms.filter((t) => t.pattern);
  const text = model.text;
  const found: Finding[] = [];
  const report = (start: number, end: number, term: CheckTerm) => {
    // Inside the right form itself (wrong 十九大, right 党的十九大): nothing to fix.
    if (start === end || insideWord(text, start, end, term.right)) return;
    const written = text.slice(start, end);
    found.push({
      code: 'term',
      start,
      end,
      message: `本单位用语：“${written}”应为“${term.right}”${term.note ? `（${term.note}）` : ''}`,
      fixes: [replaceFix(text, start, end, term.right, !term.pattern)],
    });
  };
  for (const { start: from, end: to } of textSegments(model)) {
    if (table.size) table.find(text, from, to, (start, word, term) => report(start, start + word.length, term));
    if (!patterns.length || to - from > USER_PATTERN_MAX_INPUT) continue;
    const segment = text.slice(from, to);
    for (const term of patterns) for (const m of segment.matchAll(term.pattern!)) report(from + m.index!, from + m.index! + m[0].length, term);
  }
  return found;
}
