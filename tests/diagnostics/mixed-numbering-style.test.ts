import { describe, expect, it } from 'vitest';
import { lines } from '../helpers';
import { afterFix, diagnose, found } from './helpers';

describe('mixed-numbering-style', () => {
  it('reports headings of one level in the minority style, with a fix to the majority', () => {
    const text = lines('一、甲', '（一）子', '(二)丑', '（三）寅', '1.卯', '2、辰', '3.巳');
    expect(found(text, 'mixed-numbering-style')).toEqual(['mixed-numbering-style 「(二)」', 'mixed-numbering-style 「2、」']);
    expect(diagnose(text).find((d) => d.code === 'mixed-numbering-style')!.message).toBe('同级标题编号形式不一致：本篇多用“（一）”式，此处为“(二)”');
    expect(afterFix(text, 'mixed-numbering-style')).toBe(text.replace('(二)', '（二）'));
  });

  it('keeps the number when restyling, and never aims at half-width brackets', () => {
    const circled = lines('1.甲', '（1）子', '（2）丑', '③寅');
    expect(afterFix(circled, 'mixed-numbering-style')).toBe(lines('1.甲', '（1）子', '（2）丑', '（3）寅'));
    // Most write (1): the full-width （3） is right; the (1) (2) are half-width problems, reported once each.
    const ascii = lines('1.甲', '(1)子', '(2)丑', '（3）寅');
    expect(found(ascii).filter((f) => !f.startsWith('numbering'))).toEqual(['halfwidth-punctuation 「(1)」', 'halfwidth-punctuation 「(2)」']);
    expect(found(lines('（一）子', '(二)丑', '（三）寅'))).toEqual(['mixed-numbering-style 「(二)」']);
  });

  it('takes the first style on a tie and looks at each speech separately', () => {
    expect(found(lines('1、甲', '2.乙'), 'mixed-numbering-style')).toEqual(['mixed-numbering-style 「2.」']);
    expect(found(lines('第一篇：甲', '1、甲', '第二篇：乙', '1.乙'), 'mixed-numbering-style')).toEqual([]);
  });
});
