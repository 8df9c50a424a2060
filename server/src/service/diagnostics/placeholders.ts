// placeholder: template placeholders left in the text (domain.md, "Placeholders").
import lexicon from '../data/lexicon.json';
import type { SpeechModel } from '../model';
import { ARABIC_DIGITS, CHINESE_DIGITS, CHINESE_ZEROS } from '../numerals';
import { charAt, charBefore, isChinese, nextNonSpace, previousNonSpace, textSegments } from './segments';
import type { Check, Finding } from './types';

export const placeholderCheck: Check = {
  rules: ['placeholder'],
  find: (model, options) => findPlaceholders(model, { extraPatterns: options.extraPlaceholders, notPlaceholders: options.notPlaceholders }),
};

export interface PlaceholderOptions {
  /** Extra placeholder patterns (regular expressions) from .speechrc.json. */
  extraPatterns: RegExp[];
  /** Words that contain a placeholder-like run but are real (X光片, 某某公司 in a quotation). */
  notPlaceholders: string[];
}

const CANDIDATES = new RegExp(
  [
    '[XxＸｘ]+',
    '×+',
    '\\*{2,}|＊+',
    '_{2,}|＿+',
    '[○〇◯]{2,}',
    '某{2,}',
    '[【\\[]\\s*(?:待补充|待定|待完善|待核实|待确认|待填写|待补|此处[^】\\]\\n]{0,30})\\s*[】\\]]',
    '[（(]此处[^）)\\n]{0,30}[）)]',
    // A blank of our snippets and phrases left unfilled (〔会议名称〕); not 〔2024〕 in a document number.
    '〔\\p{Script=Han}{1,16}〕',
    'TODO|TBD|FIXME',
    '……|…|\\.{3,}',
  ].join('|'),
  'gu',
);

const LATIN = /[A-Za-z]/;
const SURNAMES = new Set(lexicon.surnames);
const DIGIT = new RegExp(`[${ARABIC_DIGITS}]`);
const CN_DIGIT = new RegExp(`[${CHINESE_DIGITS}${CHINESE_ZEROS}]`);
const CN_NUMERALS_ONLY = /^〔[一二三四五六七八九十〇零]+〕$/;
const X_WORDS = /^\s*(?:光|射线|线|型|染色体)/;

export function findPlaceholders(model: SpeechModel, options: PlaceholderOptions): Finding[] {
  const text = model.text;
  const found: Finding[] = [];
  const add = (start: number, end: number) => {
    if (isRealWord(text, start, end, options.notPlaceholders)) return;
    const placeholder = text.slice(start, end);
    found.push({ code: 'placeholder', start, end, message: `占位符“${placeholder}”未替换：请填入实际内容` });
  };
  for (const { start: from, end: to } of textSegments(model)) {
    const segment = text.slice(from, to);
    const isRule = /^[\s*_-]{3,}$/.test(segment);
    let emphasis: Set<number> | undefined;
    const context: SegmentContext = { from, to, isRule, emphasis: () => (emphasis ??= emphasisDelimiters(segment, from)) };
    for (const m of segment.matchAll(CANDIDATES)) {
      const start = from + m.index!;
      const end = start + m[0].length;
      if (isPlaceholder(text, m[0], start, end, context)) add(start, end);
    }
    for (const pattern of options.extraPatterns) {
      for (const m of segment.matchAll(pattern)) if (m[0]) add(from + m.index!, from + m.index! + m[0].length);
    }
  }
  // Extra patterns may find what the built-in forms found too: one diagnostic per place.
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.start - b.start)
    .filter((f) => {
      const key = `${f.start}:${f.end}`;
      return !seen.has(key) && (seen.add(key), true);
    });
}

interface SegmentContext {
  from: number;
  to: number;
  /** A Markdown rule line (*** or ___). */
  isRule: boolean;
  /** Offsets of the ** / __ that open or close emphasis in the segment, found once when first needed. */
  emphasis: () => Set<number>;
}

