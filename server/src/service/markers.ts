// Recognisers for the marks that give a speech its structure: heading markers, enumeration
// markers, sentence ends. Each works on the document text at an offset, so nothing is copied.
import type { EnumFamily, EnumNumeralStyle, HeadingLevel, MarkerStyle } from './model';
import { LAST_IN_ORDER } from './model';
import {
  ARABIC_DIGITS as AR_DIGITS,
  CHINESE_DIGITS as CN_DIGITS,
  CIRCLED_DIGITS as CIRCLED,
  isArabicDigit as isDigit,
  parseArabicNumeral,
  parseChineseNumeral,
  parseCircledNumeral,
} from './numerals';
import markerFamilies from './data/markerFamilies.json';
import { HAN_CLASS, skipSpaces } from './text';

// The patterns and the first-character sets are built from the numeral classes of numerals.ts.
const CN = `[${CN_DIGITS}]{1,3}`;
const AR = `[${AR_DIGITS}]{1,2}`;
const CN_DIGIT = new RegExp(`[${CN_DIGITS}]`);
const charCodes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));

interface MarkerPattern {
  level: HeadingLevel;
  re: RegExp;
  numeral: 'cn' | 'ar' | 'circled';
  style: (punct: string) => MarkerStyle;
  /** Whether the marker may be the whole line (`## 一`, `第一部分`); most need a heading after them. */
  alone?: 'never' | 'may' | 'must';
}

const escapeRe = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ORDINAL_NOUNS = markerFamilies.ordinalHeads.map((h) => h.noun).sort((a, b) => b.length - a.length);
/** Nouns after which 是 may follow in a short one-sentence line (第一个问题是关于…的问题。). */
const NOUNS_WITH_IS = new Set(markerFamilies.ordinalHeads.filter((h) => 'is' in h && h.is).map((h) => h.noun));
const ORDINAL_SEPARATORS = `[${escapeRe(markerFamilies.ordinalSeparators)}]`;
/** A line this long or shorter may be a `第一个问题是…` heading. */
const MAX_IS_HEADING = 40;

// Sticky patterns tried at the first character of a line's content. Group 1 is the numeral,
// group 2 the punctuation after it; a following digit rules the line out (`1.5亿元`, `一.2`).
const HEADING_PATTERNS: MarkerPattern[] = [
  {
    level: 1,
    // `一、2025年工作` is a heading; `一.2` is not.
    re: new RegExp(`(${CN})(、|[.．，,](?![0-9０-９]))`, 'y'),
    numeral: 'cn',
    style: (p) => (p === '、' ? 'cn-dun' : p === '.' || p === '．' ? 'cn-dot' : 'cn-comma'),
  },
  { level: 2, re: new RegExp(`[（(](${CN})([）)])`, 'y'), numeral: 'cn', style: (p) => (p === '）' ? 'cn-paren' : 'cn-ascii-paren') },
  {
    level: 3,
    re: new RegExp(`(${AR})([.．、])(?![0-9０-９%％])`, 'y'),
    numeral: 'ar',
    style: (p) => (p === '.' ? 'num-dot' : p === '．' ? 'num-fullwidth-dot' : 'num-dun'),
  },
  { level: 4, re: new RegExp(`[（(](${AR})([）)])`, 'y'), numeral: 'ar', style: (p) => (p === '）' ? 'num-paren' : 'num-ascii-paren') },
  { level: 4, re: new RegExp(`([${CIRCLED}])()`, 'y'), numeral: 'circled', style: () => 'circled' },
  // Families beyond the four official forms (data/markerFamilies.json). `一 关于…`, `一　…`: a
  // numeral and spaces before a Han character; `## 一`: a numeral that is the whole line.
  ...(markerFamilies.numeralSpace
    ? [
        { level: 1, re: new RegExp(`(${CN})([ 　]+)(?=${HAN_CLASS}|[（(“《])`, 'yu'), numeral: 'cn', style: () => 'cn-space' },
        { level: 1, re: new RegExp(`(${CN})()`, 'y'), numeral: 'cn', style: () => 'cn-bare', alone: 'must' }, // in # headings only
      ] satisfies MarkerPattern[]
    : []),
  // `第一个问题，…` `第二点，…` `第三部分`: an ordinal and a counted noun; the level is decided per speech.
  {
    level: 1,
    re: new RegExp(`第(${CN})(${ORDINAL_NOUNS.map(escapeRe).join('|')})(?:${ORDINAL_SEPARATORS}|(?=是)|(?=[\\r\\n]|$))`, 'y'),
    numeral: 'cn',
    style: () => 'ordinal' as const,
    alone: 'may',
  },
  // `第三　人民的自由`: an ordinal without a noun, then spaces and a Han character.
  { level: 1, re: new RegExp(`第(${CN})()[ 　]+(?=${HAN_CLASS})`, 'yu'), numeral: 'cn', style: () => 'ordinal' as const },
];

