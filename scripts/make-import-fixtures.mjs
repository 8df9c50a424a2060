// Writes the import fixtures (tests/fixtures/import/): Word documents built from raw WordprocessingML in a
// zip, text files in GBK and UTF-16, and the bad inputs (truncated, encrypted, zip bomb, empty, mislabelled).
// The expected .speech.md beside them are written by hand. Run: node scripts/make-import-fixtures.mjs
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '../tests/fixtures/import');
mkdirSync(OUT, { recursive: true });

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

// Building blocks of document.xml.
const t = (text) => `<w:t xml:space="preserve">${escape(text)}</w:t>`;
const run = (text, props = '') => `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${t(text)}</w:r>`;
const bold = (text) => run(text, '<w:b/>');
const numPr = (numId, ilvl) => `<w:numPr>${ilvl === undefined ? '' : `<w:ilvl w:val="${ilvl}"/>`}<w:numId w:val="${numId}"/></w:numPr>`;
const para = (content, { style, num } = {}) => `<w:p>${style || num ? `<w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${num ? numPr(...num) : ''}</w:pPr>` : ''}${content}</w:p>`;
const field = (instruction, result) =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${instruction} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
const cell = (text) => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${para(run(text))}</w:tc>`;
const row = (...cells) => `<w:tr>${cells.map(cell).join('')}</w:tr>`;

const level = (ilvl, fmt, text, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/>${extra}<w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/></w:lvl>`;

/** The official four levels (一、（一）1.（1）) as one multi-level list, and circled numbers with no separator. */
const numberingXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${W}>
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>
${level(0, 'chineseCounting', '%1、', '<w:pStyle w:val="Heading1"/>')}${level(1, 'chineseCounting', '（%2）')}${level(2, 'decimal', '%3.')}${level(3, 'decimal', '（%4）')}
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">${level(0, 'decimalEnclosedCircleChinese', '%1', '<w:suff w:val="nothing"/>')}</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
</w:numbering>`;

const stylesXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W}>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr>${numPr(1)}</w:pPr><w:rPr><w:b/></w:rPr></w:style>
</w:styles>`;

const body = [
  para(run('在全区2026年经济工作会议上的讲话'), { style: 'Title' }),
  para(run('区长 李明')),
  para(run('（2026年1月8日）')),
  para(run('同志们：')),
  para(`${run('今天召开会议')}<w:r><w:footnoteReference w:id="1"/></w:r>${run('。下面，我讲三点意见。')}`),
  para(run('统一思想，坚定信心'), { style: 'Heading1' }),
  para(`${bold('认清形势。')}${run('今年以来，全区经济运行稳中有进。')}`, { num: [1, 1] }),
  para(run('把握机遇'), { num: [1, 1] }),
  para(run('抓项目'), { num: [1, 2] }),
  para(`<w:r>${t('抓招商')}<w:br/>${t('要走出去。')}</w:r>`, { num: [1, 2] }),
  para(run('引进来'), { num: [1, 3] }),
  para(run('突出重点，狠抓落实'), { style: 'Heading1' }),
  para(run('稳增长'), { num: [1, 1] }),
  para(
    `${run('全年增长')}<w:ins w:id="10" w:author="a" w:date="2026-01-01T00:00:00Z">${run('百分之六')}</w:ins><w:del w:id="11" w:author="a" w:date="2026-01-01T00:00:00Z"><w:r><w:delText>百分之五</w:delText></w:r></w:del><w:moveFrom w:id="12" w:author="a" w:date="2026-01-01T00:00:00Z">${run('挪走的字')}</w:moveFrom>${run('。')}`,
  ),
  para(`${run('本段含页码域')}${field('PAGE', '3')}<w:fldSimple w:instr=" NUMPAGES ">${run('9')}</w:fldSimple>${run('，')}${field('DOCPROPERTY Company', '保留域结果')}${run('。')}`),
  para(`<w:commentRangeStart w:id="0"/>${run('有批注的文字')}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>${run('。')}`),
  para(run('从严从实，转变作风'), { num: [2, 0] }),
  para(run('压实责任'), { num: [2, 1] }),
  para(run('任务清单'), { num: [3, 0] }),
  para(run('责任清单'), { num: [3, 0] }),
  `<w:tbl><w:tblPr><w:tblW w:w="4000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>${row('指标', '目标')}${row('增长', '6%')}</w:tbl>`,
  para(run('谢谢大家！')),
  para(run('第二篇：区长在务虚会上的讲话')),
  para(run('谋划新思路'), { num: [4, 0] }),
  para(run('理清思路'), { num: [4, 1] }),
  `<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/><w:footerReference w:type="default" r:id="rIdFooter"/></w:sectPr>`,
].join('\n');

