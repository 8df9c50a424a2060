// Speech assembly, the second pass of parse: classified lines split into speeches, each read into its
// head (header, title, subtitles, speakers, dates, salutation), paragraphs with their roles, the tree
// of sections, and the enumeration runs (enumeration.ts).
import { infoAt, isSpeechLine, isThematicBreak, makeHeading, type LineInfo } from './classify';
import markerFamilies from './data/markerFamilies.json';
import { EnumerationScanner } from './enumeration';
import {
  endsSentence,
  endsWithTitleSuffix,
  isClosingParagraph,
  isDateLine,
  isSpeakerLine,
  isSubtitleLine,
  isTitleCandidate,
  matchSalutation,
  mayBeUnmarkedHeading,
} from './lineKinds';
import type { LineIndex } from './lines';
import { matchItemMarker, type ItemMatch } from './markers';
import { isNumbered, type CollectionHeader, type Heading, type HeadingLevel, type Mutable, type Paragraph, type ParagraphRole, type Section, type Span, type Speech, type Title } from './model';
import { skipSpaces } from './text';

export interface SpeechRange {
  first: number;
  last: number;
}

/** A collection header, a `#` title after content, or the host's recap in a 主持词 starts a new speech. */
export function splitSpeeches(infos: LineInfo[]): SpeechRange[] {
  const ranges: SpeechRange[] = [];
  let first = infos[0].index;
  let content = false;
  for (const info of infos) {
    const startsSpeech = info.kind === 'header' || (info.kind === 'atx-title' && content) || info.startsPart === true;
    if (startsSpeech && info.index > first) {
      ranges.push({ first, last: info.index - 1 });
      first = info.index;
      content = false;
    }
    if (isContent(info)) content = true;
  }
  ranges.push({ first, last: infos[infos.length - 1].index });
  return ranges;
}

const isContent = (info: LineInfo) => info.kind === 'heading' || info.kind === 'text' || info.kind === 'atx-title';

/** Whether a speech's lines hold any content (a `#` title after it would start a new speech). */
export function hasContent(infos: LineInfo[], range: SpeechRange): boolean {
  for (let i = range.first; i <= range.last; i++) if (isContent(infoAt(infos, i))) return true;
  return false;
}

interface Head {
  header?: CollectionHeader;
  title?: Title;
  subtitles: Span[];
  speakers: Span[];
  dates: Span[];
  salutation?: Span;
  /** The first line of the body, and where on it the body starts (after a run-in salutation). */
  bodyLine: number;
  bodyStart?: number;
}

function readHead(text: string, infos: LineInfo[], range: SpeechRange): Head {
  const head: Head = { subtitles: [], speakers: [], dates: [], bodyLine: range.last + 1 };
  const titleParts: Span[] = [];
  let titleLine = -1;
  let titleOpen = false;
  let subtitleOpen = false;
  let atx: number | undefined;
  for (let i = range.first; i <= range.last; i++) {
    const info = infoAt(infos, i);
    const span = { start: info.start, end: info.end };
    if (!isSpeechLine(info)) continue;
    if (info.kind === 'header' && !head.header && !titleParts.length) {
      head.header = { ...(info.atx?.span ?? span), line: i, kind: info.header! };
      continue;
    }
    if (info.kind === 'atx-title' && !titleParts.length) {
      titleParts.push(info.atx!.span);
      titleLine = i;
      atx = info.atx!.hashes;
      continue;
    }
    if (info.kind !== 'text') return { ...head, bodyLine: i, title: makeTitle(text, titleParts, titleLine, atx) };
    const line = text.slice(info.start, info.end);
    const salutation = matchSalutation(line);
    if (salutation) {
      head.salutation = { start: info.start, end: info.start + salutation };
      const rest = skipSpaces(text, info.start + salutation, info.end);
      const bodyLine = rest < info.end ? i : i + 1;
      return { ...head, bodyLine, bodyStart: rest < info.end ? rest : undefined, title: makeTitle(text, titleParts, titleLine, atx) };
    }
    if (isDateLine(line)) {
      head.dates.push(span);
      titleOpen = false;
    } else if (isSubtitleLine(line)) {
      head.subtitles.push(span);
      titleOpen = false;
      subtitleOpen = true;
    } else if (!isTitleCandidate(line)) {
      return { ...head, bodyLine: i, title: makeTitle(text, titleParts, titleLine, atx) };
    } else if (isSpeakerLine(line) && !endsWithTitleSuffix(line)) {
      head.speakers.push(span);
      titleOpen = subtitleOpen = false;
    } else if (!titleParts.length || titleOpen) {
      if (!titleParts.length) titleLine = i;
      titleParts.push(span);
      titleOpen = !endsWithTitleSuffix(line);
    } else if (subtitleOpen) {
      head.subtitles.push(span);
    } else {
      return { ...head, bodyLine: i, title: makeTitle(text, titleParts, titleLine, atx) };
    }
  }
  return { ...head, title: makeTitle(text, titleParts, titleLine, atx) };
}

