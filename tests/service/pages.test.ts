import { describe, expect, it } from 'vitest';
import { parse } from '../../server/src/service';
import { layoutBlocks } from '../../server/src/service/layout';
import { breakLines, getPageModel, pageViews } from '../../server/src/service/pages';
import { charsPerLine, linesPerPage, resolvePreset } from '../../server/src/service/presets';
import { fixture, lines } from '../helpers';

const official = resolvePreset([]);
const reading = resolvePreset([], 'reading');
/** A preset like official without keeping headings with the next line. */
const loose = resolvePreset([{ presets: { loose: { extends: 'official', keepHeadingWithNext: false } } }], 'loose');

/** Lines of a text at 16 pt with the official spacing: 28 characters a line, 26 on an indented first line. */
const breakAt = (text: string, indent = 0) => {
  const starts = breakLines(text, (i) => (text.charCodeAt(i) < 0x80 ? 8 : 16) - 0.25, (first) => 442.2 - (first ? indent : 0));
  return starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length).replace(/\n$/, ''));
};
const han = (n: number) => '国'.repeat(n);
const pagesOf = (text: string, preset = official) => pageViews(getPageModel(parse(text), preset));
const where = (text: string, fragment: string, preset = official) => {
  for (const page of pagesOf(text, preset)) for (const l of page.lines) if (l.runs.map((r) => r.text).join('').includes(fragment)) return [page.number, l.row];
  return undefined;
};
/** A body paragraph that fills exactly `n` official lines (26 on the first, 28 after). */
const paragraph = (n: number, ch = '国') => ch.repeat(26 + 28 * (n - 1));

describe('the official grid', () => {
  it('is 28 characters by 22 lines, the reading copy larger', () => {
    expect([charsPerLine(official), linesPerPage(official)]).toEqual([28, 22]);
    expect(charsPerLine(reading)).toBeLessThan(28);
    expect(linesPerPage(reading)).toBeLessThan(22);
  });
});

describe('line breaking', () => {
  it('fills a line with 28 characters, 26 after a two-character indent', () => {
    expect(breakAt(han(30)).map((l) => l.length)).toEqual([28, 2]);
    expect(breakAt(han(30), 32).map((l) => l.length)).toEqual([26, 4]);
  });

  it('never starts a line with a comma, full stop, colon or question mark: the character before goes down with it', () => {
    expect(breakAt(`${han(27)}甲，${han(3)}`)).toEqual([han(27), `甲，${han(3)}`]);
    expect(breakAt(`${han(27)}甲。`)).toEqual([han(27), '甲。']);
    for (const mark of '、；：？！') expect(breakAt(`${han(27)}甲${mark}${han(3)}`)[1]).toBe(`甲${mark}${han(3)}`);
  });

  it('lets an ellipsis or a dash start a line, as Word and LibreOffice do', () => {
    expect(breakAt(`${han(28)}……${han(3)}`)).toEqual([han(28), `……${han(3)}`]);
    expect(breakAt(`${han(28)}——${han(3)}`)).toEqual([han(28), `——${han(3)}`]);
  });

  it('never starts a line with closing punctuation that cannot hang: the character before goes down with it', () => {
    expect(breakAt(`${han(27)}甲”${han(3)}`)).toEqual([han(27), `甲”${han(3)}`]);
    expect(breakAt(`${han(27)}甲）${han(3)}`)).toEqual([han(27), `甲）${han(3)}`]);
  });

  it('never ends a line with opening punctuation', () => {
    expect(breakAt(`${han(27)}“甲乙”`)).toEqual([han(27), '“甲乙”']);
    expect(breakAt(`${han(27)}《甲》`)).toEqual([han(27), '《甲》']);
  });

  it('keeps a number or a Latin word whole', () => {
    // 26 Chinese characters, then 486.3 (5 × half width = 2.5) does not fit in the 2 left.
    expect(breakAt(`${han(26)}486.3亿元`)).toEqual([han(26), '486.3亿元']);
    expect(breakAt(`${han(20)}GDP增长`)).toEqual([`${han(20)}GDP增长`]);
  });

  it('breaks where the text says (a title written over two lines)', () => {
    expect(breakAt('在全区经济工作\n会议上的讲话')).toEqual(['在全区经济工作', '会议上的讲话']);
  });
});

