import { describe, expect, it } from 'vitest';
import { DiagnosticsCache, getDiagnosticGroups, getDiagnostics, parse, placeDiagnostics, resolveOptions } from '../../server/src/service';
import { lines } from '../helpers';
import { afterFix, diagnose, found } from './helpers';

const unpaired = (text: string) => found(text, 'unpaired-mark');

describe('unpaired-mark', () => {
  it('reports a mark that does not pair within its paragraph', () => {
    expect(unpaired('总书记强调“干事业要有钉钉子精神。')).toEqual(['unpaired-mark 「“」']);
    expect(unpaired('学习《关于加强基层治理的意见，抓好落实。')).toEqual(['unpaired-mark 「《」']);
    expect(unpaired('各乡镇（街道要抓好落实。')).toEqual(['unpaired-mark 「（」']);
    expect(unpaired('要坚持人民至上”，办好实事。')).toEqual(['unpaired-mark 「”」']);
    expect(diagnose('总书记强调“干事业。')[0].message).toBe('引号不成对：““”在本段没有与之对应的“””');
  });

  it('reports a closing mark used as an opening one', () => {
    expect(unpaired('抓好”三农“工作。')).toEqual(['unpaired-mark 「”」', 'unpaired-mark 「“」']);
  });

  it('reports a mark left open inside a pair', () => {
    expect(unpaired('学习《关于（试行》的通知。')).toEqual(['unpaired-mark 「（」']);
  });

  it('passes items numbered with a closing bracket only (1）, 2）)', () => {
    expect(unpaired(lines('1）抓落实；2）抓督查。', '要做到：a）早；b）实。'))).toEqual([]);
    expect(unpaired('增长12）个百分点。')).toEqual(['unpaired-mark 「）」']);
  });

  it('passes marks that pair, nested or not, and an apostrophe between letters', () => {
    expect(unpaired('他说：“要落实‘两个确立’，学好《决定》（全文）。”China’s growth.')).toEqual([]);
  });

  it('respects a quotation over several paragraphs: each opens with “, only the last closes', () => {
    const text = lines('毛主席说：“第一段话，', '', '“第二段话，', '', '“第三段话。”', '', '下一段。');
    expect(unpaired(text)).toEqual([]);
    // Without the opening “ of the next paragraph, the first stays open.
    expect(unpaired(lines('毛主席说：“第一段话，', '', '第二段话。'))).toEqual(['unpaired-mark 「“」']);
  });

  it('a quotation does not go on into the next speech (its header line stands between), alone or in the document', () => {
    const text = lines('第一篇：甲', '毛主席说：“第一段话，', '第二篇：乙', '“另一篇的引文。”');
    expect(unpaired(text)).toEqual(['unpaired-mark 「“」']);
    const options = resolveOptions();
    const cache = new DiagnosticsCache(options);
    const alone = placeDiagnostics(getDiagnosticGroups(parse(text), options, cache)).filter((d) => d.code === 'unpaired-mark');
    expect(alone.map((d) => d.start)).toEqual(getDiagnostics(parse(text), options).filter((d) => d.code === 'unpaired-mark').map((d) => d.start));
  });

  it('reports straight ASCII quotes in Chinese text, with a fix when they come in pairs', () => {
    const text = '要坚持"两个毫不动摇"，不能动摇。';
    expect(unpaired(text)).toEqual(['unpaired-mark 「"」', 'unpaired-mark 「"」']);
    expect(afterFix(text, 'unpaired-mark')).toBe('要坚持“两个毫不动摇"，不能动摇。');
    expect(diagnose('要坚持"两个毫不动摇，不能。')[0].fixes).toEqual([]);
    expect(unpaired('He said "yes" in English. `"code"`')).toEqual([]);
  });

  it('a quotation whose paragraphs are lines of a list closes in its last (矛盾论)', () => {
    const text = lines('列宁也这样说明过矛盾的普遍性：“在数学中，正和负，微分和积分。', '在力学中，作用和反作用。', '在社会科学中，阶级斗争。”', '战争中的攻守，进退，胜败。');
    expect(unpaired(text)).toEqual([]);
    // A “ between them, or too many paragraphs, and both marks are unpaired.
    expect(unpaired(lines('他说：“第一段话。', '又说“第二段话。”', '第三段话。”'))).toEqual(['unpaired-mark 「“」', 'unpaired-mark 「”」']);
    expect(unpaired(lines('他说：“第一段话。', ...Array<string>(9).fill('一段话。'), '第三段话。”'))).toEqual(['unpaired-mark 「“」', 'unpaired-mark 「”」']);
    // A ” inside its paragraph does not end a quotation: two marks lost, one in each paragraph.
    expect(unpaired(lines('为解决“三农发展重大问题作出贡献。', '紧扣农业技术短板”，着力深化改革。'))).toEqual(['unpaired-mark 「“」', 'unpaired-mark 「”」']);
  });

  it("a straight ' that closes ‘ is a ’ typed straight: one finding, with its fix (在省市委书记会议上的讲话)", () => {
    const text = '有人说，“‘左\'比右好”，许多同志都这么说。';
    expect(unpaired(text)).toEqual(["unpaired-mark 「'」"]);
    expect(afterFix(text, 'unpaired-mark')).toBe('有人说，“‘左’比右好”，许多同志都这么说。');
    expect(diagnose(text)[0].message).toBe("中文中应使用弯引号‘’，不用直引号'");
    expect(afterFix("你们就是'阿斗'，又不认得几个字。", 'unpaired-mark', 0)).toBe("你们就是‘阿斗'，又不认得几个字。");
    expect(unpaired("Xi's speech, the people's congress.")).toEqual([]);
  });

  it('does not read code, comments or residue', () => {
    expect(unpaired(lines('```', '“未闭合', '```', '<!-- “ -->', '正文。'))).toEqual([]);
  });
});