/** Punctuation wrongly written after a bracketed marker: `（一）、` `(1).` */
const EXTRA_AFTER_PAREN = /[、.．，,]/y;

export interface MarkerMatch {
  level: HeadingLevel;
  value: number;
  style: MarkerStyle;
  numeral: { start: number; end: number };
  end: number;
  extraPunctuation?: { start: number; end: number };
  /** The counted noun of an ordinal head (`个问题` of `第一个问题，`). */
  noun?: string;
}

/** Characters a heading marker can start with: most lines are ruled out before any pattern is tried. */
const HEADING_FIRST = charCodes(`${CN_DIGITS}（(${AR_DIGITS}${CIRCLED}第`);

/**
 * Reads a heading marker at `at`, or gives undefined. `limit` is the end of the line's content. In a
 * Markdown heading (`markdown`) a numeral may be the whole title (`## 一`); on a plain line it is not.
 */
export function matchHeadingMarker(text: string, at: number, limit: number, markdown = false): MarkerMatch | undefined {
  if (!HEADING_FIRST.has(text.charCodeAt(at))) return undefined;
  for (const pattern of HEADING_PATTERNS) {
    pattern.re.lastIndex = at;
    const m = pattern.re.exec(text);
    if (!m || pattern.re.lastIndex > limit) continue;
    const value =
      pattern.numeral === 'cn' ? parseChineseNumeral(m[1]) : pattern.numeral === 'ar' ? parseArabicNumeral(m[1]) : parseCircledNumeral(m[1]);
    if (value === undefined || value === 0) continue;
    let end = pattern.re.lastIndex;
    let extraPunctuation: MarkerMatch['extraPunctuation'];
    if (pattern.level === 2 || (pattern.level === 4 && pattern.numeral === 'ar')) {
      EXTRA_AFTER_PAREN.lastIndex = end;
      if (EXTRA_AFTER_PAREN.test(text) && !isDigit(text.charCodeAt(end + 1))) {
        extraPunctuation = { start: end, end: end + 1 };
        end++;
      }
    }
    const rest = skipSpaces(text, end, limit);
    // A marker needs a heading after it; `一、二、三产业` is a list, not a heading.
    const alone = pattern.alone ?? 'never';
    if (rest >= limit ? alone === 'never' || (alone === 'must' && !markdown) : alone === 'must') continue;
    if (pattern.level === 1 && (matchesListContinuation(text, rest, limit) || isNumberRange(text, rest, limit, value))) continue;
    const style = pattern.style(m[2]);
    if (style === 'ordinal' && text[end] === '是' && !isShortSentence(text, at, end, limit, m[2])) continue;
    const numeralStart = at + m[0].indexOf(m[1]);
    const numeral = { start: numeralStart, end: numeralStart + m[1].length };
    return { level: pattern.level, value, style, numeral, end, extraPunctuation, noun: style === 'ordinal' ? m[2] : undefined };
  }
  return undefined;
}

/** `第一个问题是关于群众生活的问题。` alone on its line: a heading; a longer line is a sentence. */
function isShortSentence(text: string, at: number, end: number, limit: number, noun: string): boolean {
  if (!NOUNS_WITH_IS.has(noun) || limit - at > MAX_IS_HEADING) return false;
  return firstSentenceEnd(text, end, limit) >= limit - 1;
}

/** `一、二季度`, `三、四月份`: the next number and a unit make a range in a sentence, not a heading. */
const RANGE_UNIT = new RegExp(`(${CN})(?:季度|季|月|产业|年级|等奖|级|类|线|批|期|轮|代)`, 'y');
function isNumberRange(text: string, at: number, limit: number, value: number): boolean {
  RANGE_UNIT.lastIndex = at;
  const m = RANGE_UNIT.exec(text);
  return !!m && RANGE_UNIT.lastIndex <= limit && parseChineseNumeral(m[1]) === value + 1;
}

const LIST_CONTINUATION = new RegExp(`${CN}、`, 'y');
function matchesListContinuation(text: string, at: number, limit: number): boolean {
  LIST_CONTINUATION.lastIndex = at;
  return LIST_CONTINUATION.test(text) && LIST_CONTINUATION.lastIndex <= limit;
}

