// repeated-word: a mark, function word or short word typed twice (，，, 。。, 的的, 我们我们), never
// legitimate reduplication (常常, 研究研究, 的的确确, 不了了之, ……, ——).
import repeatData from '../data/repeats.json';
import type { SpeechModel } from '../model';
import { textSegments } from './segments';
import { replaceFix, type Check, type Finding } from './types';
import { WordTable } from './wordTable';

export const repeatedWordCheck: Check = { rules: ['repeated-word'], find: findRepeatedWords };

interface Doubled {
  /** Characters before the pair that make it legitimate (目的的: 目的 then 的). */
  notAfter?: string;
  /** Characters after the pair that make it legitimate (的的确: 的 then 的确). */
  notBefore?: string;
}

/** A mark typed twice or more. */
const DOUBLED_MARK = new RegExp(`([${repeatData.marks}])\\1+`, 'g');
const WORDS = new WordTable<Doubled>([
  ...repeatData.words.map((w) => [w, {}] as const),
  ...repeatData.characters.map((c) => [c.character, c as Doubled] as const),
]);

function findRepeatedWords(model: SpeechModel): Finding[] {
  const text = model.text;
  const found: Finding[] = [];
  const report = (start: number, end: number, what: string) =>
    found.push({ code: 'repeated-word', start, end, message: `“${what}”重复：多打了一个`, fixes: [replaceFix(text, start, end, '', true, `删除重复的“${what}”`)] });
  for (const { start: from, end: to } of textSegments(model)) {
    for (const m of text.slice(from, to).matchAll(DOUBLED_MARK)) report(from + m.index! + 1, from + m.index! + m[0].length, m[1]);
    WORDS.find(text, from, to, (start, word, doubled) => {
      const copy = start + word.length;
      if (!text.startsWith(word, copy) || copy + word.length > to || !isMistake(text, start, copy + word.length, word, doubled, from, to)) return false;
      report(copy, copy + word.length, word);
      return true;
    });
  }
  return found;
}

function isMistake(text: string, start: number, end: number, word: string, doubled: Doubled, from: number, to: number): boolean {
  const before = start > from ? text[start - 1] : undefined;
  const after = end < to ? text[end] : undefined;
  // Part of a longer run: reduplication, not a slip. AABB words (的的确确, 实实在在, 是是非非, 和和美美) are each
  // character's exceptions in the data: a pair next to any other pair is a slip (潜能也也远远, 天天要要洗脸).
  if (before === word[word.length - 1] || after === word[0]) return false;
  if (doubled.notAfter && before !== undefined && doubled.notAfter.includes(before)) return false;
  if (doubled.notBefore && after !== undefined && doubled.notBefore.includes(after)) return false;
  return true;
}