function makeTitle(text: string, parts: Span[], line: number, atx: number | undefined): Title | undefined {
  if (!parts.length) return undefined;
  const first = parts[0];
  const last = parts[parts.length - 1];
  return { start: first.start, end: last.end, parts, text: parts.map((p) => text.slice(p.start, p.end)).join(''), line, atx };
}

/** Where a speech's content ends: the end of its last line that is not blank, ignored or residue. */
function contentEndBefore(infos: LineInfo[], lineExclusive: number, floor: number): number {
  for (let i = lineExclusive - 1; i >= infos[0].index; i--) {
    const info = infoAt(infos, i);
    if (info.end <= floor) return floor;
    if (isSpeechLine(info)) return info.end;
  }
  return floor;
}

const BOLD_LINE = /^(\*\*|__).+\1$/;
/** A line's text without the ** of a bold line. */
const unbold = (line: string) => (BOLD_LINE.test(line) ? line.slice(2, -2) : line);

/** Text shorter than this many times a heading is no paragraph after it. */
const BODY_TO_HEADING = 2;

/**
 * A short line without a marker standing alone between paragraphs (published versions often drop the
 * numbers): after a finished paragraph or a heading, before a finished paragraph at least twice as long.
 * A short line between short lines (a signature, a list, a poem) is not a heading.
 */
function isUnmarkedHeading(text: string, infos: LineInfo[], i: number, first: number, last: number): boolean {
  const info = infoAt(infos, i);
  const line = unbold(text.slice(info.start, info.end));
  if (!mayBeUnmarkedHeading(line)) return false;
  let before = i - 1;
  while (before >= first && !isSpeechLine(infoAt(infos, before))) before--;
  let after = i + 1;
  while (after <= last && !isSpeechLine(infoAt(infos, after))) after++;
  if (after > last) return false;
  // The first line of the body has the head before it (the caller keeps it only if another such heading follows).
  const previous = before >= first ? infoAt(infos, before) : undefined;
  if (previous && previous.kind !== 'heading' && !(previous.kind === 'text' && endsSentence(text.slice(previous.start, previous.end)))) return false;
  const next = infoAt(infos, after);
  const nextText = text.slice(next.start, next.end);
  return next.kind === 'text' && endsSentence(nextText) && nextText.length >= BODY_TO_HEADING * line.length;
}

const TOP_LEVEL = markerFamilies.topLevelItems;
const TOP_LEVEL_FAMILIES = new Set<string>(TOP_LEVEL.families);

/**
 * `第一，…` `第二，…` paragraphs as the main parts of a speech that has no level-1 heading (data/markerFamilies.json,
 * topLevelItems): the only run of such paragraphs, numbered from 1 without a break, with several
 * paragraphs between each and the next, becomes level-1 ordinal headings (noun ''), each ending at its
 * first sentence; official headings below level 1 (（一） 1. （1） ①) after the first fall into the parts.
 * Items close together stay items (reasons listed in a row), and so do a second run and items after a heading.
 */
