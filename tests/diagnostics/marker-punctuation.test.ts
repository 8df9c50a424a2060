import { describe, expect, it } from 'vitest';
import { afterFix, found } from './helpers';

describe('marker-punctuation', () => {
  it.each([
    ['一.总体要求', '一.', '一、总体要求'],
    ['一，总体要求', '一，', '一、总体要求'],
    ['（一）、坚持稳中求进', '、', '（一）坚持稳中求进'],
    ['第一、抓落实。第二、抓督查。', '、', '第一，抓落实。第二、抓督查。'],
    ['首先：统一思想。', '：', '首先，统一思想。'],
  ])('%s', (text, _mark, fixed) => {
    expect(found(text, 'marker-punctuation')).toHaveLength(text.startsWith('第一、') ? 2 : 1);
    expect(afterFix(text, 'marker-punctuation')).toBe(fixed);
  });

  it('is not also reported as half-width punctuation', () => {
    expect(found('一,总体要求', undefined)).toEqual(['marker-punctuation 「,」']);
  });
});
