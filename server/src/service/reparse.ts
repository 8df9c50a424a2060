// Incremental re-parsing. Strategy: find where the new text differs from the previous version (common
// prefix and suffix), widen that by CONTEXT lines (the reach of the widest rule that reads across
// lines, the watermark block), and parse again only the speeches holding those lines; speeches before
// are kept as they are and speeches after are moved (shiftSpeech). The lines around the region are
// read back from the kinds the previous parse recorded (ParseState), so the result equals a parse of
// the whole text. Whenever that cannot be guaranteed (a fence or comment left open, a region with no
// first text line, a `#` title or watermark block reaching past the region) it gives up and the
// caller parses the whole text. A new rule that reads across lines must widen CONTEXT or add such a
// give-up case (the parts of a 主持词 are one: a document where a line names a 主持词, before or after
// the edit, is parsed whole); the property test in tests/service/incremental.test.ts checks the equality.
import { buildSpeech, hasContent, splitSpeeches, type SpeechRange } from './assemble';
import {
  classifyLines,
  classifyStructure,
  findResidue,
  infoAt,
  kindCode,
  LINE_KINDS,
  lineSpan,
  MAX_BLOCK_GAP_LINES,
  textLinesOf,
  type LineInfo,
} from './classify';
import { LineIndex } from './lines';
import { RESIDUE_KINDS, type ResidueLine, type Span, type Speech, type SpeechModel } from './model';
import { shiftSpeech } from './shiftSpeech';
import { firstStartingAt, partitionPoint } from './sorted';

const ATX_TITLE = LINE_KINDS.indexOf('atx-title');
const EXCERPT = LINE_KINDS.length + RESIDUE_KINDS.indexOf('excerpt');

/** What a model was built from besides its text, for the next version: each line's kind (kindCode) and each speech's lines. */
export interface ParseState {
  kinds: Uint8Array;
  ranges: SpeechRange[];
  /** A line names a 主持词, whose parts are read across speeches: the next version is parsed whole. */
  hosting: boolean;
}
export const parseStates = new WeakMap<SpeechModel, ParseState>();

export function withState(model: SpeechModel, state: ParseState): SpeechModel {
  parseStates.set(model, state);
  return model;
}

/** Lines around a change that may read differently because of it: a watermark block spans up to MAX_BLOCK_GAP_LINES lines. */
const CONTEXT = MAX_BLOCK_GAP_LINES + 1;

/**
 * Parses again only the speeches within CONTEXT lines of where `text` differs from the previous
 * version; the speeches before them are kept and those after them moved. Undefined when that would be
 * the whole document, or when the change reaches further: a code fence or comment left open, or a
 * 主持词 (ParseState.hosting), whose parts are read across speeches.
 */
export function reparse(previous: SpeechModel, state: ParseState, text: string): SpeechModel | undefined {
  if (state.hosting) return undefined;
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
  if (classifyStructure(text, region.infos).hosting) return undefined;
  const ranges = splitSpeeches(region.infos);
  const next = state.ranges[last + 1];
  if (next) {
    // A # title opens the next speech only after content: the region's last speech must still have some.
    if (state.kinds[next.first] === ATX_TITLE && !hasContent(region.infos, ranges[ranges.length - 1])) return undefined;
    // A watermark block reaches past the region when its last lines read differently than before (a
    // comment opened or closed above them, another first line): the speech after may read differently.
    for (let i = Math.max(from, to - MAX_BLOCK_GAP_LINES + 1); i <= to; i++) {
      if (kindCode(infoAt(region.infos, i)) !== state.kinds[i - lineDelta]) return undefined;
    }
  }

  const moveResidue = (r: ResidueLine): ResidueLine => ({
    start: r.start + delta,
    end: r.end + delta,
    line: r.line + lineDelta,
    kind: r.kind,
    rule: r.rule,
  });
  const moveSpan = (s: Span): Span => ({ start: s.start + delta, end: s.end + delta });
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
    textLines: [...beforeRegion(previous.textLines), ...textLinesOf(region.infos), ...afterRegion(previous.textLines).map(moveSpan)],
  };
  return withState(model, {
    hosting: false,
    kinds,
    ranges: [
      ...state.ranges.slice(0, first),
      ...ranges,
      ...state.ranges.slice(last + 1).map((r) => ({ first: r.first + lineDelta, last: r.last + lineDelta })),
    ],
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
  const block = (s: string) => s.slice(s.length - n - COMPARE_BLOCK, s.length - n);
  while (n + COMPARE_BLOCK <= max && block(a) === block(b)) n += COMPARE_BLOCK;
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
