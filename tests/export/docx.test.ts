import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { speechToDocx } from '../../server/src/export';
import { parse, resolvePreset, type Preset } from '../../server/src/service';
import { lines, root } from '../helpers';

/** The parts of a .docx as text, by path. */
async function unpack(text: string, preset: Preset = resolvePreset([])): Promise<Record<string, string>> {
  const files = unzipSync(await speechToDocx(parse(text), preset));
  return Object.fromEntries(Object.entries(files).map(([path, bytes]) => [path, strFromU8(bytes)]));
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The text of each paragraph of document.xml (w:t of its runs), as Word shows it. */
function paragraphs(documentXml: string): string[] {
  const body = documentXml.slice(documentXml.indexOf('<w:body>'));
  return [...body.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => (m[1] === undefined ? '\n' : decode(m[1]))).join(''));
}

/**
 * The speech's text less its markup, written here apart from layout.ts: lines that are not blank, code
 * or HTML comments, with # marks, ** pairs and HTML tags removed.
 */
function textLessMarkup(text: string): string {
  const kept: string[] = [];
  let fence = false;
  let comment = false;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (/^(```|~~~)/.test(line)) {
      fence = !fence;
      continue;
    }
    if (fence || comment || line.startsWith('<!--')) {
      comment = (comment || line.startsWith('<!--')) && !line.includes('-->');
      continue;
    }
    kept.push(
      line
        .replace(/^#{1,6}\s+/, '')
        .replace(/\s+#+$/, '')
        .replace(/(?<!\*)\*\*(?!\*)/g, '')
        .replace(/<!--.*?-->|<\/?[A-Za-z][^<>]*>/g, ''),
    );
  }
  return kept.join('');
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

describe('footnotes', () => {
  test('[^1] and its [^1]: line, as Word imports write them, become a Word footnote; an undefined or unused one stays text', async () => {
    const text = lines('同志们：', '', '今天召开会议[^a]。下面讲三点[^x]。', '', '谢谢大家！', '', '[^a]: 会议由区政府**办公室**组织。', '[^b]: 没有引用的注。');
    const parts = await unpack(text);
    const document = parts['word/document.xml'];
    expect(paragraphWith(document, '今天召开会议')).toMatch(/今天召开会议<\/w:t><\/w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteReference w:id="1"\/><\/w:r>.*下面讲三点\[\^x\]。/);
    expect(document).not.toContain('会议由区政府');
    expect(document).toContain('[^b]: 没有引用的注。');
    const note = [...parts['word/footnotes.xml'].matchAll(/<w:footnote w:id="1">([\s\S]*?)<\/w:footnote>/g)][0][1];
    expect(note).toContain('<w:pStyle w:val="FootnoteText"/>');
    expect([...note.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).toBe('会议由区政府办公室组织。');
    expect(note).toMatch(/<w:b\/>[\s\S]*办公室/);
    expect(parts['word/styles.xml']).toContain('<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/>');
  });
});

describe('tables', () => {
  test('a Markdown table, as Word imports write one, is a Word table: header and rule rows, escaped bars, <br> breaks, bold; lone bar lines stay text', async () => {
    const text = lines('同志们：', '', '今年的目标如下。', '', '| **指标** | 目标 |', '| --- | --- |', '| 增长 | 6% |', '| A\\|B | 上<br>下 |', '', '| 一行 |', '', '谢谢大家！');
    const document = (await unpack(text))['word/document.xml'];
    const table = document.slice(document.indexOf('<w:tbl>'), document.indexOf('</w:tbl>'));
    const cells = [...table.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([, cell]) => paragraphs(`<w:body>${cell}`).join('|'));
    expect(cells).toEqual(['指标', '目标', '增长', '6%', 'A|B', '上\n下']);
    expect(table).toMatch(/<w:b\/>[\s\S]*?指标/);
    expect(table).not.toContain('---');
    expect(document.match(/<w:tbl>/g)).toHaveLength(1);
    expect(paragraphs(document)).toContain('| 一行 |');
  });

  test('bold in a cell reads as in the body: a run of stars is text, the pair after it bold', async () => {
    const document = (await unpack(lines('同志们：', '', '| a ****** b **c** |', '| --- |', '| d |')))['word/document.xml'];
    const cell = document.slice(document.indexOf('<w:tc>'), document.indexOf('</w:tc>'));
    expect(paragraphs(`<w:body>${cell}`)).toEqual(['a ****** b c']);
    expect(cell).toMatch(/<w:b\/>[\s\S]*?>c</);
  });
});

describe('nothing is lost: the text read back out of the document is the speech less its markup', () => {
  const files = [
    ...readdirSync(join(root, 'tests/fixtures/corpus')).map((f) => `tests/fixtures/corpus/${f}`),
    ...readdirSync(join(root, 'tests/fixtures/external')).filter((f) => f.endsWith('.speech.md')).map((f) => `tests/fixtures/external/${f}`),
    'examples/sample.speech.md',
  ];
  test.each(files)('%s', async (path) => {
    const text = readFileSync(join(root, path), 'utf8');
    const parts = await unpack(text);
    expect(squeeze(paragraphs(parts['word/document.xml']).join(''))).toBe(squeeze(textLessMarkup(text)));
  });

  test('the reading copy adds only the speaking time beside level-1 headings', async () => {
    const text = readFileSync(join(root, 'examples/sample.speech.md'), 'utf8');
    const read = paragraphs((await unpack(text, resolvePreset([], 'reading')))['word/document.xml']);
    const times = read.join('').match(/（约\d+分钟）/g) ?? [];
    expect(times).toHaveLength(3);
    expect(squeeze(read.join('').replace(/（约\d+分钟）/g, ''))).toBe(squeeze(textLessMarkup(text)));
  });

  test('the check fails when text goes missing', () => {
    expect(squeeze('同志们：今天开会。')).not.toBe(squeeze(textLessMarkup('同志们：\n今天开会。\n散会。')));
  });
});

const SPEECH = lines(
  '# 在全市安全生产工作会议上的讲话',
  '',
  '——在全市安全生产工作会议上',
  '',
  '市长 王某',
  '（2025年3月8日）',
  '',
  '同志们：',
  '',
  '今天召开会议，“安全”二字重千钧……',
  '',
  '一、提高认识',
  '',
  '（一）压实责任。各级要**切实**负起责任。',
  '',
  '1.抓好排查',
  '',
  '（1）建立台账',
  '',
  '谢谢大家！',
);

/** The paragraph of document.xml holding `text`. */
const paragraphWith = (xml: string, text: string) => [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => p).find((p) => p.includes(text))!;
/** A style of styles.xml by id. */
const styleOf = (xml: string, id: string) => xml.match(new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`))![0];

describe('document XML, official preset', async () => {
  const parts = await unpack(SPEECH);
  const document = parts['word/document.xml'];
  const styles = parts['word/styles.xml'];

  test('A4 and the margins 37/35/28/26 mm in twips', () => {
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(document).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
  });

  test('document defaults: 仿宋_GB2312 for Chinese and the quotes, Times New Roman for Latin, 3号, exact 28 pt, −0.25 pt spacing, no extra space around Latin', () => {
    const defaults = styles.match(/<w:docDefaults>[\s\S]*<\/w:docDefaults>/)![0];
    expect(defaults).toContain('<w:rFonts w:ascii="Times New Roman" w:hAnsi="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:cs="Times New Roman" w:hint="eastAsia"/>');
    expect(defaults).toContain('<w:sz w:val="32"/>');
    expect(defaults).toContain('<w:spacing w:before="0" w:after="0" w:line="560" w:lineRule="exact"/>');
    expect(defaults).toContain('<w:spacing w:val="-5"/>');
    expect(styleOf(styles, 'Normal')).toContain('<w:overflowPunct w:val="1"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>');
    expect(styles).not.toMatch(/(ascii|hAnsi|eastAsia|cs)Theme|Calibri|Cambria|2E74B5/);
  });

  test('built-in styles by name, restyled: Title 2号 小标宋 centred without indent; heading 1 黑体, 2 楷体, 3–4 仿宋, none bold', () => {
    expect(styleOf(styles, 'Title')).toMatch(/<w:name w:val="Title"\/>[\s\S]*<w:jc w:val="center"\/><w:ind w:firstLineChars="0" w:firstLine="0"\/>[\s\S]*w:eastAsia="方正小标宋简体"[\s\S]*<w:sz w:val="44"\/>/);
    const faces = { Heading1: '黑体', Heading2: '楷体_GB2312', Heading3: '仿宋_GB2312', Heading4: '仿宋_GB2312' };
    for (const [id, face] of Object.entries(faces)) {
      const style = styleOf(styles, id);
      expect(style).toContain(`<w:name w:val="heading ${id.slice(-1)}"/>`);
      expect(style).toContain(`w:eastAsia="${face}"`);
      expect(style).toContain('<w:b w:val="0"/>');
      expect(style).toContain(`<w:outlineLvl w:val="${Number(id.slice(-1)) - 1}"/>`);
      expect(style).toContain('<w:ind w:firstLineChars="200" w:firstLine="640"/>');
    }
    expect(styleOf(styles, 'Normal')).toContain('<w:ind w:firstLineChars="200" w:firstLine="640"/>');
    expect(styleOf(styles, 'SpeechSalutation')).toContain('<w:jc w:val="left"/><w:ind w:firstLineChars="0" w:firstLine="0"/>');
    for (const id of ['SpeechSpeaker', 'SpeechDate', 'Subtitle']) expect(styleOf(styles, id)).toMatch(/<w:jc w:val="center"\/><w:ind w:firstLineChars="0" w:firstLine="0"\/>[\s\S]*w:eastAsia="楷体_GB2312"/);
    expect(styleOf(styles, 'TableNormal')).toContain('<w:spacing w:line="240" w:lineRule="auto"/><w:ind w:firstLineChars="0" w:firstLine="0"/>');
  });

  test('each paragraph in its role\'s style; a run-in heading\'s body in 仿宋 by direct formatting; ** is bold', () => {
    expect(paragraphWith(document, '在全市安全生产工作会议上的讲话')).toContain('<w:pStyle w:val="Title"/>');
    expect(paragraphWith(document, '市长 王某')).toContain('<w:pStyle w:val="SpeechSpeaker"/>');
    expect(paragraphWith(document, '同志们：')).toContain('<w:pStyle w:val="SpeechSalutation"/>');
    expect(paragraphWith(document, '1.抓好排查')).toContain('<w:pStyle w:val="Heading3"/>');
    expect(paragraphWith(document, '（1）建立台账')).toContain('<w:pStyle w:val="Heading4"/>');
    expect(paragraphWith(document, '谢谢大家！')).toContain('<w:pStyle w:val="SpeechClosing"/>');
    const runIn = paragraphWith(document, '（一）压实责任。');
    expect(runIn).toContain('<w:pStyle w:val="Heading2"/>');
    expect(runIn).not.toContain('<w:keepNext/>');
    expect(runIn).toMatch(/w:eastAsia="仿宋_GB2312"[\s\S]*<w:t xml:space="preserve">各级要<\/w:t>/);
    expect(runIn).toMatch(/<w:b\/>[\s\S]*<w:t xml:space="preserve">切实<\/w:t>/);
    expect(paragraphWith(document, '一、提高认识')).toContain('<w:keepNext/>');
    expect(document).not.toMatch(/<w:numPr>|\*\*|# /);
  });

  test('the font table names each face with the next of its list as the alternative', () => {
    const fonts = parts['word/fontTable.xml'];
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/><w:charset w:val="86"/>');
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="方正小标宋_GBK"/>');
    expect(fonts).toContain('<w:font w:name="黑体"><w:altName w:val="SimHei"/>');
    expect(fonts).toContain('<w:font w:name="Times New Roman">');
  });

  test('one blank line after the title group and after the speaker and date', () => {
    expect(paragraphWith(document, '市长 王某')).toContain('<w:spacing w:before="560"/>');
    expect(paragraphWith(document, '同志们：')).toContain('<w:spacing w:before="560"/>');
    expect(paragraphWith(document, '（2025年3月8日）')).not.toContain('w:before');
  });

  test('footers: — N — in 4号 宋体, odd pages right and even pages left, one character (14 pt) in', () => {
    expect(parts['word/settings.xml']).toContain('<w:evenAndOddHeaders/>');
    const footers = Object.entries(parts).filter(([path]) => /word\/footer\d+\.xml/.test(path)).map(([, xml]) => xml);
    expect(footers).toHaveLength(2);
    const right = footers.find((f) => f.includes('<w:jc w:val="right"/>'))!;
    const left = footers.find((f) => f.includes('<w:jc w:val="left"/>'))!;
    expect(right).toContain('<w:ind w:right="280"/>');
    expect(left).toContain('<w:ind w:left="280"/>');
    for (const f of [right, left]) expect(f).toMatch(/<w:t xml:space="preserve">— <\/w:t>[\s\S]*PAGE[\s\S]*<w:t xml:space="preserve"> —<\/w:t>/);
    expect(styleOf(styles, 'Footer')).toMatch(/w:eastAsia="宋体"[\s\S]*<w:sz w:val="28"\/>/);
    expect(styleOf(styles, 'Footer')).toContain('<w:ind w:firstLineChars="0" w:firstLine="0"/>');
    const reference = document.match(/<w:footerReference w:type="(default|even)" r:id="[^"]+"\/>/g);
    expect(reference).toHaveLength(2);
  });
});

describe('document XML, reading copy and custom presets', () => {
  test('reading: 二号 body, 40 pt lines, centred page numbers, widow control, bold item leads', async () => {
    const parts = await unpack(lines('一、总体要求', '', '我讲两点。一是抓落实。要快。二是抓作风。'), resolvePreset([], 'reading'));
    const styles = parts['word/styles.xml'];
    expect(styles).toContain('<w:widowControl w:val="1"/><w:spacing w:before="0" w:after="0" w:line="800" w:lineRule="exact"/>');
    expect(styleOf(styles, 'Normal')).toContain('<w:sz w:val="44"/>');
    expect(parts['word/settings.xml']).not.toContain('<w:evenAndOddHeaders/>');
    const footers = Object.keys(parts).filter((path) => /word\/footer\d+\.xml/.test(path));
    expect(footers).toHaveLength(1);
    expect(parts[footers[0]]).toContain('<w:jc w:val="center"/>');
    expect(paragraphWith(parts['word/document.xml'], '一是抓落实')).toMatch(/<w:b\/>[\s\S]*<w:t xml:space="preserve">一是抓落实<\/w:t>/);
  });

  test('plain face names, bold level 3 and other margins from a custom preset', async () => {
    const preset = resolvePreset([{ preset: 'house', faceNames: 'plain', presets: { house: { margins: { top: 35, bottom: 33, left: 27, right: 27 }, boldLevel3: true } } }]);
    const parts = await unpack(lines('1.抓好排查', '', '要快。'), preset);
    expect(parts['word/document.xml']).toMatch(/<w:pgMar w:top="1984" w:right="1531" w:bottom="1871" w:left="1531"/);
    expect(styleOf(parts['word/styles.xml'], 'Heading3')).toContain('<w:b w:val="1"/>');
    expect(parts['word/styles.xml']).not.toContain('_GB2312');
  });

  test('each speech of a collection starts on a new page', async () => {
    const parts = await unpack(lines('第一篇：', '关于甲的讲话', '', '甲。', '', '第二篇：', '关于乙的讲话', '', '乙。'));
    expect(paragraphWith(parts['word/document.xml'], '第二篇：')).toContain('<w:pageBreakBefore/>');
    expect(paragraphWith(parts['word/document.xml'], '第一篇：')).not.toContain('<w:pageBreakBefore/>');
  });
});
