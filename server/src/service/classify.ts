// Line classification, the first pass of parse: each line's content span and kind (blank, ignored
// code or comment, template residue, collection header, heading, # title, text). Speech assembly
// (assemble.ts) reads only these kinds.
import markerFamilies from './data/markerFamilies.json';
import { LineIndex } from './lines';
import {
  BLOCK_RESIDUE_KINDS,
  endsSentence,
  endsWithTitleSuffix,
  footnoteFamily,
  hasSentencePunctuation,
  isClosingParagraph,
  isDateLine,
  isEditorialNote,
  isExcerptLine,
  isNotesHeader,
  isSpeakerLine,
  matchCollectionHeader,
  matchFirstFootnote,
  matchHostLine,
  matchResidue,
  matchSalutation,
  mayBeResidue,
} from './lineKinds';
import { firstSentenceEnd, matchHeadingMarker } from './markers';
import { RESIDUE_KINDS, type CollectionHeader, type Heading, type HeadingLevel, type ResidueKind, type ResidueLine, type Span } from './model';
import { codePointLength, isHan, isSpace, skipSpaces } from './text';

/** Lines at most this far apart (3 lines between) close a watermark block around what they enclose. */
export const MAX_BLOCK_GAP_LINES = 4;

/** Every kind of line; the type is read from the list, so a kind cannot be in one and not the other. */
export const LINE_KINDS = ['blank', 'ignored', 'residue', 'header', 'heading', 'atx-title', 'text', 'note'] as const;
export type LineKind = (typeof LINE_KINDS)[number];

/** A line of the speech itself: not blank, ignored (code, comments), residue or a note (注释 and after). */
export const isSpeechLine = (info: LineInfo) => info.kind !== 'blank' && info.kind !== 'ignored' && info.kind !== 'residue' && info.kind !== 'note';

export interface LineInfo {
  readonly index: number;
  /** First character after indentation (and a BOM). */
  readonly start: number;
  /** End of the line's content, trailing spaces dropped. */
  readonly end: number;
  kind: LineKind;
  residue?: ResidueKind;
  heading?: Heading;
  header?: CollectionHeader['kind'];
  /** For 'atx-title' (and a header written with # marks): the text's span and the number of # marks. */
  atx?: { span: Span; hashes: number };
  /** A text line that starts a speech of its own: the host's recap after a speech in a 主持词 (markHostParts). */
  startsPart?: true;
}

/** A line's kind as a number; residue lines by their residue kind, which the checks report. */
export function kindCode(info: LineInfo): number {
  return info.residue ? LINE_KINDS.length + RESIDUE_KINDS.indexOf(info.residue) : LINE_KINDS.indexOf(info.kind);
}

/** Where a line's content starts and ends: indentation (and a BOM) and trailing spaces left out. */
export function lineSpan(text: string, lines: LineIndex, index: number): LineInfo {
  const start = skipSpaces(text, lines.starts[index], lines.ends[index]);
  let end = lines.ends[index];
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { index, start, end, kind: start === end ? 'blank' : 'text' };
}

