import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { titleBreaks } from '../../server/src/service/layout';
import { blockText, charsPerLine, exportConfigFromSettings, layoutBlocks, linesPerPage, parse, parseSpeechrc, resolvePreset, roleStyle } from '../../server/src/service';
import { lines, root } from '../helpers';

const official = resolvePreset([]);
const reading = resolvePreset([], 'reading');
const brief = (text: string, preset = official) => layoutBlocks(parse(text), preset).map((b) => `${b.role}${b.spaceBefore ? `+${b.spaceBefore}` : ''}${b.pageBreakBefore ? ' ^' : ''}: ${b.runs.map((r) => (r.bold ? `[${r.text}]` : r.face === b.role ? r.text : `{${r.text}}`)).join('')}`);

describe('presets', () => {
  test('the official grid is 28 characters × 22 lines (layout.md)', () => {
    expect([charsPerLine(official), linesPerPage(official)]).toEqual([28, 22]);
    expect(official.margins).toEqual({ top: 37, bottom: 35, left: 28, right: 26 });
    expect(roleStyle(official, 'title')).toMatchObject({ face: 'xiaobiaosong', size: 22, align: 'center', indent: 0 });
  });

  test('the reading copy is larger and looser', () => {
    expect(roleStyle(reading, 'body').size).toBeGreaterThan(16);
    expect(reading.lineSpacing).toBeGreaterThan(official.lineSpacing);
    expect(reading.pageNumber.position).toBe('center');
    expect([charsPerLine(reading), linesPerPage(reading)]).toEqual([20, 16]);
  });

  test('custom presets extend another and change only what they name', () => {
    const house = resolvePreset([{ preset: 'house', presets: { house: { extends: 'official', lineSpacing: 29, boldLevel3: true, roles: { heading2: { face: 'fangsong' } } } } }]);
    expect(house.name).toBe('house');
    expect(house.lineSpacing).toBe(29);
    expect(roleStyle(house, 'heading3').bold).toBe(true);
    expect(roleStyle(house, 'heading2')).toMatchObject({ face: 'fangsong', size: 16 });
    expect(house.margins).toEqual(official.margins);
  });

  test('plain face names leave out the _GB2312 faces', () => {
    const plain = resolvePreset([{ faceNames: 'plain' }]);
    expect(plain.faces.fangsong[plain.faceNames][0]).toBe('仿宋');
    expect(official.faces.fangsong[official.faceNames][0]).toBe('仿宋_GB2312');
  });

  test('an unknown preset, or a cycle of extends, falls back to official', () => {
    expect(resolvePreset([], 'nope').name).toBe('official');
    const cyclic = resolvePreset([{ presets: { a: { extends: 'b' }, b: { extends: 'a', lineSpacing: 30 } } }], 'a');
    expect(cyclic.lineSpacing).toBe(30);
  });

  test('.speechrc.json "export" is checked against the preset shape', () => {
    const good = parseSpeechrc('{"export": {"preset": "mine", "presets": {"mine": {"extends": "official", "margins": {"top": 35}}}}}');
    expect(good.problems).toEqual([]);
    expect(good.config.export?.preset).toBe('mine');
    const bad = parseSpeechrc('{"export": {"preset": "other", "presets": {"mine": {"margin": 3, "lineSpacing": "28", "roles": {"body": {"align": "middle"}}}}}}');
    expect(bad.problems.map((p) => p.message)).toEqual([
      '未知的导出预设“other”，可用：official, reading, mine',
      expect.stringContaining('未知的预设设置项“margin”'),
      '“lineSpacing”应是数字',
      '“align”应为 left | center | right | justify',
    ]);
    expect(bad.config.export).toBeUndefined();
  });
});

describe('export settings and schema', () => {
  test('settings speech.export.*: the preset name as given, a custom preset only when it checks out', () => {
    expect(exportConfigFromSettings({ preset: 'reading', faceNames: 'plain', presets: {}, location: 'ask' })).toEqual({ preset: 'reading', faceNames: 'plain', presets: {} });
    expect(exportConfigFromSettings({ preset: '', presets: { bad: { lineSpacing: 'x' } } })).toEqual({});
    expect(exportConfigFromSettings(undefined)).toBeUndefined();
  });

  test('the .speechrc.json schema names every number of a preset, and nothing else', () => {
    const schema = JSON.parse(readFileSync(join(root, 'client/schemas/speechrc.schema.json'), 'utf8'));
    const { name: _, ...preset } = official;
    const properties = schema.definitions.exportPreset.properties;
    expect(Object.keys(properties).sort()).toEqual([...Object.keys(preset), 'extends'].sort());
    expect(Object.keys(properties.roles.properties).sort()).toEqual(Object.keys(official.roles).sort());
    expect(Object.keys(schema.definitions.exportRole.properties).sort()).toEqual(Object.keys(official.roles.body).sort());
    expect(Object.keys(properties.pageNumber.properties).sort()).toEqual(Object.keys(official.pageNumber).sort());
  });
});

