// Recognisers for whole lines: template residue and the head of a speech (header, title,
// subtitle, date, speaker, salutation) and its closing. Word lists come from data/.
import lexicon from './data/lexicon.json';
import markerFamilies from './data/markerFamilies.json';
import residueData from './data/residue.json';
import type { CollectionHeader, ResidueKind } from './model';
import { ARABIC_DIGITS, CHINESE_DIGITS, CHINESE_ZEROS, TWO_COUNT } from './numerals';
import { codePointLength, HAN_CLASS } from './text';

interface ResiduePattern {
  id: string;
  kind: ResidueKind;
  re: RegExp;
  maxLength: number;
}

const RESIDUE_PATTERNS: ResiduePattern[] = residueData.patterns.map((p) => ({
  id: p.id,
  kind: p.kind as ResidueKind,
  re: new RegExp(p.pattern, 'u'),
  maxLength: p.maxLength ?? Infinity,
}));

/** Kinds strong enough to pull a short neighbouring line of a watermark block in with them. */
export const BLOCK_RESIDUE_KINDS: ReadonlySet<ResidueKind> = new Set(['watermark', 'advert', 'disclaimer']);

/** No residue line is longer than this (every pattern but the ?-only one has a maxLength). */
const LONGEST_RESIDUE = Math.max(...RESIDUE_PATTERNS.map((p) => (Number.isFinite(p.maxLength) ? p.maxLength : 0)));

/** Whether a line of this many UTF-16 units could be residue at all: body paragraphs are far longer. */
export function mayBeResidue(utf16Length: number): boolean {
  return utf16Length <= 2 * LONGEST_RESIDUE;
}

/** The residue pattern a trimmed line matches, if any. */
export function matchResidue(line: string): { id: string; kind: ResidueKind } | undefined {
  const length = codePointLength(line);
  for (const p of RESIDUE_PATTERNS) {
    if (length <= p.maxLength && p.re.test(line)) return { id: p.id, kind: p.kind };
  }
  return undefined;
}

/** A web page's excerpt line: a run-on copy of the text that follows, cut off with dots. */
export function isExcerptLine(line: string): boolean {
  return codePointLength(line) >= 20 && /(\.{3}|…|。。。)$/.test(line);
}

const SENTENCE_PUNCTUATION = /[。！？；!?;]/;

