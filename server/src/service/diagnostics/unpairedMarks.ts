// unpaired-mark: quotation marks, book-title marks and brackets that do not pair within their paragraph
// (“…, 《…, （…, …”), a closing mark used as an opening one, and straight ASCII quotes in Chinese text.
// A quotation over several paragraphs opens each with “ and closes only in the last: an open “ at the end
// of a paragraph followed by one that opens with “ is that convention, not a fault.
import type { Span, SpeechModel } from '../model';
import { isChinese, textSegments } from './segments';
import { replaceFix, type Check, type Finding } from './types';

export const unpairedMarkCheck: Check = { rules: ['unpaired-mark'], find: (model) => [...findUnpaired(model), ...findStraightQuotes(model)] };

const CLOSING: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '〈': '〉', '（': '）', '【': '】', '〔': '〕', '「': '」', '『': '』' };
const OPENING: Record<string, string> = Object.fromEntries(Object.entries(CLOSING).map(([open, close]) => [close, open]));
const KIND: Record<string, string> = { '“': '引号', '‘': '引号', '「': '引号', '『': '引号', '《': '书名号', '〈': '书名号', '（': '括号', '【': '括号', '〔': '括号' };
const LATIN = /[A-Za-z]/;
/** The number of an item marked with a closing bracket only (1）, 2）, a）), at a line's or a clause's start. */
const ITEM_NUMBER = /(?:^|[\s>*，。；：、])(?:[0-9０-９]{1,2}|[a-z])$/;

/** Every mark of a pair; found by one search over the text, most characters are none. */
const MARK = new RegExp(`[${Object.keys(CLOSING).join('')}${Object.values(CLOSING).join('')}]`, 'g');

function findUnpaired(model: SpeechModel): Finding[] {
  const text = model.text;
  const found: Finding[] = [];
  const lines = model.textLines;
  if (!lines.length) return found;
  let line = 0;
  let open: number[] = [];
  const closeLine = () => {
    const continues = startsWithQuote(text, lines[line + 1]);
    for (const o of open) if (!(continues && text[o] === '“')) found.push(unclosed(text, o));
    open = [];
  };
  const last = lines[lines.length - 1].end;
  MARK.lastIndex = lines[0].start;
  for (let m = MARK.exec(text); m && m.index < last; m = MARK.exec(text)) {
    const i = m.index;
    while (lines[line].end <= i) {
      closeLine();
      line++;
    }
    if (i < lines[line].start) continue; // between lines of speech text: code, comments, residue
    const ch = m[0];
    if (ch in CLOSING) {
      open.push(i);
      continue;
    }
    // ’ between Latin letters is an apostrophe (China’s).
    if (ch === '’' && LATIN.test(text[i - 1] ?? '') && LATIN.test(text[i + 1] ?? '')) continue;
    let match = open.length - 1;
    while (match >= 0 && text[open[match]] !== OPENING[ch]) match--;
    if (match < 0) {
      if (ch === '）' && ITEM_NUMBER.test(text.slice(Math.max(lines[line].start, i - 4), i))) continue; // 1）抓落实；2）…
      found.push({ code: 'unpaired-mark', start: i, end: i + 1, message: `${KIND[OPENING[ch]]}不成对：“${ch}”前面没有与之对应的“${OPENING[ch]}”` });
      continue;
    }
    // Marks opened inside the pair and not closed there are unpaired: 《关于（试行》.
    for (const o of open.splice(match).slice(1)) found.push(unclosed(text, o));
  }
  closeLine();
  return found;
}

function unclosed(text: string, at: number): Finding {
  const mark = text[at];
  return { code: 'unpaired-mark', start: at, end: at + 1, message: `${KIND[mark]}不成对：“${mark}”在本段没有与之对应的“${CLOSING[mark]}”` };
}

/** Whether a paragraph opens with “ (after a Markdown quote mark or spaces): it goes on with a quotation. */
function startsWithQuote(text: string, line: Span | undefined): boolean {
  if (!line) return false;
  let i = line.start;
  while (i < line.end && (text[i] === ' ' || text[i] === '\u3000' || text[i] === '>')) i++;
  return text[i] === '“';
}

/** Straight " next to Chinese text; the fix, where the paragraph holds them in pairs, alternates “ and ”. */
function findStraightQuotes(model: SpeechModel): Finding[] {
  const text = model.text;
  const found: Finding[] = [];
  let line = -1;
  let quotes: number[] = [];
  const flush = () => {
    quotes.forEach((at, n) => {
      const fix = quotes.length % 2 === 0 ? (n % 2 === 0 ? '“' : '”') : undefined;
      found.push({
        code: 'unpaired-mark',
        start: at,
        end: at + 1,
        message: '中文中应使用弯引号“”，不用直引号"',
        fixes: fix ? [replaceFix(text, at, at + 1, fix, false)] : [],
      });
    });
    quotes = [];
  };
  for (const { start: from, end: to } of textSegments(model)) {
    const segmentLine = model.lines.lineAt(from);
    if (segmentLine !== line) flush();
    line = segmentLine;
    const segment = text.slice(from, to);
    for (let at = segment.indexOf('"'); at >= 0; at = segment.indexOf('"', at + 1)) {
      const i = from + at;
      if (isChinese(text[i - 1]) || isChinese(text[i + 1]) || quotes.length % 2 === 1) quotes.push(i);
    }
  }
  flush();
  return found;
}
