// Ways real speeches mark their structure beyond 一、（一）1.（1）: ordinal heads with a counted noun,
// numerals with a space, parts of one occasion, notes at the end (data/markerFamilies.json), read from
// real published speeches (tests/fixtures/structure/SOURCES.md) and from short texts written like them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatOutline } from '../../server/src/cli/outlineText';
import {
  applyEdits,
  getCompletions,
  getDiagnostics,
  getDocumentSymbols,
  getFoldingRanges,
  getStatistics,
  getWorkspaceSymbols,
  parse,
  PhraseIndex,
  renumberDocument,
  resolveOptions,
} from '../../server/src/service';
import { fixture, headingsOf, itemsOf, lines, outlineOf, root } from '../helpers';

describe('golden outlines of real speeches with other structure marks (headings only, written by hand)', () => {
  it.each([
    ['01', '01-xi-cyberspace-2016'],
    ['02', '02-xi-literature-art-2014'],
    ['03', '03-mao-1955-national-conference'],
    ['04', '04-mao-1957-provincial-secretaries'],
    ['05', '05-mao-1942-yanan-forum'],
    ['06', '06-mao-1934-masses-livelihood'],
    ['07', '07-mao-1956-party-unity'],
    ['08', '08-xi-fifth-plenum-2015'],
    ['09', '09-xi-cflac-2016'],
    ['10', '10-xi-third-plenum-2013'],
  ])('%s %s', (number, name) => {
    const expected = readFileSync(join(root, 'tests/golden', `structure-${number}.outline.txt`), 'utf8');
    const symbols = getDocumentSymbols(parse(fixture(`structure/${name}.speech.md`)), { inlineItems: false });
    expect(formatOutline(symbols)).toBe(expected);
  });

  it('files the 第一，… items of the 网信 speech under the 第N个问题 they stand in', () => {
    const outline = outlineOf(fixture('structure/01-xi-cyberspace-2016.speech.md'));
    const third = outline.indexOf('  第三个问题，讲讲尽快在核心技术上取得突破 [一级标题]');
    expect(outline.slice(third + 4, third + 8)).toEqual([
      '    第一，正确处理开放和自主的关系 [第一]',
      '    第二，在科研投入上集中力量办大事 [第一]',
      '    第三，积极推动核心技术成果转化 [第一]',
      '    第四，推动强强联合、协同攻关 [第一]',
    ]);
  });

  it('keeps the real texts quiet on numbering and counts', () => {
    const codes = ['01-xi-cyberspace-2016', '03-mao-1955-national-conference', '04-mao-1957-provincial-secretaries', '07-mao-1956-party-unity', '09-xi-cflac-2016', '10-xi-third-plenum-2013']
      .flatMap((name) => getDiagnostics(parse(fixture(`structure/${name}.speech.md`)), resolveOptions()))
      .map((d) => d.code);
    expect(codes.filter((c) => c.startsWith('numbering') || c === 'count-mismatch')).toEqual([]);
  });
});

