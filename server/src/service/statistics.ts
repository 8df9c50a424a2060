// Statistics: 字数 (Chinese characters, plus each run of Latin letters or digits as one; no
// punctuation or spaces, as domain.md counts), speaking time at a rate, and the same for the opening,
// each level-1 and level-2 section and the closing of every speech; with a page model, the pages too.
import type { Section, Span, Speech, SpeechModel } from './model';
import { LEVEL_NAMES, shortName, toRange } from './names';
import { speechIdentity } from './parse';
import { firstStartingAt } from './sorted';
import type { Range } from './types';

/** A row of the figures: the opening before the first heading, a level-1 or level-2 section, or the closing. */
export type PartKind = 'opening' | 'section' | 'closing';

export interface SectionStatistics {
  kind: PartKind;
  name: string;
  /** 1 or 2 for a section; 0 for the opening and the closing, which are no headings. */
  level: number;
  detail: string;
  range: Range;
  characters: number;
  seconds: number;
  /** With a page model: the page it starts on (from 1) and how many pages it reaches over. */
  page?: number;
  pages?: number;
}

export interface Statistics {
  characters: number;
  seconds: number;
  /** Speaking rate used, 字/分钟. */
  rate: number;
  placeholders: Range[];
  /** Opening, level-1 and level-2 sections and closing of every speech, in document order. */
  sections: SectionStatistics[];
  /** Printed pages, with a page model. */
  pages?: number;
}

/** Where offsets fall on the printed pages (see pages.ts). */
export interface PageLocator {
  readonly count: number;
  /** Page (from 1) on which the character at `offset` is printed. */
  pageAt(offset: number): number;
}

export const DEFAULT_SPEAKING_RATE = 160;

const COUNTED = /\p{Script=Han}|[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]+/gu;

/** 字数 of a text: each Chinese character, and each run of Latin letters or digits, counts one. */
export function countCharacters(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(COUNTED)) count++;
  return count;
}

/** A row with offsets relative to the start of its speech. */
interface Row {
  kind: PartKind;
  name: string;
  level: number;
  detail: string;
  start: number;
  end: number;
  characters: number;
}

/** A speech's figures as counted when it started at `base`. */
interface Figures {
  base: number;
  characters: number;
  rows: Row[];
}

/**
 * Figures per speech, keyed by speechIdentity: a speech an edit did not touch keeps them, so an edit on
 * a long document counts only the speech it changed (the figures do not depend on the rate).
 */
const figuresBySpeech = new WeakMap<object, Figures>();

/** The spans of a list in document order that start inside `span`. */
const within = <T extends Span>(list: T[], span: Span): T[] => list.slice(firstStartingAt(list, span.start), firstStartingAt(list, span.end));

function countSpeech(model: SpeechModel, speech: Speech): Figures {
  const { lines, text } = model;
  const first = lines.lineAt(speech.start);
  // 字数 before each line of the speech, relative to its first line.
  const sums = [0];
  let line = first;
  for (const span of within(model.textLines, speech)) {
    const at = lines.lineAt(span.start);
    for (; line < at; line++) sums.push(sums[sums.length - 1]);
    sums.push(sums[sums.length - 1] + countCharacters(text.slice(span.start, span.end)));
    line++;
  }
  const total = sums[sums.length - 1];
  /** 字数 of the lines from `from`'s through `to`'s (inclusive offsets). */
  const charactersIn = (from: number, to: number) => {
    const a = Math.min(lines.lineAt(from) - first, sums.length - 1);
    const b = Math.min(lines.lineAt(to) - first + 1, sums.length - 1);
    return b > a ? sums[b] - sums[a] : 0;
  };
  const rows: Row[] = [];
  const row = (kind: PartKind, name: string, level: number, detail: string, start: number, end: number) =>
    rows.push({ kind, name, level, detail, start: start - speech.start, end: end - speech.start, characters: charactersIn(start, Math.max(start, end - 1)) });

  const opening = speech.paragraphs.filter((p) => p.role === 'opening');
  const openingFrom = speech.salutation ?? opening[0];
  if (openingFrom && opening.length) row('opening', '开场', 0, '开场', openingFrom.start, opening[opening.length - 1].end);

  // The closing is a part of its own: the last section ends before it.
  const closing = speech.paragraphs.filter((p) => p.role === 'closing');
  const closingStart = closing.length ? lines.starts[lines.lineAt(closing[0].start)] : Infinity;
  const visit = (sections: Section[]) => {
    for (const section of sections) {
      if (section.heading.level > 2) continue;
      const heading = section.heading;
      const end = Math.max(heading.end, Math.min(section.end, closingStart));
      row('section', shortName(text.slice(heading.title.start, heading.title.end)), heading.level, LEVEL_NAMES[heading.level], section.start, end);
      visit(section.children);
    }
  };
  visit(speech.sections);
  if (closing.length) row('closing', '结尾', 0, '结尾', closing[0].start, closing[closing.length - 1].end);
  return { base: speech.start, characters: total, rows };
}

function figuresOf(model: SpeechModel, speech: Speech): Figures {
  const identity = speechIdentity(speech);
  let figures = figuresBySpeech.get(identity);
  if (!figures) figuresBySpeech.set(identity, (figures = countSpeech(model, speech)));
  return figures;
}

export function getStatistics(model: SpeechModel, placeholders: Span[], rate = DEFAULT_SPEAKING_RATE, pages?: PageLocator): Statistics {
  const secondsFor = (characters: number) => Math.round((characters / rate) * 60);
  const sections: SectionStatistics[] = [];
  let characters = 0;
  let counted = 0;
  const countOutside = (span: Span) => {
    for (const line of within(model.textLines, span)) characters += countCharacters(model.text.slice(line.start, line.end));
  };
  for (const speech of model.speeches) {
    countOutside({ start: counted, end: speech.start });
    counted = speech.end;
    const figures = figuresOf(model, speech);
    characters += figures.characters;
    for (const row of figures.rows) {
      const span = { start: row.start + speech.start, end: row.end + speech.start };
      const section: SectionStatistics = {
        kind: row.kind,
        name: row.name,
        level: row.level,
        detail: row.detail,
        range: toRange(model.lines, span),
        characters: row.characters,
        seconds: secondsFor(row.characters),
      };
      if (pages) {
        section.page = pages.pageAt(span.start);
        section.pages = pages.pageAt(Math.max(span.start, span.end - 1)) - section.page + 1;
      }
      sections.push(section);
    }
  }
  countOutside({ start: counted, end: model.text.length });
  const statistics: Statistics = { characters, seconds: secondsFor(characters), rate, placeholders: placeholders.map((p) => toRange(model.lines, p)), sections };
  if (pages) statistics.pages = pages.count;
  return statistics;
}