const documentXml = (content) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${content}</w:body></w:document>`;

const footnotesXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes ${W}>
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>${run(' 会议由区政府办公室组织。')}</w:p></w:footnote>
</w:footnotes>`;

const headerXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr ${W}>${para(run('内部资料 注意保密'))}</w:hdr>`;
const footerXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr ${W}>${para(`${run('第')}${field('PAGE', '1')}${run('页')}`)}</w:ftr>`;
const commentsXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments ${W}><w:comment w:id="0" w:author="a">${para(run('批注内容：此处要改'))}</w:comment></w:comments>`;

function docx(documentContent, parts = {}) {
  const relations = [
    ['rIdStyles', 'styles', 'styles.xml'],
    ['rIdNumbering', 'numbering', 'numbering.xml'],
    ['rIdFootnotes', 'footnotes', 'footnotes.xml'],
    ['rIdHeader', 'header', 'header1.xml'],
    ['rIdFooter', 'footer', 'footer1.xml'],
    ['rIdComments', 'comments', 'comments.xml'],
  ].filter(([, , target]) => parts[`word/${target}`] !== undefined);
  const files = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relations.map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`).join('')}</Relationships>`,
    'word/document.xml': documentXml(documentContent),
    ...parts,
  };
  // A fixed date, so the fixtures come out the same at every run.
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])), { mtime: new Date(2026, 0, 1) });
}

const write = (name, bytes) => writeFileSync(join(OUT, name), bytes);

const numbered = docx(body, {
  'word/styles.xml': stylesXml,
  'word/numbering.xml': numberingXml,
  'word/footnotes.xml': footnotesXml,
  'word/header1.xml': headerXml,
  'word/footer1.xml': footerXml,
  'word/comments.xml': commentsXml,
});
write('numbered.docx', numbered);
// The same document under the extension of the old format: imported as what it is, with a warning.
write('mislabelled.doc', numbered);
// Cut off halfway, as an interrupted download leaves it.
write('truncated.docx', numbered.subarray(0, Math.floor(numbered.length / 2)));
/** A bullet level as Word writes one: the character, then its font after the level's justification. */
const bullet = (ilvl, character, font) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="${character}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${840 + 420 * ilvl}" w:hanging="420"/></w:pPr><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:hint="default"/></w:rPr></w:lvl>`;