describe('ordinal heads with a counted noun', () => {
  it.each(['第一个问题，关于形势。', '第一点，要估计成绩。', '第一个方面，抓项目。', '第一部分：总体要求', '第一条，守法。', '第一个问题：文艺为什么人？'])('%s', (line) => {
    expect(headingsOf(lines('在会上的讲话', '同志们：', line, '第二段正文。'))).toHaveLength(1);
  });

  it.each([
    '第一次是2015年在延安。',
    '第二次世界大战以后，资本主义各国很不稳定。',
    '第一书记要驻村。',
    '第一个问题是怎么让群众满意，这个问题我们在会上已经反复讨论过多次了，今天不再展开讲。',
    '对于少数人闹事，第一条是不提倡。',
  ])('not a heading: %s', (line) => {
    expect(headingsOf(lines('在会上的讲话', '同志们：', line))).toEqual([]);
  });

  it('takes level 1 at the top of a speech and one level below a numbered heading, one sequence per noun', () => {
    const top = lines('讲话', '同志们：', '第一点，甲。', '（一）乙', '第二点，丙。');
    expect(outlineOf(top, false)).toEqual(['讲话 [标题]', '  第一点，甲 [一级标题]', '    （一）乙 [二级标题]', '  第二点，丙 [一级标题]']);
    const below = lines('讲话', '同志们：', '一 关于丁', '第一个问题，戊。', '第一点，庚。', '第二个问题，己。', '二 关于辛');
    expect(outlineOf(below, false)).toEqual([
      '讲话 [标题]',
      '  一 关于丁 [一级标题]',
      '    第一个问题，戊 [二级标题]',
      '      第一点，庚 [三级标题]',
      '    第二个问题，己 [二级标题]',
      '  二 关于辛 [一级标题]',
    ]);
  });

  it('stands above numbered headings that come after its first head, which then go one level down', () => {
    const text = lines('讲话', '同志们：', '第一部分，回顾。', '正文。', '第二部分，部署。', '一、抓项目', '（一）抓开工', '二、抓招商');
    expect(outlineOf(text, false)).toEqual([
      '讲话 [标题]',
      '  第一部分，回顾 [一级标题]',
      '  第二部分，部署 [一级标题]',
      '    一、抓项目 [二级标题]',
      '      （一）抓开工 [三级标题]',
      '    二、抓招商 [二级标题]',
    ]);
  });

  const announced = lines(
    '在全市网信工作会议上的讲话',
    '同志们：',
    '今天召开这个会。下面，我讲四个问题。',
    '第一个问题，关于形势。我们要看清形势。',
    '第三个问题，关于任务。一是抓好项目。二是抓好招商。',
    '第四个问题，关于作风。我们要转变作风。',
    '同志们，让我们共同努力！',
  );

  it('reports a gap (第一个问题 … 第三个问题) and renumbers in the family’s own form', () => {
    const found = getDiagnostics(parse(announced), resolveOptions());
    expect(found.filter((d) => d.code === 'numbering-gap').map((d) => d.message)).toEqual(['编号不连续：缺少“第二个问题，”']);
    const renumbered = applyEdits(announced, renumberDocument(parse(announced)));
    expect(headingsOf(renumbered)).toEqual(['1:第一个问题，关于形势', '1:第二个问题，关于任务', '1:第三个问题，关于作风']);
  });

  it('counts the 第N个问题 that follow 我讲四个问题', () => {
    const found = getDiagnostics(parse(announced), resolveOptions()).filter((d) => d.code === 'count-mismatch');
    expect(found.map((d) => d.message)).toEqual(['开头说“四个问题”，实际有三个']);
    const right = announced.replace('四个问题', '三个问题');
    expect(getDiagnostics(parse(right), resolveOptions()).filter((d) => d.code === 'count-mismatch')).toEqual([]);
  });

  it('offers the next ordinal head on a new line (第五个问题，)', () => {
    const at = announced.indexOf('同志们，让');
    const text = announced.slice(0, at) + '\n' + announced.slice(at);
    const markers = getCompletions(parse(text), at, PhraseIndex.create()).filter((c) => c.kind === 'marker');
    expect(markers.map((c) => c.label)).toContain('第五个问题，');
  });

  it('gives each ordinal section its statistics row, folding range and workspace symbol', () => {
    const model = parse(announced);
    const rows = getStatistics(model, []).sections.map((s) => `${s.kind} ${s.name}`);
    expect(rows).toEqual(['opening 开场', 'section 第一个问题，关于形势', 'section 第三个问题，关于任务', 'section 第四个问题，关于作风', 'closing 结尾']);
    // 第一个问题 of the 网信 speech folds from its line to the last line before 第二个问题 (lines 7 and 23 in the file).
    expect(getFoldingRanges(parse(fixture('structure/01-xi-cyberspace-2016.speech.md')))).toContainEqual({ startLine: 6, endLine: 22 });
    const symbols = getWorkspaceSymbols([{ uri: 'file:///a.speech.md', model }], '第三个问题');
    expect(symbols.map((s) => [s.name, s.containerName])).toEqual([['第三个问题，关于任务', '在全市网信工作会议上的讲话']]);
  });
});

