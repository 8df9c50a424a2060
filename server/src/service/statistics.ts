// Statistics: 字数 (Chinese characters, plus each run of Latin letters or digits as one; no
// punctuation or spaces, as domain.md counts), speaking time at a rate, and the same per section.
import type { Section, Span, SpeechModel } from './model';
import { LEVEL_NAMES, shortName, toRange } from './names';
import type { Range } from './types';

export interface SectionStatistics {
  name: string;
  level: number;
  detail: string;
  range: Range;
  characters: number;
  seconds: number;
}

export interface Statistics {
  characters: number;
  seconds: number;
  /** Speaking rate used, 字/分钟. */
  rate: number;
  placeholders: Range[];
  /** Level-1 and level-2 sections of every speech, in document order. */
  sections: SectionStatistics[];
}

export const DEFAULT_SPEAKING_RATE = 160;

const COUNTED = /\p{Script=Han}|[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]+/gu;

/** 字数 of a text: each Chinese character, and each run of Latin letters or digits, counts one. */
function countCharacters(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(COUNTED)) count++;
  return count;
}

const perLine = new WeakMap<SpeechModel, number[]>();

/** 字数 before each line (prefix sums over the speech text lines), computed once per model. */
function cumulativeCounts(model: SpeechModel): number[] {
  let sums = perLine.get(model);
  if (sums) return sums;
  const counts = new Array<number>(model.lines.lineCount).fill(0);
  for (const line of model.textLines) counts[model.lines.lineAt(line.start)] = countCharacters(model.text.slice(line.start, line.end));
  sums = [0];
  for (const c of counts) sums.push(sums[sums.length - 1] + c);
  perLine.set(model, sums);
  return sums;
}

export function getStatistics(model: SpeechModel, placeholders: Span[], rate = DEFAULT_SPEAKING_RATE): Statistics {
  const sums = cumulativeCounts(model);
  const secondsFor = (characters: number) => Math.round((characters / rate) * 60);
  const charactersIn = (span: Span) => sums[model.lines.lineAt(span.end) + 1] - sums[model.lines.lineAt(span.start)];
  const sections: SectionStatistics[] = [];
  const visit = (list: Section[]) => {
    for (const section of list) {
      if (section.heading.level > 2) continue;
      const characters = charactersIn(section);
      const heading = section.heading;
      sections.push({
        name: shortName(model.text.slice(heading.title.start, heading.title.end)),
        level: heading.level,
        detail: LEVEL_NAMES[heading.level],
        range: toRange(model.lines, section),
        characters,
        seconds: secondsFor(characters),
      });
      visit(section.children);
    }
  };
  for (const speech of model.speeches) visit(speech.sections);
  const characters = sums[sums.length - 1];
  return { characters, seconds: secondsFor(characters), rate, placeholders: placeholders.map((p) => toRange(model.lines, p)), sections };
}
