// Characters of Chinese text, named once: Han characters (all of Script=Han, CJK Extension B included),
// the spaces a line may be indented with, lengths in code points, and Markdown's `**` bold marks.

// Module-level: for the Node 18 target a \p{…} literal is compiled to `new RegExp`, once here rather than per call.
export const HAN = /\p{Script=Han}/u;
/** The Han class for building patterns (they need the u flag). */
export const HAN_CLASS = '\\p{Script=Han}';

/** Han characters (CJK Unified Ideographs and extensions, compatibility ideographs). */
export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

/** Spaces that indent or pad Chinese text: ASCII, tab, the ideographic space, no-break space, a BOM. */
export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0x3000 || code === 0xa0 || code === 0xfeff;
}

export function skipSpaces(text: string, at: number, limit: number): number {
  while (at < limit && isSpace(text.charCodeAt(at))) at++;
  return at;
}

/** Length in code points: a character outside the BMP (CJK Extension B) counts once. */
export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n++;
  }
  return n;
}

/** Offsets of each `**` of exactly two asterisks (`******` is a placeholder), paired or not. */
export function doubleStars(line: string): number[] {
  const marks: number[] = [];
  for (let i = line.indexOf('**'); i >= 0; i = line.indexOf('**', i + 2)) {
    if (line[i - 1] === '*' || line[i + 2] === '*') {
      while (line[i + 2] === '*') i++;
      continue;
    }
    marks.push(i);
  }
  return marks;
}

/** Offsets of the `**` that open and close bold in a line: double stars, in pairs. */
export function boldMarks(line: string): number[] {
  const marks = doubleStars(line);
  if (marks.length % 2) marks.pop();
  return marks;
}
