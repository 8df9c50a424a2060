// unpaired-mark: quotation marks, book-title marks and brackets that do not pair within their paragraph
// (“…, 《…, （…, …”), a closing mark used as an opening one, and straight ASCII quotes in Chinese text.
// A quotation over several paragraphs opens each with “ and closes only in the last: an open “ at the end
// of a paragraph followed by one that opens with “ is that convention, not a fault. A quotation whose
// paragraphs are lines of a list (“在数学中，正和负。 / 在力学中，作用和反作用。 / 在社会科学中，阶级斗争。”)
// is closed by the first ” a few paragraphs on that ends its paragraph, when no “ stands between.
import type { Span, SpeechModel } from '../model';
import { isChinese, textSegments } from './segments';
import { replaceFix, type Check, type Finding } from './types';

export const unpairedMarkCheck: Check = { rules: ['unpaired-mark'], find: (model) => [...findUnpaired(model), ...findStraightQuotes(model)] };

const CLOSING: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '〈': '〉', '（': '）', '【': '】', '〔': '〕', '「': '」', '『': '』' };
const OPENING: Record<string, string> = Object.fromEntries(Object.entries(CLOSING).map(([open, close]) => [close, open]));
const KIND: Record<string, string> = { '“': '引号', '‘': '引号', '「': '引号', '『': '引号', '《': '书名号', '〈': '书名号', '（': '括号', '【': '括号', '〔': '括号' };
const LATIN = /[A-Za-z]/;
const WORDS = /[\p{Script=Han}A-Za-z]/u;
/** The number of an item marked with a closing bracket only (1）, 2）, a）), at a line's or a clause's start. */
const ITEM_NUMBER = /(?:^|[\s>*，。；：、])(?:[0-9０-９]{1,2}|[a-z])$/;

/** How many paragraphs on a ” may close a quotation whose paragraphs do not each open with “. */
const QUOTATION_REACH = 8;

/** Every mark of a pair, and ' (it may close ‘); found by one search over the text, most characters are none. */
const MARK = new RegExp(`[${Object.keys(CLOSING).join('')}${Object.values(CLOSING).join('')}']`, 'g');

function findUnpaired(model: SpeechModel): Finding[] {
  const text = model.text;
  const found: Finding[] = [];
  const lines = model.textLines;
  if (!lines.length) return found;
  let line = 0;
  let open: number[] = [];
  /** A “ left open at the end of an earlier paragraph, whose next paragraph does not open with “. */
  let quotation: { at: number; line: number } | undefined;
  const endQuotation = () => {
    if (quotation) found.push(unclosed(text, quotation.at));
    quotation = undefined;
  };
  const closeLine = () => {
    const continues = startsWithQuote(text, lines[line + 1]);
    let lastQuote = continues ? -1 : open.length - 1;
    while (lastQuote >= 0 && text[open[lastQuote]] !== '“') lastQuote--;
    open.forEach((o, n) => {
      if (n === lastQuote) {
        endQuotation();
        quotation = { at: o, line };
      } else if (!(continues && text[o] === '“')) found.push(unclosed(text, o));
    });
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
      if (ch === '“') endQuotation();
      open.push(i);
      continue;
    }
    // ’ between Latin letters is an apostrophe (China’s).
    if ((ch === '’' || ch === "'") && LATIN.test(text[i - 1] ?? '') && LATIN.test(text[i + 1] ?? '')) continue;
    // A straight ' that closes ‘ (‘左'): reported as a straight quote, the ‘ is paired.
    const opening = ch === "'" ? '‘' : OPENING[ch];
    let match = open.length - 1;
    while (match >= 0 && text[open[match]] !== opening) match--;
    if (ch === "'" && match < 0) continue;
    if (match < 0) {
      if (ch === '”' && quotation && line - quotation.line <= QUOTATION_REACH && !WORDS.test(text.slice(i + 1, lines[line].end))) {
        quotation = undefined;
        continue;
      }
      if (ch === '）' && ITEM_NUMBER.test(text.slice(Math.max(lines[line].start, i - 4), i))) continue; // 1）抓落实；2）…
      found.push({ code: 'unpaired-mark', start: i, end: i + 1, message: `${KIND[OPENING[ch]]}不成对：“${ch}”前面没有与之对应的“${OPENING[ch]}”` });
      continue;
    }
    // Marks opened inside the pair and not closed there are unpaired: 《关于（试行》.
    for (const o of open.splice(match).slice(1)) found.push(unclosed(text, o));
  }
  closeLine();
  endQuotation();
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

/** The curly quotes that replace each straight one: opening, closing. */
const CURLY: Record<string, string> = { '"': '“”', "'": '‘’' };
const STRAIGHT_OR_SINGLE = /["'‘’]/g;

/**
 * Straight " and ' next to Chinese text; the fix, where the paragraph holds them in pairs, alternates the
 * curly ones. A ' that closes a ‘ opened before it (‘左'比右好) is a ’ typed straight.
 */
function findStraightQuotes(model: SpeechModel): Finding[] {
  const text = model.text;
  const found: Finding[] = [];
  const report = (at: number, fix: string | undefined) =>
    found.push({
      code: 'unpaired-mark',
      start: at,
      end: at + 1,
      message: `中文中应使用弯引号${CURLY[text[at]]}，不用直引号${text[at]}`,
      fixes: fix ? [replaceFix(text, at, at + 1, fix, false)] : [],
    });
  let line = -1;
  let singlesOpen = 0; // ‘ not yet closed in the paragraph
  // The paragraph's straight quotes of each kind.
  const quotes: Record<string, number[]> = { '"': [], "'": [] };
  const flush = () => {
    for (const [mark, ofMark] of Object.entries(quotes)) {
      ofMark.forEach((at, n) => report(at, ofMark.length % 2 === 0 ? CURLY[mark][n % 2] : undefined));
      ofMark.length = 0;
    }
  };
  for (const { start: from, end: to } of textSegments(model)) {
    const segmentLine = model.lines.lineAt(from);
    if (segmentLine !== line) {
      flush();
      singlesOpen = 0;
    }
    line = segmentLine;
    for (const m of text.slice(from, to).matchAll(STRAIGHT_OR_SINGLE)) {
      const i = from + m.index!;
      const mark = m[0];
      if (mark === '‘') singlesOpen++;
      else if (mark === '’') singlesOpen = Math.max(0, singlesOpen - 1);
      else if (mark === "'" && LATIN.test(text[i - 1] ?? '') && LATIN.test(text[i + 1] ?? '')) continue; // don't
      else if (mark === "'" && singlesOpen > 0) {
        singlesOpen--;
        report(i, '’');
      } else if (isChinese(text[i - 1]) || isChinese(text[i + 1]) || quotes[mark].length % 2 === 1) quotes[mark].push(i);
    }
  }
  flush();
  return found;
}