function promoteTopLevelItems(text: string, infos: LineInfo[], bodyParts: BodyPart[], headings: Heading[]): void {
  // Only official headings below level 1 may stand in the parts (（一） 1. （1） ①), none before the first.
  if (headings.some((h) => h.level === 1 || !isNumbered(h.marker) || h.marker.style === 'ordinal')) return;
  const opening: { index: number; match: ItemMatch }[] = [];
  bodyParts.forEach((part, index) => {
    if (part.heading) return;
    const match = matchItemMarker(text, part.span.start, part.span.end);
    if (match && TOP_LEVEL_FAMILIES.has(match.family)) opening.push({ index, match });
  });
  if (opening.length < TOP_LEVEL.minItems || (headings.length && headings[0].line < bodyParts[opening[0].index].line)) return;
  const isPart = ({ index, match }: (typeof opening)[number], k: number) =>
    match.family === opening[0].match.family &&
    match.value === k + 1 &&
    bodyParts[index].span.start === infoAt(infos, bodyParts[index].line).start &&
    (k === 0 || index - opening[k - 1].index > TOP_LEVEL.minParagraphsBetween);
  if (!opening.every(isPart)) return;
  const parts = opening.map(({ index, match }) => {
    const info = infoAt(infos, bodyParts[index].line);
    const marker = { value: match.value, style: 'ordinal' as const, numeral: match.numeral, end: match.end, noun: '' };
    return makeHeading(text, info, 1, info.start, info.end, marker, undefined);
  });
  // Each paragraph gives way to its heading's body (kept in place), or to nothing.
  for (let k = opening.length - 1; k >= 0; k--) {
    const heading = parts[k];
    if (heading.body) bodyParts[opening[k].index] = { span: heading.body, line: heading.line, heading };
    else bodyParts.splice(opening[k].index, 1);
  }
  headings.push(...parts);
  headings.sort((a, b) => a.line - b.line);
}

/**
 * Levels of the heads without a fixed one, decided per speech: ordinal heads (第一个问题，第二点，…, one
 * family per noun) and unmarked headings. A family takes its level where its first head stands: one below
 * the innermost heading open there (level 2 under `三 关于…`), and keeps it for the rest of the speech, so
 * that a family is one sequence. A family whose first head opens the speech's body while numbered level-1
 * headings come later (`“十五五”时期主要目标…` then `一、`…`四、`) stands above them: it takes level 1 and
 * the numbered headings after it go one level down (at most to 4).
 */
function resolveRelativeLevels(headings: Heading[]): void {
  // One family per noun (第三　人民的自由 has the empty noun); the unmarked headings are one more.
  const familyOf = (h: Heading) => h.marker.noun ?? (h.marker.style === 'unmarked' ? 'unmarked' : undefined);
  const levels = new Map<string, HeadingLevel>();
  const open: number[] = [];
  let shift = 0;
  headings.forEach((heading, index) => {
    const family = familyOf(heading);
    let level: number;
    if (family === undefined) {
      level = Math.min(4, heading.level + (heading.marker.style === 'markdown' ? 0 : shift));
    } else {
      const known = levels.get(family);
      const numberedBelow = !open.length && headings.some((h, j) => j > index && familyOf(h) === undefined && isNumbered(h.marker) && h.level === 1);
      if (numberedBelow && known === undefined) shift = 1;
      level = known ?? Math.min(4, (open[open.length - 1] ?? 0) + 1);
      levels.set(family, level as HeadingLevel);
    }
    (heading as Mutable<Heading>).level = level as HeadingLevel;
    while (open.length && open[open.length - 1] >= level) open.pop();
    open.push(level);
  });
}

/** A paragraph of the body: a whole text line, or the body of a run-in heading. */
interface BodyPart {
  span: Span;
  line: number;
  heading?: Heading;
}