describe('第一，… paragraphs as the main parts of a speech without headings', () => {
  const body = '文艺是时代前进的号角，最能代表一个时代的风貌，最能引领一个时代的风气。';
  const part = (n: string, title: string) => [`${n}，${title}。${body}`, body, body];
  const speech = (...paragraphs: string[]) => lines('在座谈会上的讲话', '同志们：', '今天召开这个会。下面，我讲三点意见。', ...paragraphs, '同志们，让我们共同努力！');

  it('reads them as level 1 when several paragraphs stand between them, and counts them after 我讲三点意见', () => {
    const text = speech(...part('第一', '坚定文化自信'), ...part('第二', '坚持服务人民'), ...part('第三', '勇于创新创造'));
    expect(outlineOf(text)).toEqual(['在座谈会上的讲话 [标题]', '  第一，坚定文化自信 [一级标题]', '  第二，坚持服务人民 [一级标题]', '  第三，勇于创新创造 [一级标题]']);
    expect(getDiagnostics(parse(text), resolveOptions()).filter((d) => d.code === 'count-mismatch')).toEqual([]);
    const four = text.replace('三点意见', '四点意见');
    expect(getDiagnostics(parse(four), resolveOptions()).filter((d) => d.code === 'count-mismatch').map((d) => d.message)).toEqual(['开头说“四点”，实际有三点']);
    const statistics = getStatistics(parse(text), []);
    expect(statistics.sections.map((s) => `${s.kind}:${s.name}`)).toEqual(['opening:开场', 'section:第一，坚定文化自信', 'section:第二，坚持服务人民', 'section:第三，勇于创新创造', 'closing:结尾']);
  });

  it('keeps the real text’s four 希望 as level-1 parts, its opening as opening', () => {
    const model = parse(fixture('structure/09-xi-cflac-2016.speech.md'));
    const [speechModel] = model.speeches;
    expect(speechModel.headings.map((h) => [h.level, h.marker.style, h.marker.value])).toEqual([
      [1, 'ordinal', 1],
      [1, 'ordinal', 2],
      [1, 'ordinal', 3],
      [1, 'ordinal', 4],
    ]);
    expect(speechModel.paragraphs.filter((p) => p.role === 'opening')).toHaveLength(11);
  });

  it('takes （一） headings inside the parts as level 2', () => {
    const text = speech(...part('第一', '坚定文化自信'), '（一）要有定力', body, ...part('第二', '坚持服务人民'), '（一）要扎根人民', body);
    expect(outlineOf(text, false)).toEqual([
      '在座谈会上的讲话 [标题]',
      '  第一，坚定文化自信 [一级标题]',
      '    （一）要有定力 [二级标题]',
      '  第二，坚持服务人民 [一级标题]',
      '    （一）要扎根人民 [二级标题]',
    ]);
  });

  it.each([
    ['after a （一） heading', speech('（一）关于形势', ...part('第一', '坚定文化自信'), ...part('第二', '坚持服务人民'))],
    ['close together (reasons in a row)', speech(body, `第一，军事方面。${body}`, `第二，政治方面。${body}`, `第三，经济方面。${body}`, body)],
    ['in one paragraph', speech(`第一，军事方面，${body}第二，政治方面，${body}第三，经济方面。`, body, body)],
    ['under a heading', speech('一、关于形势', ...part('第一', '坚定文化自信'), ...part('第二', '坚持服务人民'))],
    ['a second run of them', speech(...part('第一', '甲'), ...part('第二', '乙'), ...part('第一', '丙'), ...part('第二', '丁'))],
    ['numbered with a gap', speech(...part('第一', '甲'), ...part('第三', '乙'), ...part('第四', '丙'))],
  ])('keeps them inline items: %s', (_, text) => {
    expect(headingsOf(text).filter((h) => h.includes('第'))).toEqual([]);
    expect(itemsOf(text).some((i) => i.includes('第一'))).toBe(true);
  });
});

