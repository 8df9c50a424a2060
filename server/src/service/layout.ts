/**
 * The speech model as the printed paragraphs of the delivered document: `layoutBlocks(model, preset)`
 * gives one block per printed paragraph, in order. The Word export, the page model and the preview all
 * consume these same blocks (and the preset's numbers, presets.ts), so what they count is what prints.
 * Two exceptions, decided in the export alone (export/docx.ts): Markdown table lines become a Word table
 * and `[^n]: …` lines Word footnotes, while the page model and the preview still set them as body lines
 * (a table's row heights and the footnote area are not modelled), so their page counts can differ there.
 *
 * - Every speech line becomes one block: title (a wrapped title is one block, its lines separated by a
 *   `\n` run; a one-line title wider than a title line is broken here between words, titleBreaks), subtitle, speaker, date, salutation, collection header, headings 1–4, body paragraphs,
 *   the closing, template-residue lines (exported as they are; the export asks before) and the notes
 *   (`注释` and after, footnotes, editors' remarks: body text). Blank lines, the `----` break before the
 *   notes, code and HTML comments (`<!-- speech-disable -->`) print nothing.
 * - Runs carry the text without Markdown: `#` marks, `**` (the text between becomes bold), HTML tags and
 *   inline comments removed; placeholders (`XX`, `____`, `******`) stay as typed. A run names the role
 *   whose face and size it takes: a run-in heading's block has role headingN and its text after the
 *   heading sentence is a `body` run. Heading runs are never bold from Markdown: the style decides.
 * - `spaceBefore` is in grid lines (each line is the preset's exact `lineSpacing`).
 * - A run marked `added` is not in the source (the speaking time beside a level-1 heading, `showTime`).
 */
import type { LineIndex } from './lines';
import type { Heading, Span, Speech, SpeechModel } from './model';
import { charsPerLine, type BlockRole, type Preset } from './presets';
import { DEFAULT_SPEAKING_RATE, getStatistics } from './statistics';
import { boldMarks } from './text';

export interface LayoutRun {
  text: string;
  bold: boolean;
  /** The role whose face and size this run takes: the block's own, or `body` after a run-in heading's sentence. */
  face: BlockRole;
  /** Text the export adds that the source does not have. */
  added?: true;
}

export interface LayoutBlock {
  role: BlockRole;
  runs: LayoutRun[];
  /** Where the block's text is in the source (the whole line; a salutation and its run-in body share a line). */
  span: Span;
  line: number;
  /** Index of the speech in the model (collections hold several). */
  speech: number;
  /** Each speech of a collection after the first starts a new page, unless the one before is a head only (isHeadOnly). */
  pageBreakBefore: boolean;
  /** Kept on the same page as the block after it (titles; headings standing alone, when the preset asks). */
  keepWithNext: boolean;
  /** Blank grid lines before the block. */
  spaceBefore: number;
}

export interface LayoutOptions {
  /** 字/分钟 for the speaking time beside level-1 headings (preset `showTime`). */
  speakingRate?: number;
}

/** A line without its line break. */
const lineContent = (lines: LineIndex, line: number): Span => ({ start: lines.starts[line], end: lines.ends[line] });

const TITLE_GROUP = new Set<BlockRole>(['title', 'subtitle']);
const HEAD_GROUP = new Set<BlockRole>(['header', 'title', 'subtitle', 'speaker', 'date']);
const HEADING_ROLES = ['heading1', 'heading2', 'heading3', 'heading4'] as const;
export const headingRole = (level: Heading['level']): BlockRole => HEADING_ROLES[level - 1];
export const isHeadingRole = (role: BlockRole) => role.startsWith('heading');

/** Roles of a document's head: a title, subtitles, speakers and dates above the parts of one occasion. */
const DOCUMENT_HEAD = new Set<BlockRole>(['title', 'subtitle', 'speaker', 'date']);
/**
 * A speech that prints only a head (`# 在…会议上的讲话` / `（一九五五年三月）` before `开幕词` … `结论`): the speech
 * after it goes on on the same page, a gap below the head, instead of leaving the title alone on a page.
 */
