// Numerals as speeches write them, and the character classes of each kind, named once: patterns
// elsewhere are built from these strings rather than spelling the digits out again.

/** Chinese digits of a marker's numeral (一 … 九十九). */
export const CHINESE_DIGITS = '一二三四五六七八九十';
/** Zeros of Chinese numerals in years and dates (二〇二五, 二○二○). */
export const CHINESE_ZEROS = '〇○零';
/** ASCII and full-width Arabic digits. */
export const ARABIC_DIGITS = '0123456789０１２３４５６７８９';
export const CIRCLED_DIGITS = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
/** 两 counts (两个方面) but never numbers a marker. */
export const TWO_COUNT = '两';

/** ASCII or full-width Arabic digit. */
export function isArabicDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19);
}

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const DIGIT_CHARS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Reads a Chinese numeral from 一 to 九十九 (the range used for numbering); anything else gives undefined. */
export function parseChineseNumeral(text: string): number | undefined {
  if (text.length === 1) return text === '十' ? 10 : DIGITS[text];
  const ten = text.indexOf('十');
  if (ten < 0 || text.indexOf('十', ten + 1) >= 0 || text.length > 3) return undefined;
  const tens = ten === 0 ? 1 : DIGITS[text.slice(0, ten)];
  const unitText = text.slice(ten + 1);
  const units = unitText === '' ? 0 : DIGITS[unitText];
  if (tens === undefined || units === undefined || (ten === 1 && tens === 1)) return undefined;
  return tens * 10 + units;
}

/** Writes 1..99 as a Chinese numeral (十一, 二十, 九十九). */
export function formatChineseNumeral(value: number): string {
  if (value < 10) return DIGIT_CHARS[value];
  const tens = Math.floor(value / 10);
  return (tens === 1 ? '' : DIGIT_CHARS[tens]) + '十' + DIGIT_CHARS[value % 10];
}

/** Reads ASCII or full-width Arabic digits. */
export function parseArabicNumeral(text: string): number {
  let value = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    value = value * 10 + (code >= 0xff10 ? code - 0xff10 : code - 48);
  }
  return value;
}

const CIRCLED_FIRST = 0x2460; // ①
/** ① .. ⑳ -> 1 .. 20; otherwise undefined. */
export function parseCircledNumeral(ch: string): number | undefined {
  const code = ch.charCodeAt(0) - CIRCLED_FIRST;
  return code >= 0 && code < 20 ? code + 1 : undefined;
}

/** 3 -> ③ */
export const formatCircledNumeral = (value: number): string => String.fromCharCode(CIRCLED_FIRST + value - 1);

/** Writes `value` the way `like` (a numeral as written) is written: 十二, 12, １２ or ⑫. */
export function formatNumeralLike(value: number, like: string): string {
  const first = like.charCodeAt(0);
  if (parseCircledNumeral(like) !== undefined) return formatCircledNumeral(value);
  if (first >= 0xff10 && first <= 0xff19) return [...String(value)].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
  if (first >= 48 && first <= 57) return String(value);
  return formatChineseNumeral(value);
}