describe('pages', () => {
  it('puts 22 lines on a page and the 23rd on the next', () => {
    expect(pagesOf(paragraph(22))).toHaveLength(1);
    expect(pagesOf(paragraph(22) + '国')).toHaveLength(2);
    expect(where(paragraph(22) + '甲', '甲')).toEqual([2, 0]);
  });

  it('leaves the automatic space of Word between Chinese and a number: a line with 12 in it holds 26 characters and the 12, not 27', () => {
    const second = pagesOf(`${han(26)}${han(13)}12${han(20)}`)[0].lines[1].runs.map((r) => r.text).join('');
    expect(second).toBe(`${han(13)}12${han(13)}`);
  });

  it('keeps a heading with the line after it where the preset says so', () => {
    const text = lines(paragraph(21), '二、下一节的标题', '正文。');
    expect(where(text, '二、下一节')).toEqual([2, 0]);
    expect(where(text, '二、下一节', loose)).toEqual([1, 21]);
    expect(where(text, '正文', loose)).toEqual([2, 0]);
  });

  it('leaves no single line of a paragraph alone at the foot or the top of a page with widow control (reading copy)', () => {
    const perPage = linesPerPage(reading);
    const perLine = charsPerLine(reading);
    const first = perLine - 2;
    // A paragraph of perPage - 1 lines, then one of 3 lines: 1 line would fit at the foot; it goes over whole.
    const long = '甲'.repeat(first + perLine * (perPage - 2));
    const three = '乙'.repeat(first + perLine * 2);
    const pages = pagesOf(lines(long, three), reading);
    const rowsOf = (ch: string) => pages.flatMap((p) => p.lines.filter((l) => l.runs.some((r) => r.text.includes(ch))).map((l) => [p.number, l.row]));
    expect(rowsOf('甲')).toHaveLength(perPage - 1);
    expect(rowsOf('乙')).toEqual([
      [2, 0],
      [2, 1],
      [2, 2],
    ]);
    // Without widow control (official), the first line stays at the foot.
    const plain = pagesOf(lines(paragraph(21), paragraph(3, '乙')));
    expect(plain[0].lines.at(-1)!.runs[0].text.startsWith('乙')).toBe(true);
  });

  it('starts each speech of a collection on a new page, and finds the page of an offset', () => {
    const text = lines('第一篇：开幕讲话', '一、甲', '正文。', '第二篇：闭幕讲话', '一、乙', '正文。');
    const pages = getPageModel(parse(text), official);
    expect(pages.count).toBe(2);
    expect(pages.pageAt(text.indexOf('一、乙'))).toBe(2);
    expect(pages.pageAt(text.indexOf('一、甲'))).toBe(1);
  });

  it('goes on below a title and date that head the parts of one occasion, instead of leaving them alone on a page', () => {
    const text = lines('# 在中国共产党全国代表会议上的讲话', '（一九五五年三月）', '', '开幕词', '', '同志们：', '今天开会。', '', '结论', '', '同志们：', '讲几点意见。');
    const model = parse(text);
    expect(model.speeches).toHaveLength(3);
    const pages = getPageModel(model, official);
    expect(pages.count).toBe(2);
    expect(pages.pageAt(text.indexOf('开幕词'))).toBe(1);
    expect(pages.pageAt(text.indexOf('结论'))).toBe(2);
    const views = pageViews(pages);
    expect(views.map((v) => v.number)).toEqual([1, 2]);
    // Title, a gap, date, a gap, the part's name, and a gap after it as after any head.
    expect(views[0].lines.map((l) => [l.role, l.row])).toEqual([
      ['title', 0],
      ['date', 2],
      ['header', 4],
      ['salutation', 6],
      ['body', 7],
    ]);
    const blocks = layoutBlocks(model, official);
    expect(blocks.filter((b) => b.pageBreakBefore).map((b) => b.runs[0].text)).toEqual(['结论']);
  });

  it('sets the sample on pages: title on two lines, the heading of each section where the grid puts it', () => {
    const views = pagesOf(fixture('../../examples/sample.speech.md'));
    const first = views[0].lines.map((l) => l.runs.map((r) => r.text).join(''));
    // Title of 22 pt, too long for one line: the layout breaks it between words into balanced lines
    // (layout.ts, titleBreaks), as LibreOffice then prints it.
    expect(first[0]).toBe('在青川区2026年一季度');
    expect(first[1]).toBe('重点工作推进会上的讲话');
    // The salutation after a blank line below the speaker and date.
    expect(views[0].lines.find((l) => l.role === 'salutation')!.row).toBe(6);
    expect(views.every((v) => v.lines.length <= 22)).toBe(true);
    expect(views.map((v) => v.number)).toEqual(views.map((_, i) => i + 1));
  });
});

describe('cached per speech', () => {
  it('sets again only the speech an edit changed, and counts as from scratch', () => {
    const sample = fixture('../../examples/sample.speech.md');
    const text = [1, 2, 3].map((i) => `第${i}篇：讲话\n${sample}\n`).join('');
    const before = parse(text);
    expect(before.speeches).toHaveLength(3);
    const first = getPageModel(before, official);
    const at = before.speeches[1].paragraphs[2].start;
    const edited = text.slice(0, at) + '新增一句话。'.repeat(30) + text.slice(at);
    const after = getPageModel(parse(edited, before), official);
    expect(after.speeches[0].pages).toBe(first.speeches[0].pages);
    expect(after.speeches[1].pages).not.toBe(first.speeches[1].pages);
    expect(after.speeches[2].pages).toBe(first.speeches[2].pages);
    const scratch = getPageModel(parse(edited), official);
    expect(after.count).toBe(scratch.count);
    expect(pageViews(after)).toEqual(pageViews(scratch));
    const third = parse(edited).speeches[2].headings[0].start;
    expect(after.pageAt(third)).toBe(scratch.pageAt(third));
  });
});