function isPlaceholder(text: string, run: string, start: number, end: number, { from, to, isRule, emphasis }: SegmentContext): boolean {
  const before = charBefore(text, start);
  const after = charAt(text, end);
  const first = run[0];
  if ('XxＸｘ'.includes(first)) {
    if ((before && LATIN.test(before)) || (after && LATIN.test(after))) return false;
    if (after && /[0-9]/.test(after)) return false; // X86, X5: a model name
    if (before === '+' || before === '＋') return false; // 1+X, 双尖双领+X
    if (before && after && DIGIT.test(before) && DIGIT.test(after)) return false; // 3x4
    if (X_WORDS.test(text.slice(end, end + 4))) return false; // X光, X射线
    if (inCodeLikeQuote(text, start, end, from, to)) return false; // “415X”
    // An ASCII quote around it ("XX") is looked through to the text outside.
    const left = previousNonSpace(text, start, from);
    const right = nextNonSpace(text, end, to);
    const outside = [left === '"' || left === "'" ? previousNonSpace(text, start - 1, from) : left, right === '"' || right === "'" ? nextNonSpace(text, end + 1, to) : right];
    return outside.some((ch) => ch !== undefined && (isChinese(ch) || DIGIT.test(ch) || ch === '%' || ch === '％'));
  }
  if (first === '×') {
    const left = previousNonSpace(text, start, from);
    const right = nextNonSpace(text, end, to);
    return !(left && right && DIGIT.test(left) && DIGIT.test(right)); // 3×4, 7×24小时
  }
  if (first === '*' || first === '_') {
    if (isRule) return false;
    return !(run.length === 2 && emphasis().has(start));
  }
  if (first === '○' || first === '〇' || first === '◯') {
    return !((before && CN_DIGIT.test(before)) || (after && CN_DIGIT.test(after))); // 二〇〇五年
  }
  if (first === '…' || first === '.') {
    // An omitted list: 重大项目有：……。 (not 审批、供地、融资……每一个环节)
    const left = previousNonSpace(text, start, from);
    const right = nextNonSpace(text, end, to);
    return (left === '：' || left === ':') && (right === undefined || right === '。' || right === '；' || right === '”');
  }
  if (run === 'TODO' || run === 'TBD' || run === 'FIXME') return !(before && LATIN.test(before)) && !(after && LATIN.test(after));
  if (first === '〔') return !CN_NUMERALS_ONLY.test(run); // 〔一〕: a note's number
  if (first === '某') return !(before && SURNAMES.has(before)); // 张某某 is an anonymised name
  return true; // ××, ******, 【待补充】
}

/** `“415X”`: X inside quotes whose other characters are digits or Latin letters is part of a name. */
function inCodeLikeQuote(text: string, start: number, end: number, from: number, to: number): boolean {
  // Such names are short: look a few characters either way, never across the line.
  const reach = 16;
  let open = start - 1;
  while (open >= Math.max(from, start - reach) && /[0-9A-Za-z]/.test(text[open])) open--;
  let close = end;
  while (close < Math.min(to, end + reach) && /[0-9A-Za-z]/.test(text[close])) close++;
  if (open < from || text[open] !== '“' || close >= to || text[close] !== '”') return false;
  const inside = text.slice(open + 1, start) + text.slice(end, close);
  return inside.length > 0 && /^[0-9A-Za-z]+$/.test(inside);
}

/** `**重点**` or `__重点__`: offsets of each delimiter of a pair enclosing text on the same line. */
function emphasisDelimiters(segment: string, from: number): Set<number> {
  const delimiters = new Set<number>();
  for (const m of segment.matchAll(/(\*\*|__)(?=\S)(?:(?!\1).)+?(?<=\S)\1/g)) {
    delimiters.add(from + m.index!);
    delimiters.add(from + m.index! + m[0].length - 2);
  }
  return delimiters;
}

function isRealWord(text: string, start: number, end: number, words: string[]): boolean {
  return words.some((word) => {
    for (let at = text.indexOf(word, Math.max(0, end - word.length)); at >= 0 && at <= start; at = text.indexOf(word, at + 1)) {
      if (at + word.length >= end) return true;
    }
    return false;
  });
}

