// The character classes the text checks share: the shortcuts must answer as the Unicode definition does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charAt, isChinese, isChineseAt } from '../../server/src/service/diagnostics/segments';

const HAN = /\p{Script=Han}/u;
const PUNCTUATION = [
  [0x3000, 0x303f],
  [0xff01, 0xff65],
  [0x2018, 0x201f],
  [0x2026, 0x2026],
  [0x2014, 0x2014],
  [0x00b7, 0x00b7],
];
const definition = (cp: number) => HAN.test(String.fromCodePoint(cp)) || PUNCTUATION.some(([from, to]) => cp >= from && cp <= to);

describe('isChinese', () => {
  it('agrees with Script=Han and the Chinese punctuation ranges on every code point', () => {
    const disagree: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) if (isChinese(String.fromCodePoint(cp)) !== definition(cp)) disagree.push(cp.toString(16));
    expect(disagree).toEqual([]);
  });

  it('is false for no character', () => {
    expect(isChinese(undefined)).toBe(false);
    expect(isChinese('')).toBe(false);
  });
});

describe('isChineseAt', () => {
  it('reads the text as charAt does, surrogate pairs whole, lone halves as themselves', () => {
    const text = '讲话a𠀀b\ud840x\udc00，';
    for (let at = -1; at <= text.length; at++) expect(isChineseAt(text, at), `at ${at}`).toBe(isChinese(charAt(text, at)));
    expect([2, 3, 4].map((at) => isChineseAt(text, at))).toEqual([false, true, true]); // 𠀀 from either half
  });

  it('equals isChinese(charAt(…)) everywhere in any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        for (let at = 0; at < text.length; at++) if (isChineseAt(text, at) !== isChinese(charAt(text, at))) return false;
        return true;
      }),
    );
  });
});
