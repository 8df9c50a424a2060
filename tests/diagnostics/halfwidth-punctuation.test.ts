import { describe, expect, it } from 'vitest';
import { afterFix, diagnose, found } from './helpers';

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

  it('a ? that ends no question is a lost character: reported without a fix (2026 湖南、重庆政府工作报告)', () => {
    for (const text of ['洞庭湖区重点垸堤防加固二期、?水灌区开工建设。', '1个学科进入前1?。']) {
      const [d] = diagnose(text).filter((x) => x.code === 'halfwidth-punctuation');
      expect(text.slice(d.start, d.end)).toBe('?');
      expect(d.message).toBe('这里的半角“?”不是问号：可能是转换时丢失的字，请核对原文');
      expect(d.fixes).toEqual([]);
    }
  });

  it('offers a quick fix for the whole document', async () => {
    const { getCodeActions, parse, getDiagnostics, resolveOptions, applyEdits } = await import('../../server/src/service');
    const text = '甲,乙;丙:丁';
    const diagnostics = getDiagnostics(parse(text), resolveOptions());
    const all = getCodeActions(diagnostics, { start: 1, end: 1 }).find((a) => a.title.startsWith('全文'))!;
    expect(applyEdits(text, all.edits)).toBe('甲，乙；丙：丁');
  });
});