// Text boxes as real documents hold them: a red header set as a text box the way Word 2010 and later save one
// (a wps:txbx shape, and the same box again in VML for older readers), WordArt in VML (v:textpath), a box of
// two paragraphs anchored in a body paragraph, and a picture with no text.
{
  const MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"';
  const box = (...paragraphs) => `<w:txbxContent>${paragraphs.join('')}</w:txbxContent>`;
  const graphic = (content) => `<w:drawing><wp:anchor><wp:extent cx="5000000" cy="800000"/><a:graphic><a:graphicData>${content}</a:graphicData></a:graphic></wp:anchor></w:drawing>`;
  const twice = (...paragraphs) =>
    `<w:r><mc:AlternateContent ${MC}><mc:Choice Requires="wps">${graphic(`<wps:wsp><wps:txbx>${box(...paragraphs)}</wps:txbx></wps:wsp>`)}</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>${box(...paragraphs)}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
  const vml = (content) => `<w:r><w:pict ${MC}><v:shape>${content}</v:shape></w:pict></w:r>`;
  const picture = `<w:r>${graphic('<pic:pic ' + MC + '><pic:blipFill/></pic:pic>').replace('<w:drawing>', `<w:drawing ${MC}>`)}</w:r>`;
  write(
    'textbox.docx',
    docx(
      [
        para(twice(para(bold('江城市人民政府办公室文件')))),
        para(run('江政办发〔2026〕3号')),
        para(vml('<v:textpath style="font-family:&quot;方正小标宋简体&quot;" string="中共江城市委办公室"/>')),
        para(run('在全市防汛工作会议上的讲话')),
        para(run('同志们：')),
        para(`${run('下面，我讲两点意见。')}${vml(`<v:textbox>${box(para(run('一、压实防汛责任')), para(run('二、做好应急准备')))}</v:textbox>`)}`),
        para(`${run('会场示意图如下。')}${picture}`),
        // Word's 拼音指南: the pinyin (w:rt) over the characters (w:rubyBase), inside a run.
        para(`${run('要发扬')}<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="distributeSpace"/></w:rubyPr><w:rt>${run('jīng')}</w:rt><w:rubyBase>${run('兢')}</w:rubyBase></w:ruby></w:r><w:r><w:ruby><w:rubyPr/><w:rt>${run('jīng')}</w:rt><w:rubyBase>${bold('兢')}</w:rubyBase></w:ruby></w:r>${run('业业的精神。')}`),
        // A numbered heading bold throughout, its mark bold as WPS saves it (the label takes the mark's bold),
        // one with a plain text after a bold mark, and a typed number and text, bold, with a plain space between.
        `<w:p><w:pPr>${numPr(2, 0)}<w:rPr><w:b/></w:rPr></w:pPr>${bold('详细研究进度')}</w:p>`,
        `<w:p><w:pPr>${numPr(2, 0)}<w:rPr><w:b/></w:rPr></w:pPr>${run('保障措施')}</w:p>`,
        para(`${bold('1.')}${run(' ')}${bold('抓招商')}`),
        // Word's default bullets: a Symbol-font dot, then a letter o in Courier New.
        para(run('要点一'), { num: [1, 0] }),
        para(run('细项'), { num: [1, 1] }),
        // Inserted symbols (Insert ▸ Symbol): a Unicode one, and a Wingdings box as forms have.
        para(`<w:r><w:sym w:font="Wingdings 2" w:char="F0A3"/></w:r>${run('已落实')}<w:r><w:sym w:font="宋体" w:char="2605"/></w:r>${run('重点')}`),
        para(run('谢谢大家！')),
      ].join('\n'),
      {
        'word/numbering.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${W}><w:abstractNum w:abstractNumId="0">${bullet(0, '\uf0b7', 'Symbol')}${bullet(1, 'o', 'Courier New')}</w:abstractNum><w:abstractNum w:abstractNumId="1">${level(0, 'chineseCounting', '%1、')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`,
      },
    ),
  );
}
// A document with nothing in its body.
write('empty.docx', docx(para('')));
// Text saved under a Word name.
write('not-word.docx', Buffer.from('这不是 Word 文档，只是改了扩展名的文本。\n', 'utf8'));
// A web page saved as .doc, as template sites hand them out.
write('webpage.doc', Buffer.from('<html xmlns:w="urn:schemas-microsoft-com:office:word"><body><p>一、标题</p></body></html>\n', 'utf8'));
write('empty.txt', Buffer.alloc(0));

