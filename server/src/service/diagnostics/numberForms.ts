// number-form (GB/T 15835, only where the rule is certain): a Chinese-numeral year written with the
// digit zero (二0二五年 → 二〇二五年), a hyphen or half-width tilde between two numbers with a unit
// (3-5个 → 3～5个), full-width digits (２０２５ → 2025, １．８ → 1.8).
import type { SpeechModel } from '../model';
import { textSegments } from './segments';
import { replaceFix, type Check, type Finding } from './types';

export const numberFormCheck: Check = { rules: ['number-form'], find: findNumberForms };

/** Four or more year digits of which some are Chinese numerals and some the digit 0, then 年. */
const YEAR = /(?<![一二三四五六七八九十〇零0０])[一二三四五六七八九〇零0０]{4}(?=年)/g;
const CHINESE_DIGIT = /[一二三四五六七八九〇零]/;
/**
 * A range of two numbers joined by - － ~ with a unit after the second (and the first): 3-5个, 10%-20%,
 * 1.5-2万元; numbers short and without a leading 0 (not 0571-8888 of a telephone number). Not time (年 月 日 时 点 分 秒: a period takes a dash), not codes or dates (2025-01, GB/T 15835-2011), not pages (第305-310页: references write page ranges with a hyphen, GB/T 7714).
 */
const NUMBER = '(?:0|[1-9]\\d{0,5})(?:\\.\\d+)?';
const RANGE = new RegExp(`(?<![0-9A-Za-z.\\-/:] ?)(${NUMBER}[%％]?)([-－~])(${NUMBER})(?=[%％]|(?![年月日时点分秒周号期页])[\\p{Script=Han}])`, 'gu');
/** Full-width digits, with a full-width decimal point between them: one number, one finding. */
const FULL_WIDTH_DIGITS = /[０-９]+(?:[．.][０-９]+)?/g;

function findNumberForms(model: SpeechModel): Finding[] {
  const text = model.text;
  const found: Finding[] = [];
  for (const { start: from, end: to } of textSegments(model)) {
    const segment = text.slice(from, to);
    // Each form needs a character most text lacks: one quick test each before the pattern.
    const mayHaveYear = segment.includes('年') && /[0０]/.test(segment);
    const years: number[] = []; // starts of those years: a full-width ０ in one is the year's to fix
    if (mayHaveYear) for (const m of segment.matchAll(YEAR)) {
      if (!CHINESE_DIGIT.test(m[0]) || !/[0０]/.test(m[0])) continue;
      const start = from + m.index!;
      years.push(start);
      const fixed = m[0].replace(/[0０]/g, '〇');
      found.push({ code: 'number-form', start, end: start + 4, message: `汉字数字的年份中零应写作“〇”：“${m[0]}”应为“${fixed}”`, fixes: [replaceFix(text, start, start + 4, fixed, true)] });
    }
    if (/[-－~]/.test(segment)) for (const m of segment.matchAll(RANGE)) {
      const at = from + m.index! + m[1].length;
      const next = segment[m.index! + m[0].length];
      const percent = next === '%' || next === '％' ? next : ''; // 15%-20%: the message quotes the second % too
      found.push({
        code: 'number-form',
        start: at,
        end: at + 1,
        message: `数值范围用浪纹线“～”：“${m[0]}${percent}”应为“${m[1]}～${m[3]}${percent}”`,
        fixes: [replaceFix(text, at, at + 1, '～', true)],
      });
    }
    if (/[０-９]/.test(segment)) for (const m of segment.matchAll(FULL_WIDTH_DIGITS)) {
      const start = from + m.index!;
      if (years.some((year) => start < year + 4 && year < start + m[0].length)) continue;
      const fixed = m[0].replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)).replace('．', '.');
      found.push({ code: 'number-form', start, end: start + m[0].length, message: `数字应使用半角：“${m[0]}”应为“${fixed}”`, fixes: [replaceFix(text, start, start + m[0].length, fixed, true)] });
    }
  }
  return found;
}
