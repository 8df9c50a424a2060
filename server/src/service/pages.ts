// The page model: where each printed line and page breaks, from the layout blocks (layout.ts) and a
// preset (presets.ts), on the preset's grid (every line takes the exact line spacing, so a page holds
// linesPerPage lines of any role). Chinese line breaking as Word and LibreOffice do it: a line may break
// between any two Chinese characters, never inside a Latin word or a number; closing punctuation never
// starts a line (a mark that does not fit takes the character before it down with it, as LibreOffice
// prints the export's documents) and opening punctuation never ends one. Headings stay with the next line where the preset says so (keepWithNext), and with
// widow control no paragraph leaves a single line alone at the foot or the top of a page.
import { isHeadOnly, layoutBlocks, type LayoutBlock, type LayoutOptions } from './layout';
import type { Span, Speech, SpeechModel } from './model';
import { speechIdentity } from './parse';
import { linesPerPage, roleStyle, typeWidth, type BlockRole, type Preset } from './presets';
import { partitionPoint } from './sorted';
import type { PageLocator } from './statistics';

/** A printed line: a stretch of its block's text (offsets into the block's text, runs joined). */
export interface PrintedLine {
  /** Index of the block among its speech's blocks. */
  block: number;
  from: number;
  to: number;
  /** Page (from 0, within the speech) and row on it (from 0). */
  page: number;
  row: number;
  /** The block's first line (it takes the first-line indent). */
  first: boolean;
  /** The block's last line (not stretched to the full width). */
  last: boolean;
}

/** One speech set on pages; offsets and lines as they were when it started at `base` on line `baseLine`. */
export interface SpeechPages {
  base: number;
  baseLine: number;
  blocks: LayoutBlock[];
  /** The text of each block, runs joined (a title's lines joined by `\n`). */
  texts: string[];
  lines: PrintedLine[];
  pageCount: number;
}

// Line-breaking classes: the zh-CN forbidden lists of Word and LibreOffice (which let … and — start a line).
const NOT_AT_START = new Set('，。、；：？！）》」』】〕〗〉”’·．,.;:?!)]}%％℃~～'.split(''));
const NOT_AT_END = new Set('（《「『【〔〖〈“‘([{$￥£'.split(''));
/** Characters of a Latin word or number, which is broken only when it is longer than a line. */
const WORD = /[A-Za-z0-9.,%'_\-+/]/;

/** Width of a character in ems of its face (digits and Latin letters in the Latin face). */
function emWidth(c: string): number {
  const code = c.charCodeAt(0);
  if (code >= 0x2e80 || (code >= 0x2010 && code <= 0x2027)) return 1;
  if (c >= '0' && c <= '9') return 0.5;
  if (c >= 'a' && c <= 'z') return 0.45;
  if (c >= 'A' && c <= 'Z') return 0.67;
  return LATIN_MARKS[c] ?? (code < 0x80 ? 0.33 : 1);
}

/** Widths of Times New Roman (and its metric twin Liberation Serif) for the marks numbers carry. */
const LATIN_MARKS: Record<string, number> = { ' ': 0.25, '.': 0.25, ',': 0.25, '%': 0.833, '-': 0.333, '+': 0.564, '/': 0.278, ':': 0.278, '*': 0.5, '_': 0.5 };

/**
 * Space LibreOffice adds between a Chinese character and a Latin letter or digit, in ems of the text's
 * size, as measured in its rendering. It adds it whatever the document says (the export turns Word's
 * autoSpaceDE/DN off when the preset's asianLatinSpacing is off; Word then fits a little more).
 */
const AUTOSPACE = 0.25;
/** A CJK ideograph (BMP blocks, or a surrogate of the supplementary ones): code points, not a regular expression, as this runs per character. */
const isHan = (c: number) => (c >= 0x3005 && c <= 0x3007) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd8bf) || (c >= 0xdc00 && c <= 0xdfff);
const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Whether the automatic space goes between the characters at i - 1 and i. */
const autospaced = (text: string, i: number) => {
  if (i === 0) return false;
  const a = text.charCodeAt(i - 1);
  const b = text.charCodeAt(i);
  return (isHan(a) && isAlnum(b)) || (isAlnum(a) && isHan(b));
};

/**
 * Where the lines of a text break: the offset each line starts at. `capacity(first)` is the width of the
 * first line and of the others (points), `width(i)` the width of the character at i, `gap(i)` the space
 * before it unless it starts a line.
 */
export function breakLines(text: string, width: (i: number) => number, capacity: (first: boolean) => number, gap: (i: number) => number = () => 0): number[] {
  const starts: number[] = [];
  let start = 0;
  while (start < text.length) {
    starts.push(start);
    const room = capacity(starts.length === 1) + 1e-6;
    let end = start;
    let used = 0;
    const advance = (i: number) => width(i) + (i > start ? gap(i) : 0);
    while (end < text.length && text[end] !== '\n' && used + advance(end) <= room) used += advance(end++);
    if (end >= text.length) break;
    if (text[end] === '\n') {
      start = end + 1;
      continue;
    }
    if (end === start) end = start + 1; // one character wider than the line: it takes the line
    else {
      // Back off to a place where a line may break; a line that has none breaks where it is full.
      let at = end;
      while (at > start && !mayBreak(text, at)) at--;
      if (at > start) end = at;
    }
    start = end;
    if (text[start] === '\n') start++;
  }
  return starts.length ? starts : [0];
}

