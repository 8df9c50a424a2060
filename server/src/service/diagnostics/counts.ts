// count-mismatch: an announced count (下面，我讲三点意见) that differs from the points that follow.
import announcementData from '../data/announcements.json';
import { isNumbered, type EnumRun, type Section, type Span, type Speech, type SpeechModel } from '../model';
import { ARABIC_DIGITS, CHINESE_DIGITS, formatChineseNumeral, parseArabicNumeral, parseChineseNumeral, TWO_COUNT } from '../numerals';
import { lastStartingBefore } from '../sorted';
import { replaceFix, type Check, type Finding } from './types';

export const countCheck: Check = { rules: ['count-mismatch'], find: findCountMismatches };

const CHINESE_COUNT = `[${CHINESE_DIGITS}${TWO_COUNT}]`;
const DIGIT_COUNT = `[${ARABIC_DIGITS}]`;
const COUNT = `(?:${CHINESE_COUNT}{1,3}|${DIGIT_COUNT}{1,2})`;
const ANNOUNCEMENTS = announcementData.patterns.map((p) => new RegExp(p.replace('(?<count>N)', `(?<count>${COUNT})`), 'gu'));
/** A count (numeral or digit) right before one of the patterns' units: every announcement holds one, most text none (one cheap scan instead of four). */
const UNITS = new Set(announcementData.patterns.flatMap((p) => /\(\?<unit>([^)]*)\)/.exec(p)![1].split('|')));
const COUNT_THEN_UNIT = new RegExp(`(?:${CHINESE_COUNT}|${DIGIT_COUNT})(?:${[...UNITS].join('|')})`);
/** The word that counts the actual points: 三点 -> 四点, 三个方面 -> 四个, 三句话 -> 四句. */
const CLASSIFIER: Record<string, string> = { 点: '点', 条: '条', 项: '项', 句话: '句' };

interface Counted {
  items: Span[];
  /** Where the announcement stands, for the message. */
  place: '开头' | '标题' | '这里';
}

function findCountMismatches(model: SpeechModel): Finding[] {
  const found: Finding[] = [];
  for (const speech of model.speeches) {
    const sectionOf = new Map<number, Section>();
    const index = (sections: Section[]) => sections.forEach((s) => (sectionOf.set(s.heading.start, s), index(s.children)));
    index(speech.sections);
    const search = (span: Span, target: (offset: number) => Counted | undefined) => {
      const text = model.text.slice(span.start, span.end);
      if (!COUNT_THEN_UNIT.test(text)) return;
      for (const pattern of ANNOUNCEMENTS) {
        for (const m of text.matchAll(pattern)) {
          const { count, unit } = m.groups!;
          const start = span.start + m.index! + m[0].indexOf(count + unit);
          const announced = count === '两' ? 2 : /\d|[０-９]/.test(count) ? parseArabicNumeral(count) : parseChineseNumeral(count);
          const counted = target(start);
          if (!announced || announced < 2 || !counted || !counted.items.length || counted.items.length === announced) continue;
          found.push(mismatch(model, start, count, unit, counted));
        }
      }
    };
    for (const heading of speech.headings) {
      const section = sectionOf.get(heading.start)!;
      search(heading.title, () => ({ items: firstList(section.children, speech, heading.end, section), place: '标题' }));
    }
    for (const paragraph of speech.paragraphs) {
      search(paragraph, (offset) => {
        const heading = lastStartingBefore(speech.headings, offset);
        if (!heading) return { items: firstList(speech.sections, speech, offset, undefined), place: '开头' };
        const section = sectionOf.get(heading.start)!;
        return { items: firstList(section.children, speech, offset, section), place: '这里' };
      });
    }
  }
  return found;
}

/** Child headings after `offset`, at the level of the first of them. */
function childrenAfter(sections: Section[], offset: number): Span[] {
  const after = sections.filter((s) => s.start > offset && isNumbered(s.heading.marker));
  return after.filter((s) => s.heading.level === after[0]?.heading.level).map((s) => s.heading.marker);
}

/** What an announcement counts: the child headings after it, else the first inline run after it. */
function firstList(sections: Section[], speech: Speech, offset: number, section: Section | undefined): Span[] {
  const headings = childrenAfter(sections, offset);
  if (headings.length) return headings;
  const run: EnumRun | undefined = speech.runs.find((r) => r.items[0].start > offset && (!section || r.section === section));
  return run ? run.items.map((i) => i.marker) : [];
}

function mismatch(model: SpeechModel, start: number, count: string, unit: string, counted: Counted): Finding {
  const actual = counted.items.length;
  const classifier = CLASSIFIER[unit] ?? '个';
  const actualText = `${actual === 2 ? '两' : formatChineseNumeral(Math.min(actual, 99))}${classifier}`;
  const newCount = /\d|[０-９]/.test(count) ? String(actual) : actual === 2 && count !== '二' ? '两' : formatChineseNumeral(Math.min(actual, 99));
  const first = counted.items[0];
  const last = counted.items[actual - 1];
  const quote = (span: Span) => `“${model.text.slice(span.start, span.end)}”`;
  return {
    code: 'count-mismatch',
    start,
    end: start + count.length + unit.length,
    message: `${counted.place}说“${count}${unit}”，实际有${actualText}`,
    related: [
      { start: first.start, end: first.end, message: `第一项 ${quote(first)}` },
      ...(actual > 1 ? [{ start: last.start, end: last.end, message: `最后一项 ${quote(last)}` }] : []),
    ],
    fixes: [replaceFix(model.text, start, start + count.length, newCount, false, `改为“${newCount}${unit}”`)],
  };
}
