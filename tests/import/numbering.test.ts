// Word's numbering, counted as Word shows it: the formats (values checked by hand against Word's
// Chinese numbering menus), restarts, overrides, legal numbering and style links.
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../server/src/import/numberFormat';
import { Numbering, Styles, type ParagraphNumbering } from '../../server/src/import/numbering';
import { parseXml } from '../../server/src/import/xml';

describe('formatNumber', () => {
  it.each([
    ['chineseCounting', [1, 9, 10, 11, 19, 20, 21, 99, 100, 101, 110, 1000, 1010], ['一', '九', '十', '十一', '十九', '二十', '二十一', '九十九', '一百', '一百零一', '一百一十', '一千', '一千零一十']],
    ['chineseCountingThousand', [3, 12], ['三', '十二']],
    ['chineseLegalSimplified', [1, 10, 12], ['壹', '壹拾', '壹拾贰']],
    ['ideographDigital', [10, 2026], ['一〇', '二〇二六']],
    ['ideographTraditional', [1, 10, 11], ['甲', '癸', '甲']],
    ['ideographZodiac', [1, 12], ['子', '亥']],
    ['decimalEnclosedCircleChinese', [1, 20, 21], ['①', '⑳', '21']],
    ['decimalEnclosedParen', [3], ['⑶']],
    ['decimalEnclosedFullstop', [3], ['⒊']],
    ['decimalFullWidth', [12], ['１２']],
    ['decimalZero', [7, 12], ['07', '12']],
    ['upperLetter', [1, 26, 27], ['A', 'Z', 'AA']],
    ['lowerRoman', [4, 9, 14], ['iv', 'ix', 'xiv']],
    ['none', [1], ['']],
    ['somethingNew', [5], ['5']],
  ])('%s', (format, values, expected) => {
    expect(values.map((v) => formatNumber(v, format))).toEqual(expected);
  });
});

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const lvl = (ilvl: number, format: string, text: string, extra = '') => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/>${extra}<w:lvlText w:val="${text}"/></w:lvl>`;

function labels(numberingXml: string, paragraphs: (ParagraphNumbering & { style?: string })[], stylesXml = ''): (string | undefined)[] {
  const styles = new Styles(parseXml(`<w:styles ${W}>${stylesXml}</w:styles>`, 'styles.xml'));
  const numbering = new Numbering(parseXml(`<w:numbering ${W}>${numberingXml}</w:numbering>`, 'numbering.xml'), styles);
  return paragraphs.map(({ style, ...direct }) => numbering.next(direct, style)?.text);
}

const fourLevels = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）')}${lvl(2, 'decimal', '%3.')}${lvl(3, 'decimal', '（%4）')}</w:abstractNum>`;

describe('Numbering', () => {
  it('counts each level and restarts the deeper ones when a higher level is used', () => {
    const p = (level: number) => ({ numId: '1', level });
    expect(labels(`${fourLevels}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`, [p(0), p(1), p(1), p(2), p(3), p(3), p(2), p(0), p(1), p(2)])).toEqual([
      '一、',
      '（一）',
      '（二）',
      '1.',
      '（1）',
      '（2）',
      '2.',
      '二、',
      '（一）',
      '1.',
    ]);
  });

  it('counts past ten in Chinese', () => {
    const paragraphs = Array.from({ length: 12 }, () => ({ numId: '1', level: 0 }));
    expect(labels(`${fourLevels}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`, paragraphs).slice(9)).toEqual(['十、', '十一、', '十二、']);
  });

  it('lvlRestart 0 never restarts; lvlRestart 1 restarts only under level 1', () => {
    const xml = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）')}${lvl(2, 'decimal', '%3.', '<w:lvlRestart w:val="0"/>')}${lvl(3, 'decimal', '（%4）', '<w:lvlRestart w:val="1"/>')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const p = (level: number) => ({ numId: '1', level });
    // 1. keeps counting across 二、; （1） restarts under 二、 but not under （二）.
    expect(labels(xml, [p(0), p(2), p(3), p(1), p(3), p(0), p(2), p(3)])).toEqual(['一、', '1.', '（1）', '（一）', '（2）', '二、', '2.', '（1）']);
  });

  it('lists of one definition share the count; a w:num with startOverride starts a list of its own', () => {
    const xml = `${fourLevels}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>`;
    expect(labels(xml, [{ numId: '1', level: 0 }, { numId: '2', level: 0 }, { numId: '3', level: 0 }, { numId: '3', level: 0 }, { numId: '1', level: 0 }])).toEqual(['一、', '二、', '五、', '六、', '三、']);
  });

  it('a level can be replaced in the w:num; lvlText names higher levels in their own formats; legal numbering shows them in decimal', () => {
    const xml = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '第%1章')}${lvl(1, 'decimal', '%1.%2')}${lvl(2, 'decimal', '%1.%2.%3', '<w:isLgl/>')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1">${lvl(1, 'upperLetter', '%2)')}</w:lvlOverride></w:num>`;
    expect(labels(xml, [{ numId: '1', level: 0 }, { numId: '1', level: 1 }, { numId: '1', level: 2 }, { numId: '2', level: 1 }])).toEqual(['第一章', '一.1', '1.1.1', 'B)']);
  });

  it('numbering through paragraph styles: the style’s list, its level or the level linked to the style; numId 0 turns it off', () => {
    const xml = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、', '<w:pStyle w:val="H1"/>')}${lvl(1, 'chineseCounting', '（%2）', '<w:pStyle w:val="H2"/>')}</w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="0"/></w:num>`;
    const styles = `<w:style w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style><w:style w:styleId="H2"><w:basedOn w:val="H1"/></w:style><w:style w:styleId="Sub"><w:basedOn w:val="H1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>`;
    expect(labels(xml, [{ style: 'H1' }, { style: 'H2' }, { style: 'Sub' }, { style: 'H1', numId: '0' }, { style: 'H1' }], styles)).toEqual(['一、', '（一）', '（二）', undefined, '二、']);
  });

  it('a definition that only links to a numbering style is counted through that style’s list', () => {
    const xml = `<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="ListStyle"/>${lvl(0, 'chineseCounting', '%1、')}</w:abstractNum><w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="ListStyle"/></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`;
    const styles = `<w:style w:type="numbering" w:styleId="ListStyle"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`;
    expect(labels(xml, [{ numId: '2', level: 0 }, { numId: '1', level: 0 }], styles)).toEqual(['一、', '二、']);
  });

  it('a custom format in mc:AlternateContent is read through its fallback; a symbol-font bullet becomes •', () => {
    const custom = `<w:lvl w:ilvl="0"><w:start w:val="1"/><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="一, 二, 三, ..."/></mc:Choice><mc:Fallback><w:numFmt w:val="chineseCounting"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val="%1、"/></w:lvl>`;
    const xml = `<w:abstractNum w:abstractNumId="0">${custom}</w:abstractNum><w:abstractNum w:abstractNumId="1">${lvl(0, 'bullet', '\uf06c')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`;
    expect(labels(xml, [{ numId: '1', level: 0 }, { numId: '1', level: 0 }, { numId: '2', level: 0 }])).toEqual(['一、', '二、', '•']);
  });

  it('a list or level that is not defined gives no label, never an error', () => {
    expect(labels(`${fourLevels}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`, [{ numId: '9', level: 0 }, { numId: '1', level: 7 }])).toEqual([undefined, undefined]);
  });
});
