// wrong-word: words wrong in every context (再接再励, 迫不急待), from a curated list, and words wrong
// before a time point (截止2025年底 → 截至).
import wrongWordData from '../data/wrongWords.json';
import type { SpeechModel } from '../model';
import { textSegments } from './segments';
import { replaceFix, type Check, type Finding } from './types';
import { WordTable } from './wordTable';

export const wrongWordCheck: Check = { rules: ['wrong-word'], find: findWrongWords };

interface WrongWord {
  right: string;
  reason: string;
  /** The word is wrong only when the text after it matches (截止 before a date). */
  next?: RegExp;
}

const TABLE = new WordTable<WrongWord>([
  ...wrongWordData.words.map(([wrong, right, reason]) => [wrong, { right, reason }] as const),
  ...wrongWordData.contexts.map((c) => [c.wrong, { right: c.right, reason: c.reason, next: new RegExp(c.next, 'u') }] as const),
]);
/** How far after a word its context is read. */
const CONTEXT_REACH = 8;

function findWrongWords(model: SpeechModel): Finding[] {
  const text = model.text;
  const found: Finding[] = [];
  for (const { start: from, end: to } of textSegments(model)) {
    TABLE.find(text, from, to, (start, wrong, { right, reason, next }) => {
      const end = start + wrong.length;
      if (next && !next.test(text.slice(end, Math.min(to, end + CONTEXT_REACH)))) return;
      found.push({
        code: 'wrong-word',
        start,
        end,
        message: `“${wrong}”应为“${right}”：${reason}`,
        fixes: [replaceFix(text, start, end, right, !next)],
      });
    });
  }
  return found;
}