// What each character is to the sentence scanners, looked up by char code: no match objects, no
// regex call per clause (these scans run over every paragraph of every version).
const SENTENCE_MARK = 1;
const OPENER = 2;
const CLOSER = 3;
const COMMA = 4;
const CHAR_ROLE = new Uint8Array(0x10000);
for (const ch of '。！？；：!?;:') CHAR_ROLE[ch.charCodeAt(0)] = SENTENCE_MARK;
for (const ch of '“‘《（(「『【〔') CHAR_ROLE[ch.charCodeAt(0)] = OPENER;
for (const ch of '”’》）)」』】〕') CHAR_ROLE[ch.charCodeAt(0)] = CLOSER;
for (const ch of '，,') CHAR_ROLE[ch.charCodeAt(0)] = COMMA;

/**
 * Offset of the first sentence mark in [from, limit) that is not inside quotes or brackets,
 * or `limit` when there is none. A `:` between digits (10:30) is not a sentence mark.
 */
export function firstSentenceEnd(text: string, from: number, limit: number): number {
  let depth = 0;
  const end = Math.min(limit, text.length);
  for (let i = from; i < end; i++) {
    const role = CHAR_ROLE[text.charCodeAt(i)];
    if (role === OPENER) depth++;
    else if (role === CLOSER) depth = Math.max(0, depth - 1);
    else if (role === SENTENCE_MARK && depth === 0) {
      if (text.charCodeAt(i) === 58 && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) continue;
      return i;
    }
  }
  return limit;
}

/** The next sentence mark or comma in [from, limit), where the next enumeration item may start; or `limit`. */
export function nextItemBreak(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    const role = CHAR_ROLE[text.charCodeAt(i)];
    if (role === SENTENCE_MARK || role === COMMA) return i;
  }
  return limit;
}

export function isComma(code: number): boolean {
  return CHAR_ROLE[code] === COMMA;
}

/** Closing quotes that may stand between a sentence mark and the next sentence. */
export function isClosingQuote(code: number): boolean {
  return code === 0x201d || code === 0x2019 || code === 0x300d || code === 0x300f;
}

const ITEM_RE = new RegExp(
  `(?:(${CN})([是要])|(${AR}) ?是|第(${CN})[，,、：:]|(首先|其次|再次|最后)[，,：:])`,
  'y',
);
const IDIOM_BREAK = new Set(['、', '，', ',', '。', '；']);
const ORDER_WORDS: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 最后: LAST_IN_ORDER };

export interface ItemMatch {
  family: EnumFamily;
  value: number;
  numeralStyle: EnumNumeralStyle;
  numeral: { start: number; end: number };
  end: number;
}

/** Characters an enumeration marker can start with: most sentence starts are ruled out without a regex. */
const ITEM_FIRST = charCodes(`${CN_DIGITS}第首其再最${AR_DIGITS}`);

/** Reads an enumeration marker at a sentence start, applying the guards for look-alike words. */
export function matchItemMarker(text: string, at: number, limit: number): ItemMatch | undefined {
  if (!ITEM_FIRST.has(text.charCodeAt(at))) return undefined;
  ITEM_RE.lastIndex = at;
  const m = ITEM_RE.exec(text);
  if (!m || ITEM_RE.lastIndex > limit) return undefined;
  const end = ITEM_RE.lastIndex;
  const next = text[end];
  if (m[1] !== undefined) {
    const value = parseChineseNumeral(m[1]);
    if (value === undefined) return undefined;
    if (m[2] === '是') {
      // 一是否; the idiom 一是一、二是二 (but 一是一心一意 is an item)
      if (next === '否' || (text.startsWith(m[1], end) && IDIOM_BREAK.has(text[end + m[1].length]))) return undefined;
      return { family: 'shi', value, numeralStyle: 'chinese', numeral: { start: at, end: at + m[1].length }, end };
    }
    if (next === '素') return undefined; // 三要素
    return { family: 'yao', value, numeralStyle: 'chinese', numeral: { start: at, end: at + m[1].length }, end };
  }
  if (m[3] !== undefined) {
    if (next === '否') return undefined;
    const value = parseArabicNumeral(m[3]);
    return value === 0 ? undefined : { family: 'shi', value, numeralStyle: 'arabic', numeral: { start: at, end: at + m[3].length }, end };
  }
  if (m[4] !== undefined) {
    // 第一、二、三产业: ordinals listed, not an item
    if (text[end - 1] === '、' && CN_DIGIT.test(next ?? '')) return undefined;
    const value = parseChineseNumeral(m[4]);
    return value === undefined ? undefined : { family: 'di', value, numeralStyle: 'chinese', numeral: { start: at + 1, end: at + 1 + m[4].length }, end };
  }
  return { family: 'order', value: ORDER_WORDS[m[5]], numeralStyle: 'word', numeral: { start: at, end: at + 2 }, end };
}
