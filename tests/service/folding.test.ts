import { describe, expect, it } from 'vitest';
import { getFoldingRanges, parse } from '../../server/src/service';
import { lines } from '../helpers';

describe('folding ranges', () => {
  it('folds every section, the speech under its header and its title', () => {
    const text = lines('第一篇：讲话', '在会议上的讲话', '同志们：', '一、甲', '正文。', '（一）乙', '正文。', '', '二、丙', '正文。', '');
    expect(getFoldingRanges(parse(text))).toEqual([
      { startLine: 0, endLine: 9 },
      { startLine: 1, endLine: 9 },
      { startLine: 3, endLine: 6 },
      { startLine: 5, endLine: 6 },
      { startLine: 8, endLine: 9 },
    ]);
  });

  it('gives nothing for a one-line section', () => {
    expect(getFoldingRanges(parse(lines('一、甲', '二、乙')))).toEqual([]);
  });
});