describe('heading lines without a marker', () => {
  const paragraph = '理念是行动的先导，一定的发展实践都是由一定的发展理念来引领的。发展理念是否对头，从根本上决定着发展成效乃至成败。';

  it('reads a short line standing alone between finished paragraphs as a heading', () => {
    const text = lines('在全会上的讲话', '同志们：', paragraph, '以新的发展理念引领发展', paragraph, '**提高党领导发展的能力**', paragraph);
    expect(headingsOf(text)).toEqual(['1:以新的发展理念引领发展', '1:提高党领导发展的能力']);
  });

  it.each([
    ['a signature and a date at the end', lines(paragraph, '青川区人民政府办公室', '2025年12月18日')],
    ['a line after an unfinished one (a split sentence)', lines('“十五五”时期经济社会发展的', '主要目标', '是：地区生产总值年均增长5%左右，高质量发展取得显著成效，全面建成小康社会。')],
    ['a short line before a short paragraph', lines(paragraph, '坚持稳中求进', '要抓好落实。')],
    ['short lines in a row (a poem, a list)', lines(paragraph, '江山如此多娇', '引无数英雄竞折腰', paragraph)],
    ['a remark in brackets', lines(paragraph, '（一九三七年七月）', paragraph)],
    ['a salutation word without its colon', lines(paragraph, '各位代表同志们', paragraph)],
    ['a closing line', lines(paragraph, '谢谢大家', paragraph)],
  ])('not a heading: %s', (_, body) => {
    expect(headingsOf(lines('在会上的讲话', '同志们：', body))).toEqual([]);
  });

  it('takes the first line after the title only when another unmarked heading follows', () => {
    const one = lines('在全会上的讲话', '深刻认识决胜阶段的形势', paragraph, paragraph);
    expect(headingsOf(one)).toEqual([]);
    const two = lines('在全会上的讲话', '深刻认识决胜阶段的形势', paragraph, '以新的发展理念引领发展', paragraph);
    expect(headingsOf(two)).toEqual(['1:深刻认识决胜阶段的形势', '1:以新的发展理念引领发展']);
  });

  it('puts the numbered headings of external/03 under the unnumbered part they stand in', () => {
    const outline = outlineOf(fixture('external/03-neimenggu-2026-gov-report.speech.md'), false);
    expect(outline.slice(1, 4)).toEqual([
      '  “十四五”时期发展成就和2025年工作回顾 [一级标题]',
      '  “十五五”时期主要目标和2026年重点工作 [一级标题]',
      '    一、把铸牢中华民族共同体意识作为民族地区各项工作的主线 [二级标题]',
    ]);
  });
});

describe('numerals followed by a space', () => {
  it('reads 一 关于… and 二　　… as level 1, ## 一 too, but not a numeral alone on a plain line', () => {
    expect(headingsOf(lines('讲话', '一 关于评价', '正文。', '二　　一月二十七日的讲话', '正文。'))).toEqual(['1:一 关于评价', '1:二　　一月二十七日的讲话']);
    expect(headingsOf(lines('# 讲话', '## 一', '正文。'))).toEqual(['1:一']);
    expect(headingsOf(lines('讲话', '一', '正文。'))).toEqual([]);
  });

  it('needs a Han character after the space (一 2025年 is not a heading)', () => {
    expect(headingsOf(lines('讲话', '同志们：', '一 2025年工作回顾'))).toEqual([]);
  });
});

describe('parts of one occasion in one file', () => {
  it('reads 开幕词 and 结论 as parts, each a speech of its own with its date and salutation', () => {
    const text = lines('# 在全国代表会议上的讲话', '(一九五五年三月)', '', '开幕词', '(一九五五年三月二十一日)', '各位代表同志们:', '一 关于议程', '正文。', '结论', '(一九五五年三月三十一日)', '同志们:', '一 关于评价', '正文。');
    const model = parse(text);
    expect(model.speeches.map((s) => s.header?.kind)).toEqual([undefined, '部分', '部分']);
    expect(model.speeches[1].dates).toHaveLength(1);
    expect(model.speeches[2].salutation).toBeDefined();
    expect(outlineOf(text, false)).toEqual(['在全国代表会议上的讲话 [标题]', '开幕词 [部分]', '  一 关于议程 [一级标题]', '结论 [部分]', '  一 关于评价 [一级标题]']);
    // Each part numbers on its own: two 一 are no duplicate.
    expect(getDiagnostics(model, resolveOptions()).filter((d) => d.code.startsWith('numbering'))).toEqual([]);
  });

  it('takes a # heading of a part name without its marks, and never a longer line', () => {
    expect(outlineOf(lines('## 结　　论', '同志们！正文。'), false)).toEqual(['结　　论 [部分]']);
    expect(outlineOf(lines('讲话', '结论是明确的。'), false)).toEqual(['讲话 [标题]']);
  });
});

