import { describe, expect, it } from 'vitest';
import { renumberDocument, parse, applyEdits } from '../../server/src/service';
import { lines } from '../helpers';
import { afterFix, diagnose, found } from './helpers';

const numbering = (text: string) => found(text).filter((s) => s.startsWith('numbering') || s.startsWith('mixed'));

describe('heading sequences', () => {
  it('finds a gap, with the missing marker in the message and the previous heading related', () => {
    const text = lines('一、甲', '二、乙', '四、丁');
    expect(numbering(text)).toEqual(['numbering-gap 「四、」']);
    const [gap] = diagnose(text);
    expect(gap.message).toBe('编号不连续：缺少“三、”');
    expect(gap.severity).toBe('error');
    expect(gap.related.map((r) => text.slice(r.start, r.end))).toEqual(['二、']);
  });

  it('finds a sequence not starting at 1', () => {
    const text = lines('一、甲', '（二）乙', '（三）丙');
    expect(numbering(text)).toEqual(['numbering-gap 「（二）」']);
    expect(diagnose(text)[0].message).toBe('编号不连续：应从“（一）”开始，缺少“（一）”');
  });

  it('lists at most three missing markers', () => {
    expect(diagnose(lines('1.甲', '6.乙'))[0].message).toBe('编号不连续：缺少“2.”“3.”“4.”等4项');
  });

  it('finds duplicates and backwards numbers, and takes a restart at 一 for a new sequence', () => {
    expect(numbering(lines('（一）甲', '（二）乙', '（二）丙'))).toEqual(['numbering-duplicate 「（二）」']);
    expect(numbering(lines('一、甲', '三、乙', '二、丙'))).toEqual(['numbering-gap 「三、」', 'numbering-order 「二、」']);
    expect(numbering(lines('1.甲', '2.乙', '1.丙', '2.丁'))).toEqual([]);
  });

  it('numbers each parent and each level on its own, across skipped levels', () => {
    expect(numbering(lines('一、甲', '1.甲一', '2.甲二', '二、乙', '1.乙一', '2.乙二', '（一）乙甲', '1.乙甲一'))).toEqual([]);
    // 2. after （一） belongs to （一） (nearest higher level), where it is a gap.
    expect(numbering(lines('一、甲', '二、乙', '1.乙一', '（一）乙甲', '2.乙二'))).toEqual(['numbering-gap 「2.」']);
  });

  it('numbers each speech of a collection on its own', () => {
    expect(numbering(lines('第一篇：甲', '一、甲', '二、乙', '第二篇：乙', '一、丙'))).toEqual([]);
  });
});

describe('enumeration runs', () => {
  it('finds gaps, duplicates and order problems in every family', () => {
    expect(numbering('一是甲。二是乙。四是丁。')).toEqual(['numbering-gap 「四是」']);
    expect(diagnose('一是甲。二是乙。四是丁。')[0].message).toBe('列举不连续：缺少“三是”');
    expect(numbering(lines('一要甲。', '二要乙。', '二要丙。'))).toEqual(['numbering-duplicate 「二要」']);
    expect(numbering('第一，甲。第三，乙。')).toEqual(['numbering-gap 「第三，」']);
    expect(numbering('三是甲。四是乙。')).toEqual(['numbering-gap 「三是」']);
  });

  it('checks 首先 runs for order only', () => {
    expect(numbering('首先，甲。再次，乙。最后，丙。')).toEqual([]);
    expect(numbering('首先，甲。其次，乙。其次，丙。')).toEqual(['numbering-duplicate 「其次，」']);
  });

  it('reports mixed families instead of a gap', () => {
    const text = '首先，统一思想。其次，明确责任。第三，强化考核。';
    expect(numbering(text)).toEqual(['mixed-numbering-style 「第三，」']);
    expect(afterFix(text, 'mixed-numbering-style')).toBe('首先，统一思想。其次，明确责任。再次，强化考核。');
    expect(afterFix('一是抓项目。二是抓招商。第三，抓服务。', 'mixed-numbering-style')).toBe('一是抓项目。二是抓招商。三是抓服务。');
  });
});

describe('renumbering', () => {
  it('the quick fix renumbers the sequence, keeping each style and every other character', () => {
    const text = lines('一、甲', '（一）子', '（二）丑', '（二）寅', '（五）卯', '二、乙', '（一）辰');
    expect(afterFix(text, 'numbering-duplicate')).toBe(lines('一、甲', '（一）子', '（二）丑', '（三）寅', '（四）卯', '二、乙', '（一）辰'));
    expect(afterFix(lines('1．甲', '3．乙', '(4)丙'), 'numbering-gap')).toBe(lines('1．甲', '2．乙', '(4)丙'));
    expect(afterFix('一是甲。二是乙。四是丁。五是戊。', 'numbering-gap')).toBe('一是甲。二是乙。三是丁。四是戊。');
  });

  it('renumbers ten and more in Chinese, full-width and circled numerals', () => {
    const chinese = Array.from({ length: 12 }, (_, i) => `${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十三'][i]}、标题`).join('\n');
    expect(afterFix(chinese, 'numbering-gap').split('\n').at(-1)).toBe('十二、标题');
    expect(afterFix(lines('①甲', '③乙'), 'numbering-gap')).toBe(lines('①甲', '②乙'));
    expect(afterFix(lines('１．甲', '３．乙'), 'numbering-gap')).toBe(lines('１．甲', '２．乙'));
  });

  it('the document command renumbers every sequence and leaves correct ones alone', () => {
    const text = lines('在会议上的讲话', '一、甲', '一是子。三是丑。', '三、乙', '1.寅', '1.卯', '四、丙', '首先，辰。其次，巳。');
    const expected = lines('在会议上的讲话', '一、甲', '一是子。二是丑。', '二、乙', '1.寅', '2.卯', '三、丙', '首先，辰。其次，巳。');
    expect(applyEdits(text, renumberDocument(parse(text)))).toBe(expected);
    expect(renumberDocument(parse(expected))).toEqual([]);
  });
});
