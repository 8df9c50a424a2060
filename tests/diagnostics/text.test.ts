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

describe('halfwidth-punctuation', () => {
  it('finds , ; : ! ? between Chinese characters, with a full-width fix', () => {
    const text = '同志们:刚才,X书记作了报告;我完全同意!还有问题吗?';
    expect(found(text, 'halfwidth-punctuation').map((s) => s.slice(-3))).toEqual(['「:」', '「,」', '「;」', '「!」', '「?」']);
    expect(afterFix(text, 'halfwidth-punctuation')).toBe('同志们：刚才,X书记作了报告;我完全同意!还有问题吗?');
  });

  it('treats a bracket pair as one problem and fixes both brackets', () => {
    const text = '(一)经济发展险中有进';
    expect(found(text, 'halfwidth-punctuation')).toEqual(['halfwidth-punctuation 「(一)」']);
    expect(afterFix(text, 'halfwidth-punctuation')).toBe('（一）经济发展险中有进');
  });

  it('sees Chinese text across short Latin and digit runs', () => {
    expect(found('排名第 X;1 般公共预算', 'halfwidth-punctuation')).toHaveLength(1);
    expect(found('致以崇高的敬意!?', 'halfwidth-punctuation')).toHaveLength(2);
    expect(found('增长X%;地方财政收入', 'halfwidth-punctuation')).toHaveLength(1);
  });

  it.each(['收入1,000万元。', '上午9:30开会。', 'Hello, world! 你好。', '访问 https://example.org/a,b 查看。', '字段 `a,b` 已弃用。', '[链接](https://example.org)'])(
    'not in %s',
    (text) => {
      expect(found(text, 'halfwidth-punctuation')).toEqual([]);
    },
  );

  it('offers a quick fix for the whole document', async () => {
    const { getCodeActions, parse, getDiagnostics, resolveOptions, applyEdits } = await import('../../server/src/service');
    const text = '甲,乙;丙:丁';
    const diagnostics = getDiagnostics(parse(text), resolveOptions());
    const all = getCodeActions(diagnostics, { start: 1, end: 1 }).find((a) => a.title.startsWith('全文'))!;
    expect(applyEdits(text, all.edits)).toBe('甲，乙；丙：丁');
  });
});

describe('digit-in-idiom', () => {
  it.each([
    ['完成XX万元。1 是全力推动项目建设。2 是做强工业。', '1 是', '完成XX万元。一是全力推动项目建设。2 是做强工业。'],
    ['要第 1 时间报告。', '第 1 时间', '要第一时间报告。'],
    ['深入 1 线。', '1 线', '深入一线。'],
    ['1 般公共预算收入。', '1 般', '一般公共预算收入。'],
    ['1 律采取措施。', '1 律', '一律采取措施。'],
    ['学习党的 109 大精神。', '党的 109 大', '学习党的十九大精神。'],
    ['贯彻党的19大精神。', '党的19大', '贯彻党的十九大精神。'],
    ['贯彻党的 109届 4 中全会精神。', '109届 4 中全会', '贯彻党的十九届四中全会精神。'],
    ['坚决做到“4 早”。', '4 早', '坚决做到“四早”。'],
    ['开展河湖“清 4 乱”。', '清 4 乱', '开展河湖“清四乱”。'],
    ['树牢“4 个意识”。', '4 个意识', '树牢“四个意识”。'],
    ['做到“2 个维护”。', '2 个维护', '做到“两个维护”。'],
    ['落实“4 个不摘”。', '4 个不摘', '落实“四个不摘”。'],
    ['做好“6稳”工作。', '6稳', '做好“六稳”工作。'],
  ])('%s', (text, range, fixed) => {
    expect(found(text, 'digit-in-idiom')[0]).toBe(`digit-in-idiom 「${range}」`);
    expect(afterFix(text, 'digit-in-idiom')).toBe(fixed);
  });

  it.each(['增长8.3%。', '位列第3位。', '新建2300个。', '“保7争6”目标。', '“1小时交通圈”。', '“30强”企业。', '“1571”工作部署。', '“7×24小时”服务。', '地铁1号线。', '1.5亿元。'])(
    'not in %s',
    (text) => {
      expect(found(text, 'digit-in-idiom')).toEqual([]);
    },
  );
});

describe('template-residue', () => {
  it('reports each residue line and deletes it with its line break', () => {
    const text = lines('仅供学习 禁止外传', '在会议上的讲话', '同志们：', '?', '一、甲');
    expect(found(text, 'template-residue')).toEqual(['template-residue 「仅供学习 禁止外传」', 'template-residue 「?」']);
    expect(diagnose(text)[0].message).toBe('模板残留（水印行）：讲话稿中不应出现，应删除');
    expect(afterFix(text, 'template-residue')).toBe(lines('在会议上的讲话', '同志们：', '?', '一、甲'));
  });

  it('takes extra residue patterns from the configuration', async () => {
    const { EMPTY_CONFIG } = await import('../../server/src/service');
    expect(found(lines('在会议上的讲话', '本文由某某文库提供下载'), 'template-residue', { ...EMPTY_CONFIG, residue: ['文库提供'] })).toHaveLength(1);
  });
});
