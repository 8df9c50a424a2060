// digit-in-idiom: Arabic digits in fixed expressions that keep Chinese numerals (GB/T 15835).
import idiomData from '../data/idioms.json';
import type { SpeechModel } from '../model';
import { formatChineseNumeral, parseArabicNumeral } from '../numerals';
import { familyMarker } from '../markerText';
import { HAN, isHan } from '../text';
import { textSegments } from './segments';
import { replaceFix, type Check, type Finding } from './types';

export const digitInIdiomCheck: Check = { rules: ['digit-in-idiom'], find: findDigitsInIdioms };

/** `第1时间` -> 第\s*1\s*时间, with guards so the digits are not part of a longer number. */
function expressionPattern(written: string): string {
  const body = written.replace(/\d+/g, (digits) => `\\s*${digits}\\s*`).replace(/^\\s\*|\\s\*$/g, '');
  // Not part of a longer number or a code (S1线), nor one of a list of numbered things (1线、2线).
  const head = /^\d/.test(written) ? '(?<![0-9０-９.．A-Za-z])' : '';
  const tail = /\d$/.test(written) ? '(?![0-9０-９.．%％])' : '(?!\\s*、\\s*\\d)';
  return head + body + tail;
}

/** All fixed expressions in one pattern, one capture group each, so the text is scanned once. */
const FIXED = idiomData.expressions.map((e) => e.fixed);
const EXPRESSIONS = new RegExp(idiomData.expressions.map((e) => `(${expressionPattern(e.written)})`).join('|'), 'gu');
/** 党的 19 大 / 党的 109 大 and 19 届 4 中全会: congress numbers vary. */
const CONGRESS = /党的\s*(\d{1,3})\s*大|(\d{2,3})\s*届\s*(\d{1,2})\s*中全会/gu;
/**
 * A short quoted slogan of Chinese characters and numbers 1–10 with a space next to a number, the
 * mark conversion tools leave (“4 早”, “清 4 乱”, “1 网、1 门”); official texts write “保7争6”, “1小时交通圈”.
 */
const SLOGAN = /“([\p{Script=Han}\d 、]{1,16})”/gu;
const SLOGAN_NUMBER = /(?<!\d)(?:10|[1-9])(?!\d)/;
const OTHER_NUMBER = /\d{2,}/g;
const CONVERTED = /\d | \d/;

/**
 * Reads a number as a converter wrote it: each Chinese numeral character became its value, so
 * 十九 became 109 and 二十 became 210.
 */
function readConvertedNumber(digits: string): string {
  const converted = /^([2-9])?10([1-9])?$/.exec(digits);
  if (converted) return (converted[1] ? formatChineseNumeral(Number(converted[1])) : '') + '十' + (converted[2] ? formatChineseNumeral(Number(converted[2])) : '');
  const value = parseArabicNumeral(digits);
  return value >= 1 && value <= 99 ? formatChineseNumeral(value) : digits;
}

/** Digits in a slogan as Chinese numerals; 2 before 个 is 两 (两个维护). */
function sloganText(slogan: string): string {
  return slogan.replace(/\s*(\d{1,2})\s*(个)?/g, (_, digits: string, ge: string | undefined) =>
    (digits === '2' && ge ? '两' : readConvertedNumber(digits)) + (ge ?? ''),
  );
}

function findDigitsInIdioms(model: SpeechModel): Finding[] {
  const text = model.text;
  // Candidates from every source, then one sweep keeps the first of any that overlap (the earlier
  // source wins: a marker before a slogan before a congress number before a listed expression).
  const candidates: { start: number; end: number; fixed: string; rank: number }[] = [];
  for (const speech of model.speeches) {
    for (const item of speech.items) {
      if (item.numeralStyle === 'arabic') candidates.push({ start: item.marker.start, end: item.marker.end, fixed: familyMarker(item.family, item.value), rank: 0 });
    }
  }
  for (const { start: from, end: to } of textSegments(model)) {
    // Every pattern here holds an ASCII digit: most lines have none and are passed over.
    if (!hasAsciiDigit(text, from, to)) continue;
    const segment = text.slice(from, to);
    for (const m of segment.matchAll(SLOGAN)) {
      const numbersOk = SLOGAN_NUMBER.test(m[1]) && [...m[1].matchAll(OTHER_NUMBER)].every((n) => n[0] === '10');
      if (numbersOk && CONVERTED.test(m[1]) && HAN.test(m[1])) {
        const start = from + m.index! + 1;
        candidates.push({ start, end: start + m[1].length, fixed: sloganText(m[1]), rank: 1 });
      }
    }
    for (const m of segment.matchAll(CONGRESS)) {
      const fixed = m[1] !== undefined ? `党的${readConvertedNumber(m[1])}大` : `${readConvertedNumber(m[2])}届${readConvertedNumber(m[3])}中全会`;
      candidates.push({ start: from + m.index!, end: from + m.index! + m[0].length, fixed, rank: 2 });
    }
    for (const m of segment.matchAll(EXPRESSIONS)) {
      candidates.push({ start: from + m.index!, end: from + m.index! + m[0].length, fixed: FIXED[m.findIndex((g, i) => i > 0 && g !== undefined) - 1], rank: 3 });
    }
  }
  candidates.sort((a, b) => a.start - b.start || a.rank - b.rank);
  const found: Finding[] = [];
  let coveredTo = -1;
  for (const { start, end, fixed } of candidates) {
    if (start < coveredTo) continue;
    coveredTo = end;
    found.push(idiomFinding(text, start, end, fixed));
  }
  return found;
}

function hasAsciiDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function idiomFinding(text: string, start: number, end: number, fixed: string): Finding {
  const written = text.slice(start, end);
  // The fix also drops the spaces a converter put between the digits and the Chinese text around them.
  let editStart = start;
  while (text[editStart - 1] === ' ' && isHan(text[editStart - 2])) editStart--;
  let editEnd = end;
  while (text[editEnd] === ' ' && isHan(text[editEnd + 1])) editEnd++;
  return {
    code: 'digit-in-idiom',
    start,
    end,
    message: `固定用语应使用汉字数字：“${written}”应为“${fixed}”`,
    fixes: [replaceFix(text, editStart, editEnd, fixed, true, `改为“${fixed}”`)],
  };
}