// Written like a real 主持词 (a city government plenary, published as a template on a document site): the
// host's lines alone, with the speeches left out; then the same with the mayor's speech where it is given.
describe('a 主持词 with the speeches it introduces', () => {
  const opening = ['市政府第四次全体会议主持词', '同志们：', '现在开会。', '今天的会议有两项议程：第一项是传达省政府全体会议精神；第二项由市长作重要讲话。'];
  const handOver = '下面，让我们以热烈的掌声欢迎王市长作重要讲话。';
  const recap = ['同志们，刚才，王市长作了重要讲话，全面分析了上半年工作。下面，我再强调三点要求：', '第一，要认真学习领会。', '第二，要狠抓工作落实。', '第三，要切实转变作风。', '散会。'];
  const speech = ['同志们：', '今天召开全体会议，安排部署下半年工作。', '一、上半年工作进展', '全市经济运行总体平稳。', '二、下半年重点工作', '（一）抓项目建设。要加快进度。', '同志们，让我们确保完成全年任务！'];

  it('keeps the host’s lines alone one speech, its 第一，… the items of its last paragraph', () => {
    const text = lines(...opening, '下面先进行第一项议程，请李副市长传达省政府全体会议精神。', handOver, ...recap);
    expect(parse(text).speeches).toHaveLength(1);
    expect(outlineOf(text)).toEqual(['市政府第四次全体会议主持词 [标题]', '  第一，要认真学习领会 [第一]', '  第二，要狠抓工作落实 [第一]', '  第三，要切实转变作风 [第一]']);
  });

  it('makes each speech a part headed by its hand-over, and the host’s recap a part again, not the last section of the speech', () => {
    const text = lines(...opening, handOver, ...speech, ...recap);
    const model = parse(text);
    expect(model.speeches.map((s) => s.header?.kind)).toEqual([undefined, '部分', undefined]);
    expect(outlineOf(text)).toEqual([
      '市政府第四次全体会议主持词 [标题]',
      '下面，让我们以热烈的掌声欢迎王市长作重要讲话。 [部分]',
      '  一、上半年工作进展 [一级标题]',
      '  二、下半年重点工作 [一级标题]',
      '    （一）抓项目建设 [二级标题]',
      '同志们，刚才，王市长作了重要讲话，全面分析了上半年工作 [部分]',
      '  第一，要认真学习领会 [第一]',
      '  第二，要狠抓工作落实 [第一]',
      '  第三，要切实转变作风 [第一]',
    ]);
    expect(model.speeches[1].salutation).toBeDefined();
    expect(model.speeches[1].paragraphs.at(-1)!.role).toBe('closing');
    expect(getDiagnostics(model, resolveOptions()).filter((d) => d.code.startsWith('numbering') || d.code === 'count-mismatch')).toEqual([]);
  });

  it('reads nothing as a part without a line naming the 主持词, or when what follows a hand-over is the host’s next line', () => {
    const plain = lines('在全体会议上的讲话', ...opening.slice(1), handOver, ...speech, ...recap);
    expect(parse(plain).speeches).toHaveLength(1);
    const short = lines(...opening, handOver, '（王市长讲话）', ...recap);
    expect(parse(short).speeches).toHaveLength(1);
  });

  it('parses an edited 主持词 as a whole text would be (an edit far from the host’s lines)', () => {
    const long = Array.from({ length: 12 }, (_, i) => `要抓好第${i + 1}项工作。`);
    const text = lines(...opening, handOver, ...speech.slice(0, 4), ...long, ...speech.slice(4), ...recap);
    const edited = text.replace('要抓好第6项工作。', '要抓好第6项重点工作。');
    const incremental = parse(edited, parse(text));
    expect(incremental.speeches).toHaveLength(3);
    expect(incremental.speeches.map((s) => [s.start, s.end, s.header?.kind])).toEqual(parse(edited).speeches.map((s) => [s.start, s.end, s.header?.kind]));
  });
});