export function buildSpeech(text: string, infos: LineInfo[], range: SpeechRange, lines: LineIndex): Speech {
  const head = readHead(text, infos, range);
  const { start, end } = lines.spanOfLines(range.first, range.last);
  const contentEnd = contentEndBefore(infos, range.last + 1, start);
  const notes: Span[] = [];
  for (let i = range.first; i <= range.last; i++) {
    const info = infoAt(infos, i);
    if (info.kind === 'note' && !isThematicBreak(text.slice(info.start, info.end))) notes.push({ start: info.start, end: info.end });
  }

  // Paragraph spans first: the closing is found from the end before roles are given.
  const bodyParts: BodyPart[] = [];
  const headings: Heading[] = [];
  // The first line after a title may be an unmarked heading, kept only when another follows it.
  const firstMayBeHeading = head.title !== undefined && head.bodyStart === undefined;
  let lead: Heading | undefined;
  for (let i = head.bodyLine; i <= range.last; i++) {
    const info = infoAt(infos, i);
    if (info.kind === 'heading') {
      headings.push(info.heading!);
      if (info.heading!.body) bodyParts.push({ span: info.heading!.body, line: i, heading: info.heading });
    } else if (info.kind === 'text' && (i > head.bodyLine || firstMayBeHeading) && isUnmarkedHeading(text, infos, i, head.bodyLine, range.last)) {
      const at = BOLD_LINE.test(text.slice(info.start, info.end)) ? info.start + 2 : info.start;
      const heading = makeHeading(text, info, 1, at, info.end, { value: 0, style: 'unmarked', numeral: { start: at, end: at }, end: at }, undefined);
      if (i === head.bodyLine) lead = heading;
      headings.push(heading);
    } else if (info.kind === 'text' || info.kind === 'atx-title' || info.kind === 'header') {
      const from = i === head.bodyLine && head.bodyStart !== undefined ? head.bodyStart : info.start;
      bodyParts.push({ span: { start: from, end: info.end }, line: i });
    }
  }
  if (lead && !headings.some((h) => h !== lead && h.marker.style === 'unmarked')) {
    headings.shift();
    bodyParts.unshift({ span: { start: lead.start, end: lead.end }, line: lead.line });
  }
  promoteTopLevelItems(text, infos, bodyParts, headings);
  let closingFrom = bodyParts.length;
  while (closingFrom > 0) {
    const part = bodyParts[closingFrom - 1];
    if (part.heading || !isClosingParagraph(text.slice(part.span.start, part.span.end))) break;
    closingFrom--;
  }
  const firstHeadingLine = headings.length ? headings[0].line : Infinity;
  resolveRelativeLevels(headings);

  const sections: Section[] = [];
  const paragraphs: Paragraph[] = [];
  const enumerations = new EnumerationScanner(text, lines);
  const stack: Mutable<Section>[] = [];
  let current: Mutable<Section> | undefined;
  let openingOver = false;
  let headingIndex = 0;

  const closeSections = (level: number, boundaryLine: number) => {
    while (stack.length && stack[stack.length - 1].heading.level >= level) {
      const done = stack.pop()!;
      done.end = Math.max(done.heading.end, contentEndBefore(infos, boundaryLine, done.start));
    }
  };

  for (let p = 0; p <= bodyParts.length; p++) {
    const part = bodyParts[p];
    // Open the sections of headings that come before this part (or all that remain, at the end).
    while (headingIndex < headings.length && (!part || headings[headingIndex].line <= part.line)) {
      const heading = headings[headingIndex++];
      closeSections(heading.level, heading.line);
      const parent = stack[stack.length - 1];
      const section: Mutable<Section> = { start: heading.start, end: heading.end, heading, parent, children: [], items: [] };
      (parent ? parent.children : sections).push(section);
      stack.push(section);
      current = section;
      enumerations.closeRuns();
    }
    if (!part) break;
    let role: ParagraphRole = 'body';
    if (p >= closingFrom) role = 'closing';
    else if (!openingOver && part.line < firstHeadingLine && !part.heading) role = 'opening';
    const paragraph: Paragraph = { start: part.span.start, end: part.span.end, line: part.line, role, heading: part.heading };
    paragraphs.push(paragraph);
    const found = enumerations.scan(paragraph, current);
    if (role === 'opening' && found[0]?.paragraphStart) (paragraph as Mutable<Paragraph>).role = 'body';
    if (paragraph.role !== 'opening') openingOver = true;
  }
  closeSections(1, range.last + 1);
  enumerations.finish();

  return {
    start,
    end,
    header: head.header,
    title: head.title,
    subtitles: head.subtitles,
    speakers: head.speakers,
    dates: head.dates,
    salutation: head.salutation,
    paragraphs,
    sections,
    headings,
    items: enumerations.items,
    runs: enumerations.runs,
    contentEnd,
    notes,
  };
}
