import { describe, expect, it } from 'vitest';
import { lines } from '../helpers';
import { afterFix, diagnose, found } from './helpers';

const repeated = (text: string) => found(text, 'repeated-word');

describe('repeated-word', () => {
  it.each([
    ['这是我们的的责任。', '的', '这是我们的责任。'],
    ['我们我们要抓好落实。', '我们', '我们要抓好落实。'],
    ['要进一步进一步加强。', '进一步', '要进一步加强。'],
    ['首先，，要统一思想。', '，', '首先，要统一思想。'],
    ['工作完成了了。', '了', '工作完成了。'],
    ['抓好落实。。', '。', '抓好落实。'],
  ])('%s', (text, copy, fixed) => {
    expect(repeated(text)).toEqual([`repeated-word 「${copy}」`]);
    expect(afterFix(text, 'repeated-word')).toBe(fixed);
  });

  it('deletes all the extra copies of a mark at once, and goes into fix-all', () => {
    expect(repeated('好。。。')).toEqual(['repeated-word 「。。」']);
    expect(diagnose('好，，')[0].fixes[0].safe).toBe(true);
  });

  it('passes reduplication and words that happen to meet', () => {
    const text = lines(
      '常常、人人、研究研究、讨论讨论、一一落实、谢谢大家。',
      '的的确确，实实在在，不了了之，受不了了，现在不得了了。',
      '为了了解情况，实现目的的手段，有的的确很好。',
      '审批、供地、融资……每一个环节——都要抓好。',
    );
    expect(repeated(text)).toEqual([]);
  });

  it('passes 的 then 的话 and 不甚了了 (毛泽东选集)', () => {
    const text = lines('如果他们对于团结救国也是真实的的话，那末他们就能够进一步作出这样的结论。', '叫作又懂又不懂，不甚了了。');
    expect(repeated(text)).toEqual([]);
  });
});
