// Characters of Chinese text, named once: Han characters (all of Script=Han, CJK Extension B included),
// the spaces a line may be indented with, and lengths in code points.

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
