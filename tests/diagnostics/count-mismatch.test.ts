import { describe, expect, it } from 'vitest';
import { lines } from '../helpers';
import { afterFix, diagnose, found } from './helpers';

describe('count-mismatch', () => {
  it('compares an opening announcement with the level-1 sections', () => {
    const text = lines('在会议上的讲话', '同志们：', '下面，我讲三个方面。', '一、甲', '二、乙');
    expect(found(text, 'count-mismatch')).toEqual(['count-mismatch 「三个方面」']);
    const [d] = diagnose(text).filter((x) => x.code === 'count-mismatch');
    expect(d.message).toBe('开头说“三个方面”，实际有两个');
    expect(d.related.map((r) => [text.slice(r.start, r.end), r.message])).toEqual([
      ['一、', '第一项 “一、”'],
      ['二、', '最后一项 “二、”'],
    ]);
    expect(afterFix(text, 'count-mismatch')).toBe(text.replace('三个方面', '两个方面'));
  });

  it('compares an announcement inside a section with the next level down, or the next run', () => {
    expect(found(lines('一、甲', '重点要突出四个方面工作：', '（一）子'), 'count-mismatch')).toEqual(['count-mismatch 「四个方面」']);
    expect(found(lines('三、作风', '这里，着重讲三个字。', '第一，全。', '第二，精。'), 'count-mismatch')).toEqual(['count-mismatch 「三个字」']);
    expect(found(lines('三、作风', '这里，着重讲三个字。', '第一，全。', '第二，精。', '第三，实。'), 'count-mismatch')).toEqual([]);
  });

  it('counts the children of a heading that announces them', () => {
    expect(found(lines('三、全力抓好七项重点工作', '（一）甲', '（二）乙'), 'count-mismatch')).toEqual(['count-mismatch 「七项」']);
  });

  it('keeps Arabic digits in the fix and ignores 几点 and non-announcements', () => {
    const text = lines('下面，我强调3个方面。', '一、甲', '二、乙');
    expect(afterFix(text, 'count-mismatch')).toBe(text.replace('3个方面', '2个方面'));
    expect(found(lines('下面，我讲几点意见。', '一、甲'), 'count-mismatch')).toEqual([]);
    expect(found(lines('一、甲', '全市县级以下四项基础制度建设工作全面完成。', '1.子'), 'count-mismatch')).toEqual([]);
    expect(found(lines('一、甲', '重点办好45件民生实事。', '一是子。二是丑。'), 'count-mismatch')).toEqual([]);
  });
});