/** Whether a line may end before `at` and the next begin there. */
function mayBreak(text: string, at: number): boolean {
  const before = text[at - 1];
  const after = text[at];
  if (NOT_AT_START.has(after) || NOT_AT_END.has(before)) return false;
  if (WORD.test(before) && WORD.test(after)) return false;
  return true;
}

/** The text of a block with its runs joined (added runs too: they print). */
const textOf = (block: LayoutBlock) => block.runs.map((r) => r.text).join('');

/** A block's lines as [from, to) offsets into its text. */
function blockLines(block: LayoutBlock, text: string, preset: Preset): [number, number][] {
  // Each character's width and the space before it, once: line breaking looks at some more than once.
  const widths = new Float64Array(text.length);
  const gaps = new Float64Array(text.length);
  let i = 0;
  for (const run of block.runs) {
    const size = roleStyle(preset, run.face).size;
    for (const end = i + run.text.length; i < end; i++) {
      widths[i] = emWidth(text[i]) * size + preset.characterSpacing;
      if (autospaced(text, i)) gaps[i] = AUTOSPACE * size;
    }
  }
  const style = roleStyle(preset, block.role);
  const full = typeWidth(preset);
  const starts = breakLines(text, (k) => widths[k], (first) => (first ? full - style.indent * style.size : full), (k) => gaps[k]);
  return starts.map((s, i) => {
    let to = i + 1 < starts.length ? starts[i + 1] : text.length;
    if (text[to - 1] === '\n') to--;
    return [s, to];
  });
}

/** Sets the blocks of one speech on pages, from a fresh page or from `startRow` of one already begun (its page 0). */
export function paginate(blocks: LayoutBlock[], preset: Preset, startRow = 0): Omit<SpeechPages, 'base' | 'baseLine'> {
  const rowsPerPage = Math.max(1, linesPerPage(preset));
  const texts = blocks.map(textOf);
  const split = blocks.map((b, i) => blockLines(b, texts[i], preset));
  const lines: PrintedLine[] = [];
  let page = 0;
  let row = startRow;
  const newPage = () => {
    page++;
    row = 0;
  };
  /** Lines of block i that must go on one page with it: kept-with-next blocks and the first line(s) of the one after. */
  const keptLines = (i: number): number => {
    let needed = split[i].length;
    for (let j = i; blocks[j].keepWithNext && j + 1 < blocks.length; j++) {
      const next = split[j + 1].length;
      if (!blocks[j + 1].keepWithNext) return needed + blocks[j + 1].spaceBefore + Math.min(next, preset.widowControl && next > 1 ? 2 : 1);
      needed += blocks[j + 1].spaceBefore + next;
    }
    return needed;
  };
  blocks.forEach((block, i) => {
    if (row > 0) {
      row += block.spaceBefore;
      if (row >= rowsPerPage) newPage();
    }
    if (row > 0 && block.keepWithNext && keptLines(i) > rowsPerPage - row && keptLines(i) <= rowsPerPage) newPage();
    const count = split[i].length;
    for (let k = 0; k < count; ) {
      let take = Math.min(rowsPerPage - row, count - k);
      if (preset.widowControl && take < count - k) {
        // The block goes on over the page: not its last line alone at the top, nor its first alone at the foot.
        if (count - k - take === 1) take--;
        if (k === 0 && take === 1) take = 0;
      }
      if (take <= 0 && row > 0) {
        newPage();
        continue;
      }
      take = Math.max(1, take);
      for (let end = k + take; k < end; k++) {
        const [from, to] = split[i][k];
        lines.push({ block: i, from, to, page, row: row++, first: k === 0, last: k === count - 1 });
      }
      if (k < count || row >= rowsPerPage) newPage();
    }
  });
  return { blocks, texts, lines, pageCount: lines.length ? lines[lines.length - 1].page + 1 : 1 };
}

/** Speeches set on pages, by preset, speech identity and the row they start on: an edit sets again only the speech it changed. */
const cache = new WeakMap<Preset, WeakMap<object, Map<number, SpeechPages>>>();

