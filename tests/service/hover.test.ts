import { describe, expect, it } from 'vitest';
import { getDiagnostics, getHover, getPageModel, getStatistics, parse, resolveOptions, resolvePreset } from '../../server/src/service';
import { fixture, lines } from '../helpers';

const sample = fixture('../../examples/sample.speech.md');
const model = parse(sample);
const diagnostics = getDiagnostics(model, resolveOptions());
const pages = getPageModel(model, resolvePreset([]));
const hoverAt = (fragment: string, text = sample, m = model) => getHover(m, text.indexOf(fragment) + 1, { diagnostics: m === model ? diagnostics : getDiagnostics(m, resolveOptions()), pages: m === model ? pages : undefined });

describe('hover on a heading', () => {
  it('gives its level and the figures of its section as the statistics have them, pages included', () => {
    const row = getStatistics(model, [], 160, pages).sections.find((s) => s.name === '二、突出重点，全力冲刺首季目标')!;
    const hover = hoverAt('二、突出重点')!;
    expect(hover.contents).toBe(`**一级标题** · ${row.characters.toLocaleString('en-US')} 字 · 约 ${Math.floor(row.seconds / 60)} 分 ${row.seconds % 60} 秒 · 第 ${row.page}${row.pages! > 1 ? `–${row.page! + row.pages! - 1}` : ''} 页`);
    expect(sample.slice(hover.span.start, hover.span.start + 6)).toBe('二、突出重点');
  });

  it('leaves the closing out of the last section, and covers levels 3 and 4', () => {
    const row = getStatistics(model, [], 160).sections.find((s) => s.name === '（二）切实转变工作作风')!;
    expect(hoverAt('（二）切实转变')!.contents).toContain(`**二级标题** · ${row.characters} 字`);
    expect(hoverAt('（1）任务清单')!.contents).toMatch(/^\*\*四级标题\*\* · \d+ 字 · 约 \d+ 秒 · 第 \d 页$/);
  });

  it('gives the whole speech on its title, and nothing on body text', () => {
    expect(hoverAt('重点工作推进会上的讲话')!.contents).toMatch(/^\*\*讲话稿\*\* · [\d,]+ 字 · 约 \d+ 分/);
    expect(hoverAt('盘点开年以来')).toBeNull();
  });
});

describe('hover on a problem', () => {
  it('explains the rule in a sentence, after the figures of a heading it sits on', () => {
    const text = lines('一、甲', '正文XX万元。', '三、丙', '正文。');
    const m = parse(text);
    const placeholder = hoverAt('XX', text, m)!;
    expect(placeholder.contents).toMatch(/^\*\*占位符未替换\*\*（`placeholder`）：.+。$/);
    expect(text.slice(placeholder.span.start, placeholder.span.end)).toBe('XX');
    const gap = hoverAt('三、', text, m)!.contents.split('\n\n---\n\n');
    expect(gap[0]).toBe('**一级标题** · 4 字 · 约 2 秒'); // 三丙 正文
    expect(gap[1]).toMatch(/^\*\*编号不连续\*\*（`numbering-gap`）：.+。$/);
  });
});
