// The stretches of speech text the text-level checks read: lines of speech text, without inline
// code spans and URLs.
import type { Span, SpeechModel } from '../model';
import { HAN } from '../text';

// The e-mail alternative starts only at the start of a run (lookbehind), so a long run of letters
// without an @ is read once, not once per position.
const NOT_PROSE = /`[^`\n]*`|\b(?:https?|ftp):\/\/[^\s，。；）」》”]+|\bwww\.[^\s，。；）」》”]+|(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

const cache = new WeakMap<SpeechModel, Span[]>();

/** Computed once per model: several checks read the same segments. */
export function textSegments(model: SpeechModel): Span[] {
  let segments = cache.get(model);
  if (!segments) cache.set(model, (segments = findSegments(model)));
  return segments;
}

function findSegments(model: SpeechModel): Span[] {
  const segments: Span[] = [];
  for (const line of model.textLines) {
    const content = model.text.slice(line.start, line.end);
    let from = 0;
    for (const m of content.matchAll(NOT_PROSE)) {
      if (m.index! > from) segments.push({ start: line.start + from, end: line.start + m.index! });
      from = m.index! + m[0].length;
    }
    if (from < content.length) segments.push({ start: line.start + from, end: line.end });
  }
  return segments;
}

/** Chinese punctuation: CJK symbols, full-width forms, curly quotes, ellipsis and dash. */
function isChinesePunctuation(c: number): boolean {
  return (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff65) || (c >= 0x2018 && c <= 0x201f) || c === 0x2026 || c === 0x2014 || c === 0x00b7;
}

/** Han or Chinese punctuation; ASCII and the main CJK block are answered without the pattern. */
function isChineseCodePoint(cp: number): boolean {
  if (cp < 0x80) return false;
  if (cp >= 0x4e00 && cp <= 0x9fff) return true; // CJK Unified Ideographs, all of Script=Han
  return isChinesePunctuation(cp) || HAN.test(String.fromCodePoint(cp));
}

export const isChinese = (ch: string | undefined): boolean => ch !== undefined && ch !== '' && isChineseCodePoint(ch.codePointAt(0)!);

/** The code point at `at`, reading a surrogate pair whole from either half. */
function codePointAround(text: string, at: number): number | undefined {
  if (at < 0 || at >= text.length) return undefined;
  const cp = text.codePointAt(at)!;
  if (cp >= 0xdc00 && cp <= 0xdfff && at > 0) {
    const before = text.codePointAt(at - 1)!;
    if (before > 0xffff) return before;
  }
  return cp;
}

/** The character at `at`, reading a surrogate pair whole. */
export function charAt(text: string, at: number): string | undefined {
  const cp = codePointAround(text, at);
  return cp === undefined ? undefined : String.fromCodePoint(cp);
}

/** isChinese(charAt(text, at)) without making a string: for loops over every character. */
export function isChineseAt(text: string, at: number): boolean {
  const cp = codePointAround(text, at);
  return cp !== undefined && isChineseCodePoint(cp);
}

/** The character that ends just before `at`, reading a surrogate pair whole. */
export function charBefore(text: string, at: number): string | undefined {
  if (at <= 0) return undefined;
  const low = text.charCodeAt(at - 1);
  return low >= 0xdc00 && low <= 0xdfff && at > 1 ? charAt(text, at - 2) : text[at - 1];
}

/** The nearest character before `at` (within `from`) that is not a space, or undefined. */
export function previousNonSpace(text: string, at: number, from: number): string | undefined {
  for (let i = at - 1; i >= from; i--) if (text[i] !== ' ' && text[i] !== '\t') return charAt(text, i);
  return undefined;
}

/** The nearest character from `at` on (before `to`) that is not a space, or undefined. */
export function nextNonSpace(text: string, at: number, to: number): string | undefined {
  for (let i = at; i < to; i++) if (text[i] !== ' ' && text[i] !== '\t') return charAt(text, i);
  return undefined;
}