function pagesOfSpeech(model: SpeechModel, speech: Speech, preset: Preset, options: LayoutOptions, startRow: number): SpeechPages {
  let byPreset = cache.get(preset);
  if (!byPreset) cache.set(preset, (byPreset = new WeakMap()));
  const identity = speechIdentity(speech);
  let byRow = byPreset.get(identity);
  if (!byRow) byPreset.set(identity, (byRow = new Map()));
  let pages = byRow.get(startRow);
  if (!pages) {
    // The speech alone, as the checks see it: its blocks do not depend on the others.
    const part: SpeechModel = { ...model, speeches: [speech] };
    const blocks = layoutBlocks(part, preset, options).map((b) => ({ ...b, pageBreakBefore: false }));
    pages = { base: speech.start, baseLine: model.lines.lineAt(speech.start), ...paginate(blocks, preset, startRow) };
    byRow.set(startRow, pages);
  }
  return pages;
}

/** The row a speech after this one starts on, on this one's last page, when this one is a head only; else undefined (a new page). */
function rowAfterHead(pages: SpeechPages, preset: Preset): number | undefined {
  if (!isHeadOnly(pages.blocks) || !pages.lines.length) return undefined;
  const row = pages.lines[pages.lines.length - 1].row + 1 + preset.headGap;
  return row < linesPerPage(preset) ? row : undefined;
}

/** A document set on pages: each speech of a collection starts a new page, except after a head only (isHeadOnly). */
export interface PageModel extends PageLocator {
  readonly preset: Preset;
  /** Each speech's pages, the page (from 0) it starts on, and how many lines it moved since it was set. */
  readonly speeches: readonly { speech: Speech; pages: SpeechPages; firstPage: number; lineBy: number }[];
}

export function getPageModel(model: SpeechModel, preset: Preset, options: LayoutOptions = {}): PageModel {
  let firstPage = 0;
  let startRow: number | undefined;
  const speeches = model.speeches.map((speech) => {
    // After a head only, the speech goes on on the head's last page.
    if (startRow !== undefined) firstPage--;
    const pages = pagesOfSpeech(model, speech, preset, options, startRow ?? 0);
    const entry = { speech, pages, firstPage, lineBy: model.lines.lineAt(speech.start) - pages.baseLine };
    firstPage += pages.pageCount;
    startRow = rowAfterHead(pages, preset);
    return entry;
  });
  return {
    preset,
    speeches,
    count: Math.max(1, firstPage),
    pageAt(offset: number): number {
      const at = Math.max(0, partitionPoint(speeches, (s) => s.speech.start <= offset) - 1);
      const entry = speeches[at];
      return entry ? entry.firstPage + pageInSpeech(entry.pages, offset - entry.speech.start + entry.pages.base) + 1 : 1;
    },
  };
}

/** The page (from 0, within the speech) of an offset as it was when the speech was set (`pages.base`). */
function pageInSpeech(pages: SpeechPages, offset: number): number {
  const { blocks, lines } = pages;
  if (!lines.length) return 0;
  // The last block starting at or before the offset (blocks are in source order).
  const b = Math.max(0, partitionPoint(blocks, (block) => block.span.start <= offset) - 1);
  const within = offset - blocks[b].span.start;
  const first = partitionPoint(lines, (l) => l.block < b);
  let k = first;
  while (k + 1 < lines.length && lines[k + 1].block === b && lines[k + 1].from <= within) k++;
  return lines[Math.min(k, lines.length - 1)].page;
}

/** A line of a page as the preview draws it: its block's place in the source and the line's text. */
export interface PageLineView {
  role: BlockRole;
  /** Runs of this line: text with the face (role) and boldness it prints in. */
  runs: { text: string; face: BlockRole; bold: boolean; added?: true }[];
  /** Source line of the block, and the block's span in the source. */
  line: number;
  span: Span;
  first: boolean;
  last: boolean;
  row: number;
}

export interface PageView {
  number: number;
  lines: PageLineView[];
}

/** The pages with their lines, for the preview (built on request, not on every edit). */
export function pageViews(pageModel: PageModel): PageView[] {
  const views: PageView[] = [];
  for (const { speech, pages, firstPage, lineBy } of pageModel.speeches) {
    const by = speech.start - pages.base;
    // A speech after a head only shares the head's page: only its further pages are new.
    while (views.length < firstPage + pages.pageCount) views.push({ number: views.length + 1, lines: [] });
    for (const line of pages.lines) {
      const block = pages.blocks[line.block];
      views[firstPage + line.page].lines.push({
        role: block.role,
        runs: runsBetween(block, line.from, line.to),
        line: block.line + lineBy,
        span: { start: block.span.start + by, end: block.span.end + by },
        first: line.first,
        last: line.last,
        row: line.row,
      });
    }
  }
  return views;
}

function runsBetween(block: LayoutBlock, from: number, to: number): PageLineView['runs'] {
  const out: PageLineView['runs'] = [];
  let at = 0;
  for (const run of block.runs) {
    const a = Math.max(from, at);
    const b = Math.min(to, at + run.text.length);
    if (b > a) {
      const text = run.text.slice(a - at, b - at).replace(/\n/g, '');
      if (text) out.push(run.added ? { text, face: run.face, bold: run.bold, added: true } : { text, face: run.face, bold: run.bold });
    }
    at += run.text.length;
  }
  return out;
}
