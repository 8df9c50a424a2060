// Builds the document model of a speech file: speeches, their head lines, sections at four
// levels, paragraphs and inline enumeration runs. One linear pass over the lines; never throws.
import { LineIndex } from './lines';
import { shiftSpeech } from './shiftSpeech';
import { firstStartingAt, partitionPoint } from './sorted';
import {
  BLOCK_RESIDUE_KINDS,
  codePointLength,
  endsWithTitleSuffix,
  hasSentencePunctuation,
  isClosingParagraph,
  isDateLine,
  isExcerptLine,
  isSpeakerLine,
  isSubtitleLine,
  isTitleCandidate,
  matchCollectionHeader,
  matchResidue,
  matchSalutation,
  mayBeResidue,
} from './lineKinds';
import {
  firstSentenceEnd,
  isClosingQuote,
  isComma,
  isSpace,
  matchHeadingMarker,
  matchItemMarker,
  nextItemBreak,
  skipSpaces,
} from './markers';
import type {
  CollectionHeader,
  EnumFamily,
  EnumItem,
  EnumRun,
  Heading,
  HeadingLevel,
  Paragraph,
  ParagraphRole,
  ResidueKind,
  ResidueLine,
  Section,
  Span,
  Speech,
  SpeechModel,
  Title,
} from './model';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Lines at most this far apart (3 lines between) close a watermark block around what they enclose. */
const MAX_BLOCK_GAP_LINES = 4;

type LineKind = 'blank' | 'ignored' | 'residue' | 'header' | 'heading' | 'atx-title' | 'text';

/** A line of the speech itself: not blank, ignored (code, comments) or residue. */
const isSpeechLine = (info: LineInfo) => info.kind !== 'blank' && info.kind !== 'ignored' && info.kind !== 'residue';

interface LineInfo {
  readonly index: number;
  /** First character after indentation (and a BOM). */
  readonly start: number;
  /** End of the line's content, trailing spaces dropped. */
  readonly end: number;
  kind: LineKind;
  residue?: ResidueKind;
  heading?: Heading;
  header?: CollectionHeader['kind'];
  /** For 'atx-title': the title text's span and the number of # marks. */
  atx?: { span: Span; hashes: number };
}

/**
 * The model of `text`. Given the model of the document's previous version, only the speeches around
 * the change are parsed again; the others are kept, or moved into place (the result is the same).
 */
export function parse(text: string, previous?: SpeechModel): SpeechModel {
  const state = previous && parseStates.get(previous);
  return (state && reparse(previous!, state, text)) ?? parseWhole(text);
}

function parseWhole(text: string): SpeechModel {
  const lines = new LineIndex(text);
  const { infos } = classifyLines(text, lines, 0, lines.lineCount - 1);
  const residue = findResidue(text, infos, true);
  classifyStructure(text, infos);
  const ranges = splitSpeeches(infos);
  const speeches = ranges.map((range) => buildSpeech(text, infos, range, lines));
  return withState({ text, lines, speeches, residue, textLines: textLinesOf(infos) }, { kinds: Uint8Array.from(infos, kindCode), ranges });
}

const LINE_KINDS: LineKind[] = ['blank', 'ignored', 'residue', 'header', 'heading', 'atx-title', 'text'];
const RESIDUE_KINDS: ResidueKind[] = ['excerpt', 'watermark', 'advert', 'disclaimer', 'source', 'caption', 'stray'];
/** A line's kind as a number; residue lines by their residue kind, which the checks report. */
const kindCode = (info: LineInfo) => (info.residue ? LINE_KINDS.length + RESIDUE_KINDS.indexOf(info.residue) : LINE_KINDS.indexOf(info.kind));
const ATX_TITLE = LINE_KINDS.indexOf('atx-title');
const EXCERPT = LINE_KINDS.length + RESIDUE_KINDS.indexOf('excerpt');