describe('layoutBlocks', () => {
  test('head lines, gaps, headings and the closing', () => {
    const text = lines(
      '# 在全市安全生产工作会议上的讲话',
      '',
      '市长 王某',
      '（2025年3月8日）',
      '',
      '同志们：',
      '',
      '今天召开会议。',
      '',
      '一、提高认识',
      '',
      '（一）压实责任。各级要**切实**负起责任。',
      '',
      '谢谢大家！',
    );
    expect(brief(text)).toEqual([
      'title: 在全市安全生产工作会议上的讲话',
      'speaker+1: 市长 王某',
      'date: （2025年3月8日）',
      'salutation+1: 同志们：',
      'body: 今天召开会议。',
      'heading1: 一、提高认识',
      'heading2: （一）压实责任。{各级要}[切实]{负起责任。}',
      'closing: 谢谢大家！',
    ]);
  });

  test('a wrapped title stays as its lines; a run-in salutation is its own block', () => {
    const blocks = layoutBlocks(parse(lines('关于进一步做好', '安全生产工作的讲话', '', '同志们：今天开会。')), official);
    expect(blocks.map((b) => [b.role, blockText(b)])).toEqual([
      ['title', '关于进一步做好\n安全生产工作的讲话'],
      ['salutation', '同志们：'],
      ['body', '今天开会。'],
    ]);
  });

  test('a one-line title too long for a line is broken between words into balanced lines', () => {
    const titleOf = (text: string) => blockText(layoutBlocks(parse(text), official)[0]).split('\n');
    expect(titleOf('# 在青川区2026年一季度重点工作推进会上的讲话')).toEqual(['在青川区2026年一季度', '重点工作推进会上的讲话']);
    expect(titleOf('关于进一步加强和改进新时代全市机关党的建设工作的实施意见')).toEqual(['关于进一步加强和改进新时代', '全市机关党的建设工作的实施意见']);
    expect(titleOf('在全市安全生产工作会议上的讲话')).toEqual(['在全市安全生产工作会议上的讲话']);
    // The writer's own lines are kept as they are.
    expect(titleOf(lines('在青川区2026年一季度重点工作推进会', '上的讲话'))).toEqual(['在青川区2026年一季度重点工作推进会', '上的讲话']);
  });

  test('title breaks: never after a number or between one-character words; none when none fits', () => {
    expect(titleBreaks('二〇二五年全区经济工作会议上的讲话', 20)).toEqual([]);
    const text = '在青川区2026年一季度重点工作推进会上的讲话';
    for (const capacity of [8, 10, 12]) {
      const cuts = titleBreaks(text, capacity);
      for (const at of cuts) expect(['2026', '上', '青', '川', '一'].some((w) => text.slice(0, at).endsWith(w))).toBe(false);
    }
    expect(titleBreaks('甲'.repeat(30), 20)).toEqual([]);
  });

  test('Markdown, HTML and disable comments print nothing; placeholders stay', () => {
    const text = lines('同志们：', '', '<!-- speech-disable placeholder -->', '今年完成____亿元，<b>增长</b>XX%，******市领先。<!-- 备注 -->', '', '## 二、下一步工作');
    expect(brief(text)).toEqual(['salutation: 同志们：', 'body: 今年完成____亿元，增长XX%，******市领先。', 'heading1: 二、下一步工作']);
  });

  test('item leads are bold only when the preset asks; headings are styled, never bolded by **', () => {
    const text = lines('一、**总体要求**', '', '我讲三点。一是抓落实。要快。二是抓作风。要实。');
    expect(brief(text)).toEqual(['heading1: 一、总体要求', 'body: 我讲三点。一是抓落实。要快。二是抓作风。要实。']);
    expect(brief(text, reading)[1]).toBe('body: 我讲三点。[一是抓落实]。要快。[二是抓作风]。要实。');
  });

  test('a bold stretch opened in a run-in heading and closed in its body prints no ** (Word bold, as imported)', () => {
    const text = lines('一、统一思想', '', '（一）**认清形势。**今年以来，经济**稳中有进**。', '', '（二）把握机遇。要抓住机遇。');
    expect(brief(text)).toEqual(['heading1: 一、统一思想', 'heading2: （一）认清形势。{今年以来，经济}[稳中有进]{。}', 'heading2: （二）把握机遇。{要抓住机遇。}']);
  });

  test('the reading copy adds the speaking time beside level-1 headings, marked as added', () => {
    const blocks = layoutBlocks(parse(lines('一、总体要求', '', '要'.repeat(320) + '。')), reading, { speakingRate: 160 });
    expect(blocks[0].runs.at(-1)).toEqual({ text: '（约2分钟）', bold: false, face: 'heading1', added: true });
    expect(blockText(blocks[0])).toBe('一、总体要求');
    expect(blocks[0].keepWithNext).toBe(true);
  });

  test('each speech of a collection starts a new page; residue is kept as a block of its own', () => {
    const text = lines('第一篇：', '关于甲的讲话', '', '同志们：', '', '甲。', '', '第二篇：', '关于乙的讲话', '', '乙。', '', '仅供学习交流使用');
    const blocks = layoutBlocks(parse(text), official);
    expect(blocks.filter((b) => b.pageBreakBefore).map((b) => blockText(b))).toEqual(['第二篇：']);
    expect(blocks.map((b) => b.role)).toEqual(['header', 'title', 'salutation', 'body', 'header', 'title', 'body', 'residue']);
  });
});