export const isHeadOnly = (blocks: readonly { role: BlockRole }[]): boolean => blocks.length > 0 && blocks.every((b) => DOCUMENT_HEAD.has(b.role));

/** A stretch of a line set in one face. */
interface Segment extends Span {
  face: BlockRole;
}

interface Pending {
  role: BlockRole;
  segments: Segment[];
  span: Span;
  line: number;
}

export function layoutBlocks(model: SpeechModel, preset: Preset, options: LayoutOptions = {}): LayoutBlock[] {
  const { text, lines } = model;
  const times = preset.showTime ? speakingTimes(model, options.speakingRate ?? DEFAULT_SPEAKING_RATE) : undefined;
  const blocks: LayoutBlock[] = [];
  let afterHead = false;
  model.speeches.forEach((speech, index) => {
    const pending = speechBlocks(model, speech, charsPerLine(preset, 'title'));
    const goesOn = afterHead;
    afterHead = isHeadOnly(pending);
    // Item leads by line, so a block looks only at its own.
    const bold = new Map<number, Span[]>();
    if (preset.itemLeadBold) {
      for (const item of speech.items) {
        const list = bold.get(item.line);
        if (list) list.push(item.title);
        else bold.set(item.line, [item.title]);
      }
    }
    pending.forEach((p, i) => {
      const lineSpan = lineContent(lines, p.line);
      const runs = toRuns(text, p.segments, bold.get(p.line) ?? [], p.role);
      const heading = isHeadingRole(p.role);
      if (times && p.role === 'heading1') {
        const seconds = times.get(p.line);
        if (seconds !== undefined) runs.push({ text: `（约${Math.max(1, Math.round(seconds / 60))}分钟）`, bold: false, face: p.role, added: true });
      }
      const previous = pending[i - 1]?.role;
      blocks.push({
        role: p.role,
        runs,
        span: p.role === 'title' ? p.span : lineSpan,
        line: p.line,
        speech: index,
        pageBreakBefore: index > 0 && i === 0 && !goesOn,
        keepWithNext: p.role === 'title' || p.role === 'subtitle' || p.role === 'header' || (heading && p.segments.length === 1 && preset.keepHeadingWithNext),
        // A gap after the title (and subtitles), another after the speaker and date lines.
        spaceBefore: (i === 0 && goesOn) || (previous && ((TITLE_GROUP.has(previous) && !TITLE_GROUP.has(p.role)) || (HEAD_GROUP.has(previous) && !HEAD_GROUP.has(p.role)))) ? preset.headGap : 0,
      });
    });
  });
  return blocks;
}

/** A speech's printed lines in source order, each as segments of one face. */
function speechBlocks(model: SpeechModel, speech: Speech, titleCapacity: number): Pending[] {
  const { lines } = model;
  const out: Pending[] = [];
  const whole = (role: BlockRole, span: Span): Pending => {
    const line = lines.lineAt(span.start);
    return { role, segments: [{ ...lineContent(lines, line), face: role }], span, line };
  };
  if (speech.header) out.push(whole('header', speech.header));
  if (speech.title) {
    const { title } = speech;
    const segments = title.parts.map((part) => ({ ...lineContent(lines, lines.lineAt(part.start)), face: 'title' as BlockRole }));
    // A one-line title too long for a line is broken here, between words, into balanced lines.
    const breaks = title.parts.length === 1 ? titleBreaks(model.text.slice(title.start, title.end), titleCapacity).map((at) => title.start + at) : [];
    const edges = [segments[0].start, ...breaks, segments[0].end];
    const lineSegments = breaks.length ? edges.slice(1).map((end, i) => ({ start: edges[i], end, face: 'title' as BlockRole })) : segments;
    out.push({ role: 'title', segments: lineSegments, span: title, line: title.line });
  }
  for (const span of speech.subtitles) out.push(whole('subtitle', span));
  for (const span of speech.speakers) out.push(whole('speaker', span));
  for (const span of speech.dates) out.push(whole('date', span));
  if (speech.salutation) {
    const line = lines.lineAt(speech.salutation.start);
    out.push({ role: 'salutation', segments: [{ start: lines.starts[line], end: speech.salutation.end, face: 'salutation' }], span: speech.salutation, line });
  }
  for (const heading of speech.headings) {
    const role = headingRole(heading.level);
    const { start, end } = lineContent(lines, heading.line);
    const segments: Segment[] = heading.body
      ? [
          { start, end: heading.body.start, face: role },
          { start: heading.body.start, end, face: 'body' },
        ]
      : [{ start, end, face: role }];
    out.push({ role, segments, span: heading, line: heading.line });
  }
  for (const paragraph of speech.paragraphs) {
    if (paragraph.heading) continue;
    const role: BlockRole = paragraph.role === 'closing' ? 'closing' : 'body';
    // A body after a run-in salutation starts where the salutation ends.
    out.push({ role, segments: [{ start: paragraph.start, end: lineContent(lines, paragraph.line).end, face: role }], span: paragraph, line: paragraph.line });
  }
  for (const residue of residueIn(model, speech)) out.push(whole('residue', residue));
  // Notes are no part of the speech read aloud, but the document holds them: printed as body text.
  for (const note of speech.notes) out.push(whole('body', note));
  // Same line: the salutation before the body it introduces.
  return out.sort((a, b) => a.line - b.line || a.segments[0].start - b.segments[0].start);
}