/** What a model was built from besides its text, for the next version: each line's kind (kindCode) and each speech's lines. */
interface ParseState {
  kinds: Uint8Array;
  ranges: SpeechRange[];
}
const parseStates = new WeakMap<SpeechModel, ParseState>();

function withState(model: SpeechModel, state: ParseState): SpeechModel {
  parseStates.set(model, state);
  return model;
}

/** Lines around a change that may read differently because of it: a watermark block spans up to MAX_BLOCK_GAP_LINES lines. */
const CONTEXT = MAX_BLOCK_GAP_LINES + 1;

/**
 * Parses again only the speeches within CONTEXT lines of where `text` differs from the previous
 * version; the speeches before them are kept and those after them moved. Undefined when that would be
 * the whole document, or when the change reaches further: a code fence or comment left open.
 */
function reparse(previous: SpeechModel, state: ParseState, text: string): SpeechModel | undefined {
  const old = previous.text;
  const prefix = commonPrefix(old, text);
  const suffix = commonSuffix(old, text, Math.min(old.length, text.length) - prefix);
  const oldLines = previous.lines;
  // The speech holding a line: the last whose first line is at or before it.
  const speechAt = (line: number) => Math.max(0, partitionPoint(state.ranges, (r) => r.first <= line) - 1);
  const first = speechAt(Math.max(0, oldLines.lineAt(prefix) - CONTEXT));
  const last = speechAt(Math.min(oldLines.lineCount - 1, oldLines.lineAt(old.length - suffix) + CONTEXT));
  if (first === 0 && last === state.ranges.length - 1) return undefined;

  const lines = new LineIndex(text);
  const lineDelta = lines.lineCount - oldLines.lineCount;
  const delta = text.length - old.length;
  const from = state.ranges[first].first;
  const oldTo = state.ranges[last].last;
  const to = oldTo + lineDelta;
  const region = classifyLines(text, lines, from, to);
  if (region.open) return undefined;
  // A region at the top must still hold the document's first text line (the one an excerpt note may be).
  if (from === 0 && !region.infos.some((info) => info.kind === 'text')) return undefined;
  // The watermark-block rule reads the lines next to the region, as they were classified before.
  const before: LineInfo[] = [];
  for (let i = Math.max(0, from - CONTEXT); i < from; i++) before.push(contextLine(text, lines, i, state.kinds[i]));
  const after: LineInfo[] = [];
  for (let i = to + 1; i < Math.min(lines.lineCount, to + 1 + CONTEXT); i++) after.push(contextLine(text, lines, i, state.kinds[i - lineDelta]));
  // Only a region at the top holds the document's first text line, which may be an excerpt note.
  const residue = findResidue(text, [...before, ...region.infos, ...after], from === 0).filter((r) => r.line >= from && r.line <= to);
  classifyStructure(text, region.infos);
  const ranges = splitSpeeches(region.infos);
  const next = state.ranges[last + 1];
  if (next) {
    // A # title opens the next speech only after content: the region's last speech must still have some.
    if (state.kinds[next.first] === ATX_TITLE && !hasContent(region.infos, ranges[ranges.length - 1])) return undefined;
    // A watermark block reaches past the region when its last lines read differently than before (a
    // comment opened or closed above them, another first line): the speech after may read differently.
    for (let i = Math.max(from, to - MAX_BLOCK_GAP_LINES + 1); i <= to; i++) if (kindCode(infoAt(region.infos, i)) !== state.kinds[i - lineDelta]) return undefined;
  }

  const moveResidue = (r: ResidueLine): ResidueLine => ({ start: r.start + delta, end: r.end + delta, line: r.line + lineDelta, kind: r.kind, rule: r.rule });
  const fromOffset = lines.starts[from];
  const afterOffset = oldLines.spanOfLines(oldTo).end;
  const beforeRegion = <T extends Span>(list: T[]) => list.slice(0, firstStartingAt(list, fromOffset));
  const afterRegion = <T extends Span>(list: T[]) => list.slice(firstStartingAt(list, afterOffset));
  const kinds = new Uint8Array(lines.lineCount);
  kinds.set(state.kinds.subarray(0, from));
  region.infos.forEach((info) => (kinds[info.index] = kindCode(info)));
  kinds.set(state.kinds.subarray(oldTo + 1), to + 1);
  const model: SpeechModel = {
    text,
    lines,
    speeches: [
      ...previous.speeches.slice(0, first),
      ...ranges.map((range) => buildSpeech(text, region.infos, range, lines)),
      ...previous.speeches.slice(last + 1).map((speech) => carry(speech, delta, lineDelta)),
    ],
    residue: [...beforeRegion(previous.residue), ...residue, ...afterRegion(previous.residue).map(moveResidue)],
    textLines: [...beforeRegion(previous.textLines), ...textLinesOf(region.infos), ...afterRegion(previous.textLines).map((s) => ({ start: s.start + delta, end: s.end + delta }))],
  };
  return withState(model, {
    kinds,
    ranges: [...state.ranges.slice(0, first), ...ranges, ...state.ranges.slice(last + 1).map((r) => ({ first: r.first + lineDelta, last: r.last + lineDelta }))],
  });
}