export function hasSentencePunctuation(line: string): boolean {
  return SENTENCE_PUNCTUATION.test(line);
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

// The suffix may close a bracket (`（2025年3月8日在…的讲话）`) or take a short remark (`讲话（节选）`).
const TITLE_SUFFIX = new RegExp(`(${alternatives(lexicon.titleSuffixes)})(?:[）)]|[（(][^（）()]{1,6}[）)])?$`);
export function endsWithTitleSuffix(line: string): boolean {
  return TITLE_SUFFIX.test(line);
}

const PART_HEADER = new RegExp(`^第[${CHINESE_DIGITS}百${CHINESE_ZEROS}${TWO_COUNT}${ARABIC_DIGITS}]{1,4}篇(?:[：:、.．\\s]|$)`);
const APPENDIX_HEADER = new RegExp(`^附件\\s*[${ARABIC_DIGITS}${CHINESE_DIGITS}]{0,2}\\s*(?:[：:].{0,40})?$`);

/** `第一篇：…`, `附件` / `附件1` / `附件一：名词解释`, or a part's name (`开幕词`, `## 结　　论`) alone on a line. */
export function matchCollectionHeader(line: string): CollectionHeader['kind'] | undefined {
  if (PART_HEADER.test(line) && codePointLength(line) <= 60) return '篇';
  if (APPENDIX_HEADER.test(line)) return '附件';
  if (line.length <= MAX_WORD_LINE && PART_NAMES.has(bareWord(line))) return '部分';
  return undefined;
}

const PART_NAMES = new Set(markerFamilies.parts);
const NOTES_HEADERS = new Set(markerFamilies.notesHeaders);
/** Longer lines are never a lone word with marks and spaces around it. */
const MAX_WORD_LINE = 24;

/** A line's word without # marks, bold marks, spaces between its characters or a colon after it. */
function bareWord(line: string): string {
  return line.replace(/^#{1,6}[ \t]+/, '').replace(/^(\*\*|__)(.*)\1$/, '$2').replace(/[\s　：:]/g, '');
}

/** `注释`, `注　　释`: the line that opens the notes at the end of a speech. */
export function isNotesHeader(line: string): boolean {
  return line.length <= MAX_WORD_LINE && NOTES_HEADERS.has(bareWord(line));
}

/** What the line before a family's first footnote must be (data/markerFamilies.json, footnotes). */
export type FootnoteAfter = 'any' | 'sentence' | 'closing';
const FOOTNOTES = markerFamilies.footnotes.families.map((f) => ({
  first: new RegExp(f.first, 'u'),
  marker: new RegExp(f.marker, 'u'),
  after: f.after as FootnoteAfter,
}));
const CITATION = new RegExp(markerFamilies.footnotes.citation, 'u');

/** The footnote family whose marker starts a line (①…, 〔1〕…, [1]…, [^1]: …), or -1. */
export function footnoteFamily(line: string): number {
  return FOOTNOTES.findIndex((f) => f.marker.test(line));
}

/**
 * Whether a line of footnote family `family` is its first note: undefined if not; else what the line
 * before it must be, and whether the note's text reads as a citation (`见…`, `《…》`).
 */
export function matchFirstFootnote(line: string, family: number): { after: FootnoteAfter; citation: boolean } | undefined {
  const { first, after } = FOOTNOTES[family];
  const m = first.exec(line);
  return m ? { after, citation: CITATION.test(line.slice(m[0].length)) } : undefined;
}

const HOSTING = {
  script: new RegExp(markerFamilies.hosting.script, 'u'),
  handOver: new RegExp(markerFamilies.hosting.handOver, 'u'),
  recap: new RegExp(markerFamilies.hosting.recap, 'u'),
};
/** No host line is longer than this: a hand-over or the start of a recap is one short sentence. */
const MAX_HOST_LINE = 200;
export type HostLine = 'script' | 'handOver' | 'recap';
/** A line of a 主持词 (data/markerFamilies.json, hosting): its name, a hand-over to a speaker, or a recap after one. */
export function matchHostLine(line: string): HostLine | undefined {
  if (line.length > MAX_HOST_LINE) return undefined;
  if (HOSTING.script.test(line)) return 'script';
  if (HOSTING.handOver.test(line)) return 'handOver';
  return HOSTING.recap.test(line) ? 'recap' : undefined;
}

const EDITORIAL = markerFamilies.editorialNotes.map((p) => new RegExp(p, 'u'));
/** No editorial line is longer than this (every pattern is bounded). */
const MAX_EDITORIAL_LINE = 90;
/** `（此处有删节）`, `（《毛泽东选集》第五卷，…）`: an editor's remark on a line of its own, not speech text. */
export function isEditorialNote(line: string): boolean {
  return line.length <= MAX_EDITORIAL_LINE && EDITORIAL.some((re) => re.test(line));
}

const NUM = `(?:[${ARABIC_DIGITS}]{1,4}|[${CHINESE_ZEROS}${CHINESE_DIGITS}]{1,4})`;
const DATE = `[（(]?\\s*${NUM}\\s*年\\s*${NUM}\\s*月\\s*${NUM}\\s*日`;
/** A line that is a date alone: the day may be left out, as collected works date a speech (`（一九五五年三月）`). */
const DATE_LINE = new RegExp(`^[（(]?\\s*${NUM}\\s*年\\s*${NUM}\\s*月(?:\\s*${NUM}\\s*日)?\\s*[）)]?$`);
const DATE_LED = new RegExp(`^${DATE}`);

export function isDateLine(line: string): boolean {
  return DATE_LINE.test(line);
}

/** `——2026年1月26日在…`, or `2026年1月14日在浙江省第十四届…`: a subtitle under the title. */
export function isSubtitleLine(line: string): boolean {
  if (/^(——|—|－－|--)/.test(line)) return true;
  return DATE_LED.test(line) && !hasSentencePunctuation(line) && !/[，,]/.test(line);
}

const OFFICE = alternatives(lexicon.officeWords);
const SPEAKER = new RegExp(`^[^，,。：:]{0,20}?(?:${OFFICE})(?:[\\s　]*[${HAN_CLASS}·]{2,4})?$`, 'u');
const SPACED_NAME = new RegExp(`^${HAN_CLASS}(?:[ 　]+${HAN_CLASS}){1,3}$`, 'u');
const NOT_A_SPEAKER = /会议|大会|讲话|报告|工作|在.+上/;

/** `区长 卢学国`, `港闸区委常委、副区长杨建`, `习　近　平`. */
export function isSpeakerLine(line: string): boolean {
  if (codePointLength(line) > 30) return false;
  if (SPACED_NAME.test(line)) return true;
  return SPEAKER.test(line) && !NOT_A_SPEAKER.test(line);
}

const SALUTATION_WORD = new RegExp(`(${alternatives(lexicon.salutationWords)})$`);

/**
 * The length of a salutation at the start of a line (`同志们：`, `尊敬的各位领导、…先生们：`), colon
 * included, or 0. The rest of the line, if any, is the opening's first paragraph.
 */
export function matchSalutation(line: string): number {
  const colon = line.search(/[：:]/);
  if (colon <= 0 || colon > 60) return 0;
  const head = line.slice(0, colon).trim();
  if (SENTENCE_PUNCTUATION.test(head) || !SALUTATION_WORD.test(head)) return 0;
  return colon + 1;
}

/** A short head line that could be (part of) a title. */
export function isTitleCandidate(line: string): boolean {
  return codePointLength(line) <= 60 && !hasSentencePunctuation(line) && !/[，,]/.test(line) && !/[：:]$/.test(line);
}

/** A heading without a marker is no longer than this. */
const MAX_UNMARKED_HEADING = 30;
const MIN_UNMARKED_HEADING = 4;
/** Marks a heading line never holds (or starts with: a list, a quote block, a dash line, a table; or a remark in brackets). */
const NOT_IN_HEADING = /[。！？；：，,;:!?…]|^[-—－>*|#]|[、—]$|^[（(][^（）()]*[）)]$/;
const HAN_RUN = new RegExp(`${HAN_CLASS}`, 'gu');

/**
 * A short line that could be a heading without a marker (`“十四五”时期发展成就和2025年工作回顾`):
 * no sentence mark or comma, at least four Han characters, and none of the head and closing lines
 * (date, speaker, subtitle, salutation word, title, closing). Its neighbours decide (assemble.ts).
 */
export function mayBeUnmarkedHeading(line: string): boolean {
  const length = codePointLength(line);
  if (length < MIN_UNMARKED_HEADING || length > MAX_UNMARKED_HEADING || NOT_IN_HEADING.test(line)) return false;
  if ((line.match(HAN_RUN)?.length ?? 0) < MIN_UNMARKED_HEADING) return false;
  return (
    !isDateLine(line) &&
    !isSubtitleLine(line) &&
    !isSpeakerLine(line) &&
    !SALUTATION_WORD.test(line) &&
    !endsWithTitleSuffix(line) &&
    !matchCollectionHeader(line) &&
    !isClosingParagraph(line)
  );
}

/** A paragraph whose last sentence is finished: it ends with 。！？ or …, closing quotes after it allowed. */
export function endsSentence(line: string): boolean {
  return SENTENCE_END.test(line);
}
const SENTENCE_END = /[。！？!?…][”’」』）)]*$/;

const CLOSING = lexicon.closingPatterns.map((p) => new RegExp(p, 'u'));
export function isClosingParagraph(line: string): boolean {
  return CLOSING.some((re) => re.test(line));
}