const words = new Intl.Segmenter('zh', { granularity: 'word' });
/** Width in characters: ASCII letters and digits take half. */
const widthOf = (text: string) => [...text].reduce((w, c) => w + (c.charCodeAt(0) < 0x80 ? 0.5 : 1), 0);
const NUMBER = /^[0-9０-９〇零一二三四五六七八九十百千万亿两]+$/u;
const SINGLE = /^\p{Script=Han}$/u;

/**
 * Offsets in `text` where a title wider than `capacity` characters is broken: as few lines as fit,
 * each about as wide as the others, broken only between words, never after a number (2026|年) nor
 * between two one-character words (青|川|区, 上|的: a name or a phrase the dictionary does not know).
 * None when the title fits, or no such breaks fit.
 */
export function titleBreaks(text: string, capacity: number): number[] {
  const total = widthOf(text);
  if (total <= capacity) return [];
  const pieces = [...words.segment(text)];
  const candidates: { at: number; width: number }[] = [];
  let width = 0;
  pieces.forEach((piece, i) => {
    width += widthOf(piece.segment);
    const next = pieces[i + 1];
    if (!next || NUMBER.test(piece.segment) || (SINGLE.test(piece.segment) && SINGLE.test(next.segment))) return;
    candidates.push({ at: next.index, width });
  });
  const count = Math.ceil(total / capacity);
  const breaks: number[] = [];
  let from = 0;
  for (let k = 1; k < count; k++) {
    const ideal = (total * k) / count;
    const fitting = candidates.filter((c) => c.width > from && c.width - from <= capacity);
    if (!fitting.length) return [];
    const best = fitting.reduce((a, b) => (Math.abs(b.width - ideal) < Math.abs(a.width - ideal) ? b : a));
    breaks.push(best.at);
    from = best.width;
  }
  return total - from <= capacity ? breaks : [];
}

function residueIn(model: SpeechModel, speech: Speech) {
  return model.residue.filter((r) => r.start >= speech.start && r.start < speech.end);
}

/** Seconds of speaking time of each level-1 section, by its heading's line. */
function speakingTimes(model: SpeechModel, rate: number): Map<number, number> {
  const times = new Map<number, number>();
  for (const section of getStatistics(model, [], rate).sections) if (section.level === 1) times.set(section.range.start.line, section.seconds);
  return times;
}

const ATX_OPEN = /^[ \t]*#{1,6}[ \t]+/;
const ATX_CLOSE = /[ \t]+#+[ \t]*$/;
const BLOCKQUOTE = /^[ \t]*>[ \t]?/;
/** Markup removed inside a line: HTML comments and tags. */
const INLINE_MARKUP = /<!--.*?-->|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g;

/**
 * The runs of a block's segments: Markdown removed, `**…**` bold (not in heading faces), item leads
 * bold where `boldSpans` says. Segments of a title are separate lines, joined by a `\n` run.
 */