describe('layoutBlocks over the other structure marks (tests/fixtures/structure)', () => {
  const structure = (name: string) => readFileSync(join(root, 'tests/fixtures/structure', `${name}.speech.md`), 'utf8');
  /** The role of the block on each of these lines (1-based), and the text set in the block's own face. */
  const rolesAt = (text: string, ...lineNumbers: number[]) => {
    const blocks = layoutBlocks(parse(text), official);
    return lineNumbers.map((n) => {
      const block = blocks.find((b) => b.line === n - 1)!;
      return `${block.role}: ${block.runs.filter((r) => r.face === block.role).map((r) => r.text).join('')}`;
    });
  };

  test('parts of one occasion are headers, 一 关于… level 1, 第一点 under it level 2 (its sentence in the heading face, the rest body)', () => {
    expect(rolesAt(structure('03-mao-1955-national-conference'), 4, 32, 40, 64, 66, 98)).toEqual([
      'header: 开幕词',
      'header: 结论',
      'heading1: 一 关于这次代表会议的评价',
      'heading1: 三 关于高岗、饶漱石反党联盟',
      'heading2: 第一点，有人问:',
      'heading1: 五 为胜利召开党的第八次全国代表大会而斗争',
    ]);
  });

  test('heading lines without a marker and 第N个问题 take the heading faces of their level', () => {
    expect(rolesAt(structure('08-xi-fifth-plenum-2015'), 3, 19)).toEqual(['heading1: 深刻认识全面建成小康社会决胜阶段的形势', 'heading1: 以新的发展理念引领发展']);
    expect(rolesAt(structure('01-xi-cyberspace-2016'), 7)).toEqual(['heading1: 第一个问题，讲讲推动我国网信事业发展，让互联网更好造福人民。']);
  });

  test('第一，… paragraphs read as main parts are level-1 headings run in with their body', () => {
    const blocks = layoutBlocks(parse(structure('09-xi-cflac-2016')), official);
    const first = blocks.find((b) => b.line === 26)!;
    expect(first.role).toBe('heading1');
    expect(first.runs.map((r) => r.face)).toEqual(['heading1', 'body']);
    expect(first.runs[0].text).toBe('第一，希望大家坚定文化自信，用文艺振奋民族精神。');
    expect(blocks.filter((b) => b.role === 'heading1')).toHaveLength(4);
  });

  test.each(['03-mao-1955-national-conference', '04-mao-1957-provincial-secretaries', '05-mao-1942-yanan-forum', '06-mao-1934-masses-livelihood', '09-xi-cflac-2016'])(
    'nothing is lost in %s: every line but the break before the notes is printed, the notes as body text',
    (name) => {
      const text = structure(name);
      const blocks = layoutBlocks(parse(text), official);
      const squeeze = (s: string) => s.replace(/\s+/g, '');
      const expected = text
        .split('\n')
        .filter((line) => line.trim() && !/^[-─━]{3,}$/.test(line.trim()))
        .map((line) => line.replace(/^#{1,6}\s+/, '').replace(/^\s*>\s?/, ''))
        .join('');
      expect(squeeze(blocks.map(blockText).join(''))).toBe(squeeze(expected));
      expect(blocks.filter((b) => /^\s*[〔（(]\d+[〕）)]/.test(blockText(b)) && b.role !== 'body')).toEqual([]);
    },
  );
});
