import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextPlaceholder, phrasePicks, sectionPicks, statusText, type Translate } from '../../client/src/presentation';
import { getStatistics, parse, findPlaceholders, formatDuration, partFigures } from '../../server/src/service';
import { lines, root } from '../helpers';

const bundle: Record<string, string> = JSON.parse(readFileSync(join(root, 'l10n/bundle.l10n.zh-cn.json'), 'utf8'));
/** vscode.l10n.t with the zh-cn bundle, or English when `english`. */
const translator =
  (english = false): Translate =>
  (message, ...args) =>
    (english ? message : (bundle[message] ?? message)).replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));

const text = lines('在会议上的讲话', '同志们：', '一、稳增长', '完成XX万元投资，增长8.3%。', '（一）抓项目', '项目建设要抓紧。', '二、防风险', '守住底线。');
const model = parse(text);
const statistics = getStatistics(model, findPlaceholders(model, { extraPatterns: [], notPlaceholders: [] }), 160);

describe('statistics figures', () => {
  it('count 字数 as domain.md says: Chinese characters, each Latin/digit run as one, no punctuation', () => {
    // 在会议上的讲话 7, 同志们 3, 一稳增长 4, 完成XX万元投资增长8.3% → 完成(2) XX(1) 万元投资增长(6) 8(1) 3(1) = 11, 一抓项目 4, 项目建设要抓紧 7, 二防风险 4, 守住底线 4
    expect(statistics.characters).toBe(7 + 3 + 4 + 11 + 4 + 7 + 4 + 4);
    expect(statistics.seconds).toBe(Math.round((44 / 160) * 60));
    expect(statistics.sections.map((s) => [s.name, s.level, s.characters])).toEqual([
      ['一、稳增长', 1, 4 + 11 + 4 + 7],
      ['（一）抓项目', 2, 4 + 7],
      ['二、防风险', 1, 8],
    ]);
  });
});

describe('status bar', () => {
  it('reads 字数 · 约 N 分钟 · 占位符 K in Chinese and its English base', () => {
    expect(statusText(statistics, translator())).toBe('字数 44 · 约 1 分钟 · 占位符 1');
    expect(statusText(statistics, translator(true))).toBe('44 characters · about 1 min · 1 placeholders');
    expect(statusText({ ...statistics, characters: 12345, seconds: 4629 }, translator())).toBe('字数 12,345 · 约 77 分钟 · 占位符 1');
  });

  it('adds the pages once the server sets the speech on pages: 字数 2,849 · 约 18 分钟 · 6 页', () => {
    expect(statusText({ ...statistics, characters: 2849, seconds: 1068, pages: 6 }, translator())).toBe('字数 2,849 · 约 18 分钟 · 6 页 · 占位符 1');
    expect(statusText({ ...statistics, characters: 2849, seconds: 1068, pages: 6 }, translator(true))).toBe('2,849 characters · about 18 min · 6 pages · 1 placeholders');
  });
});

describe('per-section picker', () => {
  it('lists the whole document, then every level-1 and level-2 section with its figures', () => {
    const picks = sectionPicks({ ...statistics, sections: statistics.sections.map((s, i) => ({ ...s, characters: [1024, 200, 90][i], seconds: [384, 75, 34][i] })) }, translator(), 'zh');
    expect(picks.map((p) => `${p.label} | ${p.description}`)).toEqual([
      `全文 | 44 字 · 约 17 秒（按每分钟 160 字）`,
      '一、稳增长 | 1,024 字 · 约 6 分 24 秒',
      '\u2003\u2003（一）抓项目 | 200 字 · 约 1 分 15 秒',
      '二、防风险 | 90 字 · 约 34 秒',
    ]);
    expect(picks[1].range?.start).toEqual({ line: 2, character: 0 });
  });

  it('names the opening and the closing, and gives the pages of each part as the CodeLens does', () => {
    const speech = parse(lines('在会议上的讲话', '同志们：', '今天召开会议。', '一、稳增长', '完成投资。', '同志们，让我们共同努力！', '谢谢大家！'));
    const paged = getStatistics(speech, [], 160, { count: 3, pageAt: (offset) => (offset < 20 ? 1 : offset < 30 ? 2 : 3) });
    const picks = sectionPicks(paged, translator(), 'zh');
    expect(picks.map((p) => p.label)).toEqual(['全文', '开场', '一、稳增长', '结尾']);
    expect(picks[0].description).toBe(`${paged.characters} 字 · 约 ${paged.seconds} 秒（按每分钟 160 字） · 共 3 页`);
    // Opening 8–20 (page 1), section 21 up to the closing's line at 33 (pages 2–3), closing 33–51 (page 3).
    const [opening, section, closing] = paged.sections;
    expect(picks.slice(1).map((p) => p.description)).toEqual([opening, section, closing].map((s) => partFigures(s, 'zh')));
    expect([opening, section, closing].map((s) => [s.page, s.pages])).toEqual([
      [1, 1],
      [2, 2],
      [3, 1],
    ]);
  });
});