describe('notes at the end', () => {
  const text = lines(
    '在会议上的讲话',
    '同志们：',
    '一、关于形势',
    '定息问题（1）要讲清楚。',
    '（此处有删节）',
    '谢谢大家！',
    '----------------',
    '注释',
    '（1）定息是国家对民族资产阶级的生产资料实行赎买政策的一种形式。',
    '〔2〕见列宁《战争与革命》。',
    '（《毛泽东选集》第五卷，第330页）',
  );

  it('reads the lines from 注释 on, editorial remarks and the break before them as neither body nor headings', () => {
    const model = parse(text);
    const [speech] = model.speeches;
    expect(headingsOf(text)).toEqual(['1:一、关于形势']);
    expect(speech.paragraphs.map((p) => model.text.slice(p.start, p.end))).toEqual(['定息问题（1）要讲清楚。', '谢谢大家！']);
    expect(speech.paragraphs[1].role).toBe('closing');
    expect(model.textLines).toHaveLength(5);
  });

  it('ends the notes at the next part', () => {
    const model = parse(lines(text, '结论', '一 关于评价', '正文。'));
    expect(model.speeches).toHaveLength(2);
    expect(model.speeches[1].headings).toHaveLength(1);
  });

  /** The lines of a model that are neither blank nor speech text (notes, breaks, editorial remarks). */
  const notLines = (source: string) => {
    const model = parse(source);
    const speech = new Set(model.textLines.map((span) => model.lines.lineAt(span.start)));
    return source.split('\n').flatMap((line, i) => (line.trim() && !speech.has(i) ? [line.trim()] : []));
  };

  // The real texts print their notes under 注　　释; published copies often drop that line (and the break).
  it.each([
    ['05-mao-1942-yanan-forum', '05', /\n-{18}\n　　注　　释\n/, 14],
    ['06-mao-1934-masses-livelihood', '06', /\n-{18}\n　　注　　释\n/, 6],
    ['06-mao-1934-masses-livelihood', '06', /\n　　注　　释\n/, 7],
  ])('reads the 〔N〕 notes of %s without their 注释 line as notes, the outline unchanged', (name, number, cut, notes) => {
    const source = fixture(`structure/${name}.speech.md`);
    expect(source).toMatch(cut);
    const dropped = source.replace(cut, '\n');
    const expected = readFileSync(join(root, 'tests/golden', `structure-${number}.outline.txt`), 'utf8');
    expect(formatOutline(getDocumentSymbols(parse(dropped), { inlineItems: false }))).toBe(expected);
    const found = notLines(dropped).filter((line) => !line.startsWith('>'));
    expect(found).toHaveLength(notes);
    expect(found.filter((line) => line.startsWith('〔'))).toHaveLength(found[0].startsWith('-') ? notes - 1 : notes);
    // The notes end the last part (结论), not its body.
    const speech = parse(dropped).speeches.at(-1)!;
    expect(dropped.slice(speech.paragraphs.at(-1)!.start)).not.toMatch(/^〔/);
  });

  const closing = lines('在会议上的讲话', '同志们：', '一、关于形势', '要讲清楚形势。', '谢谢大家！');
  it.each([
    ['①… after the closing', lines(closing, '①这是会议材料的说明。', '②会议由办公室组织。'), 2],
    ['①见… (a citation) after a paragraph', lines('在会议上的讲话', '同志们：', '要讲清楚形势。', '①见《毛泽东选集》第五卷。'), 1],
    ['[1]… after a finished paragraph', lines(closing, '[1] 习近平：《论党的宣传思想工作》，中央文献出版社2020年版。', '[2] 同上。'), 2],
    ['a Markdown footnote', lines(closing, '（一）小结', '[^1]: 会议由区政府办公室组织。'), 1],
  ])('reads footnotes at the end without 注释 as notes: %s', (_, source, count) => {
    expect(notLines(source)).toHaveLength(count);
  });

  it.each([
    ['①… under a heading (level 4)', lines(closing, '（一）压实责任', '①任务清单', '②责任清单')],
    ['①… after a plain paragraph, not a citation', lines('在会议上的讲话', '同志们：', '要做好三件事。', '①加强领导。', '②落实责任。')],
    ['notes followed by body text', lines(closing, '〔1〕见某书。', '这一段是正文，还要讲下去。')],
    ['a run that does not start at 1', lines(closing, '〔2〕见某书。', '〔3〕见某书。')],
  ])('keeps these as speech text: %s', (_, source) => {
    expect(notLines(source)).toEqual([]);
  });
});

describe('a heading separated from its body by a space', () => {
  it('ends the heading at the space where its 。 belongs, and keeps a heading in two halves whole', () => {
    const text = lines('讲话', '一、重点工作', '3.推进农村人居环境整治 要以农村垃圾、污水治理和村容村貌提升为主攻方向，整合各种资源。', '4.坚持稳中求进 推动高质量发展');
    expect(headingsOf(text)).toEqual(['1:一、重点工作', '3:3.推进农村人居环境整治', '3:4.坚持稳中求进 推动高质量发展']);
    const body = parse(text).speeches[0].headings[1].body!;
    expect(text.slice(body.start, body.end)).toMatch(/^要以农村垃圾/);
  });
});