// A zip bomb: a small entry whose headers declare 3 GB once inflated.
{
  const bomb = Buffer.from(docx(para(run('炸弹'))));
  const declare = (signature, sizeOffset) => {
    for (let at = bomb.indexOf(signature); at >= 0; at = bomb.indexOf(signature, at + 4)) bomb.writeUInt32LE(3 * 1024 ** 3, at + sizeOffset);
  };
  declare(Buffer.from([0x50, 0x4b, 0x03, 0x04]), 22); // local headers: uncompressed size
  declare(Buffer.from([0x50, 0x4b, 0x01, 0x02]), 24); // central directory: uncompressed size
  write('bomb.docx', bomb);
}

/**
 * A compound file (the container of .doc, .wps and encrypted Office documents) holding `streams`: a header,
 * one FAT sector, one directory sector, then each stream padded with zeros to whole sectors and at least
 * 4 KB (the mini-stream cutoff), so every stream lives in ordinary sectors and no mini stream is needed.
 */
function compoundFile(streams) {
  const SECTOR = 512;
  const padded = streams.map(({ name, bytes }) => ({ name, bytes, sectors: Math.max(8, Math.ceil(bytes.length / SECTOR)) }));
  const total = 2 + padded.reduce((n, s) => n + s.sectors, 0);
  if (total > 128 || padded.length > 3) throw new Error('compoundFile: one FAT sector and one directory sector only');
  const file = Buffer.alloc(SECTOR * (1 + total));
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(file, 0);
  file.writeUInt16LE(0x3e, 24); // minor version
  file.writeUInt16LE(3, 26); // major version 3: 512-byte sectors
  file.writeUInt16LE(0xfffe, 28); // little-endian
  file.writeUInt16LE(9, 30); // sector shift
  file.writeUInt16LE(6, 32); // mini sector shift
  file.writeUInt32LE(1, 44); // FAT sectors
  file.writeUInt32LE(1, 48); // first directory sector
  file.writeUInt32LE(0x1000, 56); // mini stream cutoff
  file.writeInt32LE(-2, 60); // no mini FAT
  file.writeInt32LE(-2, 68); // no DIFAT sectors
  file.writeInt32LE(0, 76); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i++) file.writeInt32LE(-1, 76 + i * 4);
  const sectorAt = (n) => SECTOR * (1 + n);
  const fat = new Int32Array(128).fill(-1);
  fat[0] = -3; // the FAT itself
  fat[1] = -2; // the directory, one sector
  const entry = (index, name, type, { child = -1, right = -1, start = -2, size = 0 } = {}) => {
    const at = sectorAt(1) + index * 128;
    Buffer.from(name + '\0', 'utf16le').copy(file, at);
    file.writeUInt16LE((name.length + 1) * 2, at + 64);
    file.writeUInt8(type, at + 66);
    file.writeUInt8(1, at + 67); // black
    file.writeInt32LE(-1, at + 68);
    file.writeInt32LE(right, at + 72);
    file.writeInt32LE(child, at + 76);
    file.writeInt32LE(start, at + 116);
    file.writeUInt32LE(size, at + 120);
  };
  entry(0, 'Root Entry', 5, { child: 1 });
  let next = 2;
  padded.forEach(({ name, bytes, sectors }, i) => {
    for (let k = 0; k < sectors; k++) fat[next + k] = k === sectors - 1 ? -2 : next + k + 1;
    Buffer.from(bytes).copy(file, sectorAt(next));
    entry(i + 1, name, 2, { right: i + 1 < padded.length ? i + 2 : -1, start: next, size: sectors * SECTOR });
    next += sectors;
  });
  Buffer.from(fat.buffer).copy(file, sectorAt(0));
  return file;
}

// An encrypted (password) document: Office keeps the package in a compound file with an EncryptedPackage stream.
write('encrypted.docx', compoundFile([{ name: 'EncryptionInfo', bytes: Buffer.alloc(64) }, { name: 'EncryptedPackage', bytes: Buffer.alloc(64) }]));

/**
 * A Word 97–2003 document (.doc) as Word saves one whose headings used automatic numbering: the labels
 * are not in the text stream (they live in list tables this reader cannot use). The text, in UTF-16, is
 * one piece of the piece table; paragraphs end in \r.
 */