describe('figures of a part (CodeLens, picker, hover)', () => {
  it('read 1,024 字 · 约 3 分 20 秒 · 第 2–3 页, one format everywhere', () => {
    expect(partFigures({ characters: 1024, seconds: 200 }, 'zh')).toBe('1,024 字 · 约 3 分 20 秒');
    expect(partFigures({ characters: 1024, seconds: 200, page: 2, pages: 2 }, 'zh')).toBe('1,024 字 · 约 3 分 20 秒 · 第 2–3 页');
    expect(partFigures({ characters: 90, seconds: 34, page: 4, pages: 1 }, 'zh')).toBe('90 字 · 约 34 秒 · 第 4 页');
    expect(partFigures({ characters: 1024, seconds: 200, page: 2, pages: 2 }, 'en')).toBe('1,024 characters · about 3 min 20 s · pages 2–3');
    expect(formatDuration(180, 'zh')).toBe('约 3 分钟');
    expect(formatDuration(45, 'zh')).toBe('约 45 秒');
  });
});

describe('placeholder navigation', () => {
  const ranges = [3, 7, 9].map((line) => ({ start: { line, character: 2 }, end: { line, character: 4 } }));
  it('goes to the next or previous placeholder from the cursor and wraps around', () => {
    expect(nextPlaceholder(ranges, { line: 5, character: 0 }, true)?.start.line).toBe(7);
    expect(nextPlaceholder(ranges, { line: 7, character: 2 }, true)?.start.line).toBe(9);
    expect(nextPlaceholder(ranges, { line: 9, character: 3 }, true)?.start.line).toBe(3);
    expect(nextPlaceholder(ranges, { line: 7, character: 2 }, false)?.start.line).toBe(3);
    expect(nextPlaceholder(ranges, { line: 1, character: 0 }, false)?.start.line).toBe(9);
    expect(nextPlaceholder([], { line: 1, character: 0 }, true)).toBeUndefined();
  });
});

describe('insert-phrase picker', () => {
  it('shows phrases with their category, searchable by pinyin in the detail, inserting the snippet', () => {
    const [pick] = phrasePicks([{ text: '今天，我们召开${1:会议名称}。', category: '开场', initials: 'jtwmzkhymc', full: 'jintianwomenzhaokaihuiyimingcheng' }]);
    expect(pick).toEqual({ label: '今天，我们召开〔会议名称〕。', description: '开场', detail: 'jtwmzkhymc · jintianwomenzhaokaihuiyimingcheng', snippet: '今天，我们召开${1:会议名称}。' });
  });
});

describe('localisation files', () => {
  it('translate every runtime string and every manifest string', () => {
    const source = readFileSync(join(root, 'client/src/extension.ts'), 'utf8') + readFileSync(join(root, 'client/src/presentation.ts'), 'utf8');
    const used = [...source.matchAll(/\bt\('([^']+)'/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(8);
    for (const message of used) expect(bundle[message], message).toBeDefined();
    const en = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8'));
    const zh = JSON.parse(readFileSync(join(root, 'package.nls.zh-cn.json'), 'utf8'));
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    const manifest = readFileSync(join(root, 'package.json'), 'utf8');
    for (const key of manifest.match(/%[\w.-]+%/g)!) expect(en[key.slice(1, -1)], key).toBeDefined();
  });
});