/** Lines from..to (inclusive), no fence or comment open before them; `open` when one is after them. */
export function classifyLines(text: string, lines: LineIndex, from: number, to: number): { infos: LineInfo[]; open: boolean } {
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
export function textLinesOf(infos: LineInfo[]): Span[] {
  const spans: Span[] = [];
  for (const info of infos) if (isSpeechLine(info)) spans.push({ start: info.start, end: info.end });
  return spans;
}

/** The info of line `index` in a list of consecutive lines. */
export const infoAt = (infos: LineInfo[], index: number) => infos[index - infos[0].index];

/** Residue lines among `infos` (consecutive lines); the first text line is checked for an excerpt note if `excerpt`. */
export function findResidue(text: string, infos: LineInfo[], excerpt: boolean): ResidueLine[] {
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
/** `----------------` between the speech and its notes (a Markdown thematic break). */
const THEMATIC_BREAK = /^(?:[-─━]{3,}|(?:\* *){3,})$/;
export const isThematicBreak = (line: string) => THEMATIC_BREAK.test(line);
const BOLD = /^(\*\*|__)/;

/**
 * Headers, headings and # titles among the text lines of `infos` (whole speeches: the notes a
 * `注释` line opens end at the next header or # title, so they never reach past a speech), then the
 * parts of a 主持词. Returns whether a line names a 主持词 (markHostParts).
 */
export function classifyStructure(text: string, infos: LineInfo[]): { hosting: boolean } {
  const footnotes = footnoteTails(text, infos);
  let inNotes = false;
  let previous: LineInfo | undefined;
  for (const [k, info] of infos.entries()) {
    if (info.kind !== 'text') continue;
    const before = previous;
    previous = info;
    const content = text.slice(info.start, info.end);
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
    const header = matchCollectionHeader(content);
    if (header) {
      info.kind = 'header';
      info.header = header;
      if (atx) info.atx = { span: { start: at, end }, hashes: atx[1].length };
      inNotes = false;
      continue;
    }
    if (inNotes && !(atx && atx[1].length === 1)) {
      info.kind = 'note';
      continue;
    }
    inNotes = isNotesHeader(content) || (footnotes[k] >= 0 && opensFootnotes(text, content, footnotes[k], before));
    if (inNotes || isEditorialNote(content) || isThematicBreak(content)) {
      info.kind = 'note';
      continue;
    }
    const bold = BOLD.exec(text.slice(at, at + 2));
    const markerAt = bold ? at + 2 : at;
    const marker = matchHeadingMarker(text, markerAt, end, atx !== null);
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
  return { hosting: markHostParts(text, infos) };
}

/** The lines a speech after a hand-over must hold at least: fewer are the host's own next words. */
const MIN_SPEECH_LINES = markerFamilies.hosting.minSpeechParagraphs;

/**
 * 主持词 with the speeches it introduces (data/markerFamilies.json, hosting). After a line naming the
 * host's script (`…主持词`), a hand-over (`下面，请…讲话。`) followed by a speech (MIN_SPEECH_LINES lines of
 * text before the next host line, header or # title) becomes the header of a part of its own, and the
 * host's next recap (`同志们，刚才，…讲话…`) starts the host's part again. The host's lines alone (the
 * speeches left out) stay one speech. A header or # title that names no script ends the 主持词. Returns
 * whether a line names a script: without one no line is read so; with one, as this rule reads across
 * speeches, reparse parses the whole text.
 */
function markHostParts(text: string, infos: LineInfo[]): boolean {
  const hostLines = infos.map((info) => (info.kind === 'text' || info.kind === 'header' || info.kind === 'atx-title' ? matchHostLine(text.slice(info.start, info.end)) : undefined));
  let hosted = false;
  let speaking = false;
  infos.forEach((info, k) => {
    const host = hostLines[k];
    if (info.kind === 'header' || info.kind === 'atx-title' || host === 'script') {
      hosted = host === 'script';
      speaking = false;
    } else if (hosted && info.kind === 'text' && host === 'handOver' && speechFollows(infos, hostLines, k)) {
      info.kind = 'header';
      info.header = '部分';
      speaking = true;
    } else if (speaking && info.kind === 'text' && host === 'recap') {
      info.startsPart = true;
      speaking = false;
    }
  });
  return hostLines.includes('script');
}

/** Whether MIN_SPEECH_LINES lines of text follow line `k` before the next host line, header or # title. */
function speechFollows(infos: LineInfo[], hostLines: (string | undefined)[], k: number): boolean {
  let count = 0;
  for (let i = k + 1; i < infos.length && count < MIN_SPEECH_LINES; i++) {
    const info = infos[i];
    if (hostLines[i] !== undefined || info.kind === 'header' || info.kind === 'atx-title') return false;
    if (info.kind === 'text' || info.kind === 'heading') count++;
  }
  return count >= MIN_SPEECH_LINES;
}

/** A line that ends the notes before it: a collection header or a `#` title. */
const endsNotes = (content: string) => matchCollectionHeader(content) !== undefined || ATX.exec(content)?.[1].length === 1;

/** No footnote family: the line is no note, or a line after it up to the end of its speech is none. */
const NO_FAMILY = -1;
/** Nothing but blank, ignored or residue lines up to the end of the speech. */
const SPEECH_END = -2;

/**
 * For each line, the footnote family (lineKinds.footnoteFamily) of every text line from it to the end of
 * its speech (the next header or `#` title), or NO_FAMILY: read backwards once, so each line costs one look.
 */
function footnoteTails(text: string, infos: LineInfo[]): Int8Array {
  const tails = new Int8Array(infos.length).fill(NO_FAMILY);
  let tail = SPEECH_END;
  for (let k = infos.length - 1; k >= 0; k--) {
    const info = infos[k];
    if (info.kind !== 'text') continue;
    const content = text.slice(info.start, info.end);
    if (endsNotes(content)) {
      tail = SPEECH_END;
      continue;
    }
    const family = footnoteFamily(content);
    tail = family !== NO_FAMILY && (tail === SPEECH_END || tail === family) ? family : NO_FAMILY;
    tails[k] = tail;
  }
  return tails;
}

/**
 * `〔1〕…` `[1]…` `①见…` at the end of a speech without a `注释` line: the first note of its family after a
 * finished paragraph, never after a heading; `①`, which may be a level-4 heading (`①任务清单`), moreover
 * after the closing, a break or an editor's remark, or reading as a citation itself. A Markdown
 * footnote (`[^1]: …`) needs nothing more.
 */
function opensFootnotes(text: string, content: string, family: number, before: LineInfo | undefined): boolean {
  const first = matchFirstFootnote(content, family);
  if (!first || first.after === 'any') return first !== undefined;
  if (!before || before.kind === 'heading') return false;
  if (before.kind === 'note') return true;
  const line = text.slice(before.start, before.end);
  return endsSentence(line) && (first.after === 'sentence' || first.citation || isClosingParagraph(line));
}

export function makeHeading(
  text: string,
  info: LineInfo,
  level: HeadingLevel,
  markerStart: number,
  contentEnd: number,
  marker: { value: number; style: Heading['marker']['style']; numeral: Span; end: number; extraPunctuation?: Span; noun?: string },
  atx: number | undefined,
): Heading {
  // A closing ** of a bold heading is not part of its title.
  let end = contentEnd;
  if (markerStart > info.start && text.startsWith('**', markerStart - 2) && text.endsWith('**', end)) end -= 2;
  const titleEnd = spaceBeforeBody(text, marker.end, end) ?? firstSentenceEnd(text, marker.end, end);
  let titleStop = titleEnd;
  while (titleStop > markerStart && isSpace(text.charCodeAt(titleStop - 1))) titleStop--;
  const bodyStart = titleEnd < end ? skipSpaces(text, titleEnd + 1, end) : end;
  return {
    kind: 'heading',
    level,
    line: info.index,
    start: info.start,
    end: info.end,
    marker: {
      start: markerStart,
      end: marker.end,
      value: marker.value,
      style: marker.style,
      numeral: marker.numeral,
      extraPunctuation: marker.extraPunctuation,
      noun: marker.noun,
    },
    title: { start: markerStart, end: titleStop },
    body: bodyStart < end ? { start: bodyStart, end } : undefined,
    atx,
  };
}

/** A heading this long or shorter may end at a space where its `。` belongs. */
const MAX_SPACED_TITLE = 30;
/** The sentence after such a space is body when it is at least this long (and longer than the heading). */
const MIN_SPACED_BODY = 15;

/**
 * `3.推进农村人居环境整治 要以…。`: a space between Han characters where the `。` belongs, the
 * heading before it and a longer sentence after it; the space's offset, or undefined. A heading in
 * two halves (`坚持稳中求进 推动高质量发展`) has no sentence mark after it and stays whole.
 */
function spaceBeforeBody(text: string, from: number, end: number): number | undefined {
  const sentenceEnd = firstSentenceEnd(text, from, end);
  if (sentenceEnd >= end) return undefined;
  for (let i = skipSpaces(text, from, end) + 1; i < sentenceEnd && i - from <= MAX_SPACED_TITLE; i++) {
    if (!isSpace(text.charCodeAt(i)) || !isHan(text[i - 1])) continue;
    const bodyStart = skipSpaces(text, i, sentenceEnd);
    if (!isHan(text[bodyStart])) return undefined;
    const body = sentenceEnd - bodyStart;
    return body >= MIN_SPACED_BODY && body > i - from ? i : undefined;
  }
  return undefined;
}