function wordDocument(paragraphs) {
  const text = Buffer.from(paragraphs.map((p) => p + '\r').join(''), 'utf16le');
  const TEXT_AT = 0x800;
  const main = Buffer.alloc(TEXT_AT + text.length);
  main.writeUInt16LE(0xa5ec, 0); // wIdent
  main.writeUInt16LE(0x00c1, 2); // nFib: Word 97
  main.writeUInt16LE(0x0804, 6); // lid: Chinese (PRC)
  main.writeUInt16LE(0x0200 | 0x0004, 0x0a); // fWhichTblStm: the table stream is 1Table; fComplex: a piece table
  main.writeUInt16LE(0x00bf, 0x0c); // nFibBack
  main.writeUInt32LE(TEXT_AT, 0x18); // fcMin
  main.writeUInt32LE(TEXT_AT + text.length, 0x1c); // fcMac
  main.writeUInt16LE(14, 0x20); // csw: the 16-bit values that follow
  main.writeUInt16LE(22, 0x3e); // cslw: the 32-bit values that follow
  main.writeUInt32LE(main.length, 0x40); // cbMac
  main.writeUInt32LE(text.length / 2, 0x4c); // ccpText
  main.writeUInt16LE(93, 0x98); // cbRgFcLcb: Word 97's offset/length pairs
  const clx = Buffer.alloc(1 + 4 + 8 + 8);
  main.writeUInt32LE(0, 0x1a2); // fcClx: the piece table at the start of 1Table
  main.writeUInt32LE(clx.length, 0x1a6); // lcbClx
  text.copy(main, TEXT_AT);
  clx.writeUInt8(2, 0); // Pcdt
  clx.writeUInt32LE(16, 1); // lcb: two CPs and one piece descriptor
  clx.writeUInt32LE(0, 5);
  clx.writeUInt32LE(text.length / 2, 9);
  clx.writeUInt32LE(TEXT_AT, 15); // fc of a UTF-16 piece (bit 30 clear)
  return compoundFile([{ name: 'WordDocument', bytes: main }, { name: '1Table', bytes: clx }]);
}
const oldSpeech = wordDocument(['在全区2025年经济工作会议上的讲话', '同志们：', '下面，我讲两点意见。', '统一思想，坚定信心', '今年以来，全区经济运行稳中有进。', '要做到“三个到位”——思想到位、措施到位、落实到位。', '突出重点，狠抓落实', '谢谢大家！']);
write('old.doc', oldSpeech);
// WPS saves .wps in the same container.
write('saved-by-wps.wps', oldSpeech);

// Plain text as Windows saves it: GBK with CRLF, and UTF-16 with its BOM.
const speech = ['在全区安全生产工作会议上的讲话', '', '同志们：', '', '一、提高认识', '（一）认清形势。安全生产形势依然严峻。', '二、压实责任', '谢谢大家！', ''];
write('gbk.txt', iconv.encode(speech.join('\r\n'), 'gbk'));
write('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(speech.join('\n'), 'utf16le')]));

// The numbered document as a real office suite saves it in Word 97 format: LibreOffice's .doc (list tables,
// fields, a footnote, a table). Made once where soffice is installed, then kept (LibreOffice stamps the time).
if (!existsSync(join(OUT, 'numbered-libreoffice.doc'))) {
  const dir = mkdtempSync(join(tmpdir(), 'speech-fixtures-'));
  const converted = spawnSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'doc', '--outdir', dir, join(OUT, 'numbered.docx')], { stdio: 'ignore', timeout: 120_000 });
  if (converted.status === 0) copyFileSync(join(dir, 'numbered.doc'), join(OUT, 'numbered-libreoffice.doc'));
  else console.log('soffice is not installed: tests/fixtures/import/numbered-libreoffice.doc not made');
  rmSync(dir, { recursive: true, force: true });
}
