import { describe, expect, it } from 'vitest';
import { applyEdits, parse, renumberDocument } from '../../server/src/service';
import { lines } from '../helpers';

const renumbered = (text: string) => applyEdits(text, renumberDocument(parse(text)));

describe('renumber document', () => {
  it('numbers a sequence that starts above 一 and then has 一 as one sequence, not a restart (issue 17)', () => {
    const text = lines('二、总结成绩', '正文。', '一、部署任务', '正文。');
    expect(renumbered(text)).toBe(lines('一、总结成绩', '正文。', '二、部署任务', '正文。'));
    expect(renumberDocument(parse(renumbered(text)))).toEqual([]);
  });

  it('keeps a real restart (一 after a sequence that began at 一) as a new sequence', () => {
    const text = lines('一、甲', '二、乙', '一、丙', '三、丁');
    expect(renumbered(text)).toBe(lines('一、甲', '二、乙', '一、丙', '二、丁'));
  });

  it('is done in one pass: a second renumber changes nothing', () => {
    for (const text of [lines('三、甲', '一、乙', '二、丙', '一、丁')]) {
      const once = renumbered(text);
      expect(renumberDocument(parse(once))).toEqual([]);
    }
  });
});