/**
 * A line outside the region as the residue pass saw it before: blank, ignored, the excerpt note (marked
 * before any pattern is tried, and never part of a watermark block), or text.
 */
function contextLine(text: string, lines: LineIndex, index: number, code: number): LineInfo {
  const info = lineSpan(text, lines, index);
  const kind = LINE_KINDS[code];
  if (kind === 'blank' || kind === 'ignored') {
    info.kind = kind;
  } else if (code === EXCERPT) {
    info.kind = 'residue';
    info.residue = 'excerpt';
  } else {
    info.kind = 'text';
  }
  return info;
}

/** Length of the common start of two strings, compared a block at a time by the engine. */
function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let n = 0;
  while (n + COMPARE_BLOCK <= max && a.slice(n, n + COMPARE_BLOCK) === b.slice(n, n + COMPARE_BLOCK)) n += COMPARE_BLOCK;
  while (n < max && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/** Length of the common end of two strings, at most `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  let n = 0;
  while (n + COMPARE_BLOCK <= max && a.slice(a.length - n - COMPARE_BLOCK, a.length - n) === b.slice(b.length - n - COMPARE_BLOCK, b.length - n)) n += COMPARE_BLOCK;
  while (n < max && a.charCodeAt(a.length - n - 1) === b.charCodeAt(b.length - n - 1)) n++;
  return n;
}

const COMPARE_BLOCK = 4096;

/** A speech carried unchanged into the next version, moved by `delta` characters and `lineDelta` lines. */
function carry(speech: Speech, delta: number, lineDelta: number): Speech {
  const moved = shiftSpeech(speech, delta, lineDelta);
  identities.set(moved, speechIdentity(speech));
  return moved;
}

/** One token per speech as built, shared by the copies later versions make of it unchanged. */
const identities = new WeakMap<Speech, object>();

/**
 * What stays the same while a speech is carried unchanged from version to version (its text and line
 * kinds are those it was built from), for caches of results computed from a speech alone.
 */
export function speechIdentity(speech: Speech): object {
  let identity = identities.get(speech);
  if (!identity) identities.set(speech, (identity = {}));
  return identity;
}

/** Where a line's content starts and ends: indentation (and a BOM) and trailing spaces left out. */
function lineSpan(text: string, lines: LineIndex, index: number): LineInfo {
  const start = skipSpaces(text, lines.starts[index], lines.ends[index]);
  let end = lines.ends[index];
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { index, start, end, kind: start === end ? 'blank' : 'text' };
}

/** Lines from..to (inclusive), no fence or comment open before them; `open` when one is after them. */
function classifyLines(text: string, lines: LineIndex, from: number, to: number): { infos: LineInfo[]; open: boolean } {
  const infos: LineInfo[] = [];
  let fence: string | undefined;
  let inComment = false;
  for (let i = from; i <= to; i++) {
    const info = lineSpan(text, lines, i);
    infos.push(info);
    if (info.kind === 'blank') continue;
    const { start, end } = info;
    const line = text.slice(start, Math.min(end, start + 8));
    // Fenced code and HTML comments (where speech-disable comments live) are not speech text.
    if (fence !== undefined) {
      info.kind = 'ignored';
      if (line.startsWith(fence)) fence = undefined;
    } else if (inComment || line.startsWith('<!--')) {
      info.kind = 'ignored';
      inComment = !text.slice(start, end).includes('-->');
    } else if (line.startsWith('```') || line.startsWith('~~~')) {
      info.kind = 'ignored';
      fence = line.slice(0, 3);
    }
  }
  return { infos, open: fence !== undefined || inComment };
}

/** Spans of the lines that are speech text: not blank, ignored or residue. */
function textLinesOf(infos: LineInfo[]): Span[] {
  const spans: Span[] = [];
  for (const info of infos) if (isSpeechLine(info)) spans.push({ start: info.start, end: info.end });
  return spans;
}

/** The info of line `index` in a list of consecutive lines. */
const infoAt = (infos: LineInfo[], index: number) => infos[index - infos[0].index];

/** Residue lines among `infos` (consecutive lines); the first text line is checked for an excerpt note if `excerpt`. */
function findResidue(text: string, infos: LineInfo[], excerpt: boolean): ResidueLine[] {
  const found: ResidueLine[] = [];
  const mark = (info: LineInfo, kind: ResidueLine['kind'], rule: string) => {
    info.kind = 'residue';
    info.residue = kind;
    found.push({ start: info.start, end: info.end, line: info.index, kind, rule });
  };
  const first = excerpt ? infos.find((l) => l.kind === 'text') : undefined;
  if (first && isExcerptLine(text.slice(first.start, first.end))) mark(first, 'excerpt', 'excerpt');
  // A heading is speech text whatever words it holds (（三）严厉打击侵权盗版行为…).
  const isHeading = (info: LineInfo) => matchHeadingMarker(text, info.start, info.end) !== undefined;
  for (const info of infos) {
    if (info.kind !== 'text' || !mayBeResidue(info.end - info.start) || isHeading(info)) continue;
    const hit = matchResidue(text.slice(info.start, info.end));
    if (hit) mark(info, hit.kind, hit.id);
  }
  // A few short lines between two watermark or advert lines, with no blank line between, belong to
  // the watermark block (酷乐文行 / 自建平台、实时分享); nothing that reads as part of a speech does.
  let previousStrong: LineInfo | undefined;
  for (const info of infos) {
    if (info.kind === 'blank') previousStrong = undefined;
    if (info.kind !== 'residue' || !BLOCK_RESIDUE_KINDS.has(info.residue!)) continue;
    if (previousStrong && info.index - previousStrong.index <= MAX_BLOCK_GAP_LINES) {
      for (let i = previousStrong.index + 1; i < info.index; i++) {
        const between = infoAt(infos, i);
        const line = text.slice(between.start, between.end);
        if (between.kind === 'text' && !isHeading(between) && isBlockFiller(line)) mark(between, 'watermark', 'watermark-block');
      }
    }
    previousStrong = info;
  }
  return found.sort((a, b) => a.start - b.start);
}

function isBlockFiller(line: string): boolean {
  return (
    codePointLength(line) <= 30 &&
    !hasSentencePunctuation(line) &&
    !endsWithTitleSuffix(line) &&
    !matchSalutation(line) &&
    !isDateLine(line) &&
    !isSpeakerLine(line) &&
    !matchCollectionHeader(line)
  );
}

const ATX = /^(#{1,6})[ \t]+/;
const BOLD = /^(\*\*|__)/;

function classifyStructure(text: string, infos: LineInfo[]): void {
  for (const info of infos) {
    if (info.kind !== 'text') continue;
    const content = text.slice(info.start, info.end);
    const header = matchCollectionHeader(content);
    if (header) {
      info.kind = 'header';
      info.header = header;
      continue;
    }
    let at = info.start;
    let end = info.end;
    const atx = ATX.exec(content);
    if (atx) {
      at = skipSpaces(text, at + atx[0].length, end);
      // A closing sequence of # (## 标题 ##), read from the end without a backtracking pattern.
      let hashes = end;
      while (hashes > at && text[hashes - 1] === '#') hashes--;
      if (hashes < end && hashes > at && (text[hashes - 1] === ' ' || text[hashes - 1] === '\t')) end = hashes;
      while (end > at && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
    }
    const bold = BOLD.exec(text.slice(at, at + 2));
    const markerAt = bold ? at + 2 : at;
    const marker = matchHeadingMarker(text, markerAt, end);
    if (marker) {
      info.kind = 'heading';
      info.heading = makeHeading(text, info, marker.level, markerAt, end, marker, atx?.[1].length);
    } else if (atx && at < end) {
      const hashes = atx[1].length;
      if (hashes === 1) {
        info.kind = 'atx-title';
        info.atx = { span: { start: at, end }, hashes };
      } else {
        const level = Math.min(hashes - 1, 4) as HeadingLevel;
        info.kind = 'heading';
        info.heading = makeHeading(text, info, level, at, end, { value: 0, style: 'markdown', numeral: { start: at, end: at }, end: at }, hashes);
      }
    }
  }
}

function makeHeading(
  text: string,
  info: LineInfo,
  level: HeadingLevel,
  markerStart: number,
  contentEnd: number,
  marker: { value: number; style: Heading['marker']['style']; numeral: Span; end: number; extraPunctuation?: Span },
  atx: number | undefined,
): Heading {
  // A closing ** of a bold heading is not part of its title.
  let end = contentEnd;
  if (markerStart > info.start && text.startsWith('**', markerStart - 2) && text.endsWith('**', end)) end -= 2;
  const titleEnd = firstSentenceEnd(text, marker.end, end);
  let titleStop = titleEnd;
  while (titleStop > markerStart && isSpace(text.charCodeAt(titleStop - 1))) titleStop--;
  const bodyStart = titleEnd < end ? skipSpaces(text, titleEnd + 1, end) : end;
  return {
    kind: 'heading',
    level,
    line: info.index,
    start: info.start,
    end: info.end,
    marker: { start: markerStart, end: marker.end, value: marker.value, style: marker.style, numeral: marker.numeral, extraPunctuation: marker.extraPunctuation },
    title: { start: markerStart, end: titleStop },
    body: bodyStart < end ? { start: bodyStart, end } : undefined,
    atx,
  };
}

interface SpeechRange {
  first: number;
  last: number;
}

/** A collection header, or a `#` title after content, starts a new speech. */
function splitSpeeches(infos: LineInfo[]): SpeechRange[] {
  const ranges: SpeechRange[] = [];
  let first = infos[0].index;
  let content = false;
  for (const info of infos) {
    const startsSpeech = info.kind === 'header' || (info.kind === 'atx-title' && content);
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
function hasContent(infos: LineInfo[], range: SpeechRange): boolean {
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
      head.header = { ...span, line: i, kind: info.header! };
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

interface RunState {
  /** A run whose items open paragraphs (it spans paragraphs). */
  paragraphRun?: EnumRun;
  /** A run written inside a paragraph; nested in paragraphRun when both exist. */
  inlineRun?: EnumRun;
}

function buildSpeech(text: string, infos: LineInfo[], range: SpeechRange, lines: LineIndex): Speech {
  const head = readHead(text, infos, range);
  const { start, end } = lines.spanOfLines(range.first, range.last);
  const contentEnd = contentEndBefore(infos, range.last + 1, start);

  // Paragraph spans first: the closing is found from the end before roles are given.
  const bodyParts: { span: Span; line: number; heading?: Heading }[] = [];
  const headings: Heading[] = [];
  for (let i = head.bodyLine; i <= range.last; i++) {
    const info = infoAt(infos, i);
    if (info.kind === 'heading') {
      headings.push(info.heading!);
      if (info.heading!.body) bodyParts.push({ span: info.heading!.body, line: i, heading: info.heading });
    } else if (info.kind === 'text' || info.kind === 'atx-title' || info.kind === 'header') {
      const from = i === head.bodyLine && head.bodyStart !== undefined ? head.bodyStart : info.start;
      bodyParts.push({ span: { start: from, end: info.end }, line: i });
    }
  }
  let closingFrom = bodyParts.length;
  while (closingFrom > 0) {
    const part = bodyParts[closingFrom - 1];
    if (part.heading || !isClosingParagraph(text.slice(part.span.start, part.span.end))) break;
    closingFrom--;
  }
  const firstHeadingLine = headings.length ? headings[0].line : Infinity;

  const sections: Section[] = [];
  const items: EnumItem[] = [];
  const runs: EnumRun[] = [];
  const paragraphs: Paragraph[] = [];
  const stack: Mutable<Section>[] = [];
  let current: Mutable<Section> | undefined;
  let runState = new Map<EnumFamily, RunState>();
  let openingOver = false;
  let headingIndex = 0;
  const tentative = new Set<EnumItem>();

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
      const section: Mutable<Section> = { start: heading.start, end: heading.end, heading, parent: stack[stack.length - 1], children: [], items: [] };
      (section.parent ? section.parent.children : sections).push(section);
      stack.push(section);
      current = section;
      runState = new Map();
    }
    if (!part) break;
    let role: ParagraphRole = 'body';
    if (p >= closingFrom) role = 'closing';
    else if (!openingOver && part.line < firstHeadingLine && !part.heading) role = 'opening';
    const paragraph: Paragraph = { start: part.span.start, end: part.span.end, line: part.line, role, heading: part.heading };
    paragraphs.push(paragraph);
    const found = scanItems(text, paragraph, lines, current, runState, runs, tentative);
    if (found.length) {
      if (role === 'opening' && found[0].paragraphStart) (paragraph as Mutable<Paragraph>).role = 'body';
      // A loop, not push(...found): a spread passes one argument per item and overflows the stack past ~125,000.
      for (const item of found) {
        items.push(item);
        current?.items.push(item);
      }
    }
    if (paragraph.role !== 'opening') openingOver = true;
  }
  closeSections(1, range.last + 1);
  dropUnconfirmed(text, runs, items, tentative);

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
    items,
    runs,
    contentEnd,
  };
}

/** Finds the enumeration items of one paragraph and files each into its run. */
function scanItems(
  text: string,
  paragraph: Paragraph,
  lines: LineIndex,
  section: Section | undefined,
  runState: Map<EnumFamily, RunState>,
  runs: EnumRun[],
  tentative: Set<EnumItem>,
): EnumItem[] {
  const found: Mutable<EnumItem>[] = [];
  const limit = paragraph.end;
  let at = paragraph.start;
  let paragraphStart = !paragraph.heading;
  let afterComma = false;
  while (at < limit) {
    const match = matchItemMarker(text, at, limit);
    // After a comma an item counts when it goes on with an open run (`…的狠劲，三是…` after 二是), or
    // when it is 一 and the run it opens goes on (`存在一些问题，一是…。二是…`): see dropUnconfirmed.
    if (match && (!afterComma || match.value === 1 || continuesRun(runState, match))) {
      const item = fileItem(text, match, at, paragraphStart, lines, section, runState, runs, limit);
      if (item) {
        if (found.length) setItemEnd(text, found[found.length - 1], at);
        found.push(item);
        if (afterComma && match.value === 1) tentative.add(item);
      }
    }
    // Next candidate: past the next sentence mark or comma, closing quotes and spaces.
    let i = nextItemBreak(text, at + 1, limit);
    afterComma = i < limit && isComma(text.charCodeAt(i));
    i++;
    while (i < limit && (isClosingQuote(text.charCodeAt(i)) || isSpace(text.charCodeAt(i)))) i++;
    at = i;
    paragraphStart = false;
  }
  // An inline run nested in a run of paragraph-opening items ends with its paragraph.
  for (const state of runState.values()) if (state.paragraphRun) state.inlineRun = undefined;
  return found;
}

/** An item extends to where the next begins; its title (first sentence) never runs past that. */
function setItemEnd(text: string, item: Mutable<EnumItem>, end: number): void {
  item.end = end;
  let titleEnd = Math.min(firstSentenceEnd(text, item.marker.end, end), end);
  while (titleEnd > item.marker.end && /[\s，,、]/.test(text[titleEnd - 1])) titleEnd--;
  item.title = { start: item.start, end: titleEnd };
}

/** A run opened after a comma that nothing continued was prose (`做好两件事，一是…`), not a list. */
function dropUnconfirmed(text: string, runs: EnumRun[], items: EnumItem[], tentative: Set<EnumItem>): void {
  if (!tentative.size) return;
  const dropped = new Set(runs.filter((r) => r.items.length === 1 && tentative.has(r.items[0])).map((r) => r.items[0]));
  if (!dropped.size) return;
  // The item before a dropped one takes back the text the dropped one had.
  const droppedAt = new Map([...dropped].map((i) => [i.start, i]));
  for (const item of items) {
    const next = droppedAt.get(item.end);
    if (next && !dropped.has(item)) setItemEnd(text, item as Mutable<EnumItem>, next.end);
  }
  const keep = <T>(list: T[], predicate: (x: T) => boolean) => {
    const kept = list.filter(predicate);
    list.length = 0;
    for (const x of kept) list.push(x);
  };
  keep(runs, (r) => !dropped.has(r.items[0]));
  keep(items, (i) => !dropped.has(i));
  for (const item of dropped) if (item.section) keep(item.section.items, (i) => i !== item);
}

/** The next number of an open run, or the same or one further (a duplicate or a gap the checks report). */
function continuesRun(runState: Map<EnumFamily, RunState>, match: { family: EnumFamily; value: number }): boolean {
  const state = runState.get(match.family);
  const run = state?.inlineRun ?? state?.paragraphRun;
  const last = run?.items[run.items.length - 1].value;
  return last !== undefined && match.value >= last && match.value <= last + 2;
}

function fileItem(
  text: string,
  match: NonNullable<ReturnType<typeof matchItemMarker>>,
  at: number,
  paragraphStart: boolean,
  lines: LineIndex,
  section: Section | undefined,
  runState: Map<EnumFamily, RunState>,
  runs: EnumRun[],
  limit: number,
): Mutable<EnumItem> | undefined {
  let state = runState.get(match.family);
  const opensRun = match.value === 1;
  // 其次/再次/最后 only continue an order run that 首先 opened.
  if (match.family === 'order' && !opensRun && !state?.paragraphRun && !state?.inlineRun) return undefined;
  if (!state) runState.set(match.family, (state = {}));

  const item: Mutable<EnumItem> = {
    kind: 'item',
    family: match.family,
    value: match.value,
    numeralStyle: match.numeralStyle,
    line: lines.lineAt(at),
    start: at,
    end: limit,
    marker: { start: at, end: match.end },
    numeral: match.numeral,
    title: { start: at, end: firstSentenceEnd(text, match.end, limit) },
    paragraphStart,
    section,
  };
  const newRun = (): EnumRun => {
    const run: EnumRun = { family: match.family, items: [], section };
    runs.push(run);
    return run;
  };
  let run: EnumRun;
  if (paragraphStart) {
    run = opensRun ? newRun() : (state.paragraphRun ?? state.inlineRun ?? newRun());
    state.paragraphRun = run;
    state.inlineRun = undefined;
  } else {
    run = opensRun ? newRun() : (state.inlineRun ?? state.paragraphRun ?? newRun());
    if (run !== state.paragraphRun) state.inlineRun = run;
  }
  run.items.push(item);
  return item;
}
