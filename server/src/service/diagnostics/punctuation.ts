// halfwidth-punctuation: half-width , ; : ! ? ( ) in Chinese text (GB/T 15834).
import type { SpeechModel } from '../model';
import { charAt, charBefore, isChinese, isChineseAt, nextNonSpace, previousNonSpace, textSegments } from './segments';
import { replaceFix, type Check, type Finding } from './types';

export const halfwidthCheck: Check = { rules: ['halfwidth-punctuation'], find: findHalfwidthPunctuation };

const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）' };
const DIGIT = /[0-9]/;
const CANDIDATE = /[,;:!?()]/g;
/** What may stand between a mark and the Chinese text it belongs to: `第 X;1 般`, `敬意!?`. */
const BRIDGE = /[A-Za-z0-9%％ \t,;:!?]/;
const MAX_BRIDGE = 8;
/** A ? right after one of these or right before one of these ends no question: a character lost in conversion. */
const BEFORE_LOST = /[、，；：。（“]/;
const AFTER_LOST = /[、，；：。]/;

function findHalfwidthPunctuation(model: SpeechModel): Finding[] {
  const text = model.text;
  const found: Finding[] = [];
  const single = (at: number) => {
    const mark = text[at];
    // A full-width mark carries its own spacing: spaces between it and Chinese (`问责 ?`, `问题 , 也是`) go with it.
    let from = at;
    while (text[from - 1] === ' ' || text[from - 1] === '\t') from--;
    if (!isChinese(charBefore(text, from))) from = at;
    let to = at + 1;
    while (text[to] === ' ' || text[to] === '\t') to++;
    if (!isChinese(charAt(text, to))) to = at + 1;
    const title = `改为全角“${FULL_WIDTH[mark]}”${from < at || to > at + 1 ? '，去掉空格' : ''}`;
    found.push({
      code: 'halfwidth-punctuation',
      start: at,
      end: at + 1,
      message: `中文中应使用全角标点：半角“${mark}”应为“${FULL_WIDTH[mark]}”`,
      fixes: [replaceFix(text, from, to, FULL_WIDTH[mark], true, title)],
    });
  };
  // 洞庭湖区…二期、?水灌区: a character the source could not encode; a full-width ？ would hide it.
  const lost = (at: number) =>
    found.push({ code: 'halfwidth-punctuation', start: at, end: at + 1, message: '这里的半角“?”不是问号：可能是转换时丢失的字，请核对原文', fixes: [] });
  // One pass over the text; each mark is read within its segment (a line without code or URLs).
  const segments = textSegments(model);
  let segment = 0;
  let open: number[] = [];
  let counts: Int32Array | undefined;
  const closeSegment = (from: number, to: number) => {
    for (const o of open) if (text[o - 1] !== ']' && (isChinese(previousNonSpace(text, o, from)) || isChinese(nextNonSpace(text, o + 1, to)))) single(o);
    open = [];
    counts = undefined;
  };
  // From the first segment to the last: a model of one speech of a long document checks that speech only.
  const last = segments.length ? segments[segments.length - 1].end : 0;
  CANDIDATE.lastIndex = segments.length ? segments[0].start : 0;
  for (let m = CANDIDATE.exec(text); m && m.index < last; m = CANDIDATE.exec(text)) {
    const i = m.index;
    while (segment < segments.length && segments[segment].end <= i) closeSegment(segments[segment].start, segments[segment++].end);
    if (segment >= segments.length) break;
    const { start: from, end: to } = segments[segment];
    if (i < from) continue;
    const ch = m[0];
    if (ch === '(') {
      open.push(i);
    } else if (ch === ')') {
      const o = open.pop();
      if (o === undefined) {
        if (isChinese(previousNonSpace(text, i, from)) || isChinese(nextNonSpace(text, i + 1, to))) single(i);
      } else if (text[o - 1] !== ']' && bracketIsChinese(text, o, i, from, to, () => (counts ??= countChinese(text, from, to)))) {
        found.push({
          code: 'halfwidth-punctuation',
          start: o,
          end: i + 1,
          message: '中文中应使用全角括号：半角“()”应为“（）”',
          fixes: [{ title: '改为全角“（）”', edits: [{ start: o, end: o + 1, newText: '（' }, { start: i, end: i + 1, newText: '）' }], preferred: true, safe: true }],
        });
      }
    } else if (inChineseText(text, i, from, to)) {
      if (ch === '?' && (BEFORE_LOST.test(text[i - 1] ?? '') || AFTER_LOST.test(text[i + 1] ?? ''))) lost(i);
      else single(i);
    }
  }
  if (segment < segments.length) closeSegment(segments[segment].start, segments[segment].end);
  return found; // checkAll puts the findings of every check in order
}

/**
 * Whether a bracket pair stands in Chinese text: Chinese inside or right outside it. `chineseBefore`
 * counts Chinese characters before each offset of the segment, so nested pairs cost nothing extra.
 */
function bracketIsChinese(text: string, open: number, close: number, from: number, to: number, chineseBefore: () => Int32Array): boolean {
  const counts = chineseBefore();
  if (counts[close - from] - counts[open + 1 - from] > 0) return true;
  return isChinese(previousNonSpace(text, open, from)) || isChinese(nextNonSpace(text, close + 1, to));
}

function countChinese(text: string, from: number, to: number): Int32Array {
  const counts = new Int32Array(to - from + 1);
  for (let i = from; i < to; i++) counts[i - from + 1] = counts[i - from] + (isChineseAt(text, i) ? 1 : 0);
  return counts;
}

function inChineseText(text: string, at: number, from: number, to: number): boolean {
  const left = previousNonSpace(text, at, from);
  const right = nextNonSpace(text, at + 1, to);
  if (left && right && DIGIT.test(left) && DIGIT.test(right)) return false; // 1,000  10:30  1 : 1
  if (isChinese(charBefore(text, at)) || isChinese(charAt(text, at + 1))) return true;
  let l = at - 1;
  while (l >= from && at - l <= MAX_BRIDGE && BRIDGE.test(text[l])) l--;
  let r = at + 1;
  while (r < to && r - at <= MAX_BRIDGE && BRIDGE.test(text[r])) r++;
  return l >= from && isChinese(charBefore(text, l + 1)) && (r >= to || isChinese(charAt(text, r)));
}
