import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatOutline } from '../../server/src/cli/outlineText';
import { getDocumentSymbols, parse, SymbolKind } from '../../server/src/service';
import { fixture, lines, outlineOf, root } from '../helpers';

describe('golden outlines of the real corpus (written by hand, see tests/golden/README.md)', () => {
  it.each(['000', '001', '002', '003', '004'])('%s', (name) => {
    const expected = readFileSync(join(root, 'tests/golden', `${name}.outline.txt`), 'utf8');
    expect(formatOutline(getDocumentSymbols(parse(fixture(`corpus/${name}.speech.md`))))).toBe(expected);
  });
});

describe('outline shape', () => {
  const speech = lines(
    '第一篇：区委全体会议讲话',
    '在全区经济工作会议上的讲话',
    '同志们：',
    '下面，我讲三点意见。',
    '一、经济发展险中有进。上半年实现增长。',
    '一是工业回稳。二是投资回升。',
    '（一）多措并举促增长',
    '1.稳工业',
    '（1）抓技改',
    '二、目标，我们要完成',
  );

  it('names bold headings, as imported from Word, without the ** marks', () => {
    expect(outlineOf(lines('同志们：', '**一、突出重点**', '正文。', '二、**压实责任**', '**（一）抓落实**。要抓。', '**'))).toEqual([
      '一、突出重点 [一级标题]',
      '二、压实责任 [一级标题]',
      '  （一）抓落实 [二级标题]',
    ]);
    // Placeholders keep their marks: `____` and `******` are no bold marks, as the layout prints them.
    expect(outlineOf(lines('同志们：', '一、关于____的工作', '正文。', '二、落实******同志的批示', '正文。'))).toEqual([
      '一、关于____的工作 [一级标题]',
      '二、落实******同志的批示 [一级标题]',
    ]);
  });

  it('nests 篇 → title → levels → items, with names and details', () => {
    expect(outlineOf(speech)).toEqual([
      '第一篇：区委全体会议讲话 [篇]',
      '  在全区经济工作会议上的讲话 [标题]',
      '    一、经济发展险中有进 [一级标题]',
      '      一是工业回稳 [一是]',
      '      二是投资回升 [一是]',
      '      （一）多措并举促增长 [二级标题]',
      '        1.稳工业 [三级标题]',
      '          （1）抓技改 [四级标题]',
      '    二、目标，我们要完成 [一级标题]',
    ]);
  });

  it('leaves inline items out when asked', () => {
    expect(outlineOf(speech, false)).not.toContain('      一是工业回稳 [一是]');
    expect(outlineOf(speech, false)).toHaveLength(7);
  });

  it('gives symbol kinds that read as document parts, the same for every heading level', () => {
    const [header] = getDocumentSymbols(parse(speech));
    const [title] = header.children;
    const [level1] = title.children;
    expect([header.kind, title.kind, level1.kind, level1.children[0].kind, level1.children[2].kind]).toEqual([
      SymbolKind.File,
      SymbolKind.File,
      SymbolKind.String,
      SymbolKind.EnumMember,
      SymbolKind.String,
    ]);
    // LSP's numbers: File 1, String 15, EnumMember 22.
    expect([SymbolKind.File, SymbolKind.String, SymbolKind.EnumMember]).toEqual([1, 15, 22]);
  });

  it('spans a section up to the next heading of the same or a higher level, and selects the heading', () => {
    const [header] = getDocumentSymbols(parse(speech));
    const [first, second] = header.children[0].children;
    expect(first.range).toEqual({ start: { line: 4, character: 0 }, end: { line: 8, character: 6 } });
    expect(first.selectionRange).toEqual({ start: { line: 4, character: 0 }, end: { line: 4, character: 10 } });
    expect(second.range.start.line).toBe(9);
    expect(header.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 9, character: 10 } });
  });

  it('cuts long names at 40 characters without splitting a surrogate pair', () => {
    const long = '一、' + '𠀀'.repeat(50);
    const [symbol] = getDocumentSymbols(parse(long));
    expect(Array.from(symbol.name)).toHaveLength(41);
    expect(symbol.name.endsWith('𠀀…')).toBe(true);
  });

  it('drops # marks from names', () => {
    expect(outlineOf(lines('# 在会议上的讲话', '## 一、统一思想', '### 提高站位'))).toEqual([
      '在会议上的讲话 [标题]',
      '  一、统一思想 [一级标题]',
      '    提高站位 [二级标题]',
    ]);
  });

  it('puts sections at the top when a speech has neither header nor title', () => {
    expect(outlineOf(lines('同志们：', '一、甲', '（一）乙'))).toEqual(['一、甲 [一级标题]', '  （一）乙 [二级标题]']);
  });
});

describe('external real texts: every heading found, nothing invented (counts from tests/fixtures/external/SOURCES.md)', () => {
  const count = (name: string) => {
    const totals: Record<string, number> = {};
    const visit = (nodes: ReturnType<typeof getDocumentSymbols>) =>
      nodes.forEach((n) => {
        totals[n.detail] = (totals[n.detail] ?? 0) + 1;
        visit(n.children);
      });
    visit(getDocumentSymbols(parse(fixture(`external/${name}.speech.md`)), { inlineItems: false }));
    return totals;
  };
  it.each([
    ['01-ningxia-2026-gov-report', { 标题: 1, 一级标题: 3, 二级标题: 6 }],
    ['02-zhejiang-2026-gov-report', { 标题: 1, 一级标题: 3, 二级标题: 26, 三级标题: 10 }],
    // The two unnumbered parts are headings now, and 一、…四、 stand under the second (tests/golden/README.md).
    ['03-neimenggu-2026-gov-report', { 标题: 2, 附件: 1, 一级标题: 2, 二级标题: 4, 三级标题: 25 }],
    ['04-cpc-19th-congress-report', { 标题: 1, 一级标题: 13, 二级标题: 50 }],
    ['05-xi-deep-poverty-speech', { 标题: 1, 一级标题: 3 }],
    ['06-guangdong-2026-gov-report', { 标题: 3, 附件: 2, 一级标题: 13, 二级标题: 14, 三级标题: 13 }],
  ])('%s', (name, expected) => {
    expect(count(name)).toEqual(expected);
  });

  it('keeps narrative 第一次是… paragraphs, split subscripts and year-led lines out', () => {
    const names = outlineOf(fixture('external/05-xi-deep-poverty-speech.speech.md')).join('\n');
    expect(names).not.toMatch(/第[一二三]次是/);
    const guangdong = outlineOf(fixture('external/06-guangdong-2026-gov-report.speech.md')).join('\n');
    expect(guangdong).not.toMatch(/^\s*2\.5/m);
    expect(guangdong).not.toMatch(/^\s*20\d\d年.*级标题\]$/m);
  });

  it('puts the 02 list 1.–10. under （九） by the nearest-higher-level rule', () => {
    const outline = outlineOf(fixture('external/02-zhejiang-2026-gov-report.speech.md'), false);
    const nine = outline.findIndex((l) => l.startsWith('    （九）着力促进高质量发展'));
    expect(outline[nine + 1]).toMatch(/^ {6}1\.医疗卫生方面 \[三级标题\]$/);
    expect(outline[nine + 10]).toMatch(/^ {6}10\.除险保安方面 \[三级标题\]$/);
  });
});