function toRuns(text: string, segments: Segment[], boldSpans: Span[], role: BlockRole): LayoutRun[] {
  const runs: LayoutRun[] = [];
  const push = (s: string, bold: boolean, face: BlockRole) => {
    if (!s) return;
    const last = runs[runs.length - 1];
    if (last && last.bold === bold && last.face === face && !last.added && s !== '\n' && last.text !== '\n') last.text += s;
    else runs.push({ text: s, bold, face });
  };
  let markdownBold = false;
  let nextBold = 0;
  // The `**` pairs of each line as a whole: a run-in heading splits a line into segments, and a bold stretch
  // may open in the heading sentence and close in the body (`（一）**认清形势。**今年…`, as Word files import).
  const toggles = lineBoldMarks(text, segments);
  segments.forEach((segment, index) => {
    const startsLine = index === 0 || role === 'title';
    if (index > 0 && role === 'title') push('\n', false, role);
    let raw = text.slice(segment.start, segment.end);
    let offset = segment.start;
    if (startsLine) {
      const prefix = (ATX_OPEN.exec(raw) ?? BLOCKQUOTE.exec(raw))?.[0].length ?? 0;
      raw = raw.slice(prefix);
      offset += prefix;
      raw = raw.replace(/^[ \t\u3000\ufeff]+/, (m) => ((offset += m.length), ''));
    }
    if (index === segments.length - 1 || role === 'title') raw = raw.replace(ATX_CLOSE, '').replace(/[ \t]+$/, '');
    for (const piece of splitMarkup(raw, toggles.filter((t) => t >= offset && t < offset + raw.length).map((t) => t - offset))) {
      if (piece.toggle) {
        markdownBold = !markdownBold;
        continue;
      }
      const styled = isHeadingRole(segment.face);
      // Item leads: split the piece where bold spans (in order, as the text) start and end.
      let at = offset + piece.at;
      let rest = piece.text;
      while (rest) {
        while (nextBold < boldSpans.length && boldSpans[nextBold].end <= at) nextBold++;
        const span = boldSpans[nextBold];
        const inBold = span !== undefined && span.start <= at;
        const take = Math.min(rest.length, (span ? (inBold ? span.end : span.start) : Infinity) - at);
        push(rest.slice(0, take), !styled && (markdownBold || inBold), segment.face);
        rest = rest.slice(take);
        at += take;
      }
    }
  });
  return runs;
}

/** Offsets in the text of the `**` that toggle bold, paired over each line the segments cover (adjoining segments are one line). */
function lineBoldMarks(text: string, segments: Segment[]): number[] {
  const marks: number[] = [];
  for (let i = 0; i < segments.length; ) {
    const start = segments[i].start;
    let end = segments[i].end;
    for (i++; i < segments.length && segments[i].start === end; i++) end = segments[i].end;
    for (const mark of boldMarks(text.slice(start, end))) marks.push(start + mark);
  }
  return marks;
}

/** Pieces of a line's text with their offset in it, split at `toggles` (the `**` that toggle bold); tags and comments dropped. */
function splitMarkup(line: string, toggles: number[]): { text: string; at: number; toggle?: true }[] {
  const pieces: { text: string; at: number; toggle?: true }[] = [];
  let at = 0;
  const addText = (end: number) => {
    const chunk = line.slice(at, end);
    let from = 0;
    for (const m of chunk.matchAll(INLINE_MARKUP)) {
      if (m.index > from) pieces.push({ text: chunk.slice(from, m.index), at: at + from });
      from = m.index + m[0].length;
    }
    if (from < chunk.length) pieces.push({ text: chunk.slice(from), at: at + from });
  };
  for (const t of toggles) {
    addText(t);
    pieces.push({ text: '', at: t, toggle: true });
    at = t + 2;
  }
  addText(line.length);
  return pieces;
}

/** The text of blocks as printed, lines joined by `\n` (added runs left out): for tests and the page model. */
export function blockText(block: LayoutBlock): string {
  return block.runs.filter((r) => !r.added).map((r) => r.text).join('');
}
