// The import layer on the fixtures of scripts/make-import-fixtures.mjs, against .speech.md files written by hand.
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { findSoffice, importFile, ImportError } from '../../server/src/import';
import { headingsOf, root } from '../helpers';

const dir = join(root, 'tests/fixtures/import');
const fixture = (name: string) => join(dir, name);
const expected = (name: string) => readFileSync(fixture(name), 'utf8');
/** No LibreOffice, whatever the machine has: the pure-JS paths. */
const NO_SOFFICE = null;
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';

/** Imports a .docx holding only a document.xml with this body. */
async function importBody(body: string) {
  const path = join(mkdtempSync(join(tmpdir(), 'speech-import-')), 'a.docx');
  writeFileSync(path, zipSync({ 'word/document.xml': strToU8(`<w:document ${W}><w:body>${body}</w:body></w:document>`) }));
  return importFile(path, NO_SOFFICE);
}

describe('import .docx', () => {
  it('writes Word’s automatic labels, keeps breaks, accepts insertions, drops deletions, fields, comments, headers and footers', async () => {
    const result = await importFile(fixture('numbered.docx'), NO_SOFFICE);
    expect(result.text).toBe(expected('numbered.speech.md'));
    expect(result.warnings).toEqual([]);
  });

  it('outlines as the numbering says', async () => {
    const { text } = await importFile(fixture('numbered.docx'), NO_SOFFICE);
    expect(headingsOf(text)).toEqual([
      '1:一、统一思想，坚定信心',
      '2:（一）**认清形势',
      '2:（二）把握机遇',
      '3:1.抓项目',
      '3:2.抓招商',
      '4:（1）引进来',
      '1:二、突出重点，狠抓落实',
      '2:（一）稳增长',
      '1:三、从严从实，转变作风',
      '2:（一）压实责任',
      '4:①任务清单',
      '4:②责任清单',
      '1:一、谋划新思路',
      '2:（一）理清思路',
    ]);
  });

  it('reads a .docx saved as .doc for what it is, and says so', async () => {
    const result = await importFile(fixture('mislabelled.doc'), NO_SOFFICE);
    expect(result.text).toBe(expected('numbered.speech.md'));
    expect(result.warnings).toEqual(['文件扩展名是 .doc，实际是 Word 文档（.docx），已按实际格式导入']);
  });
});

describe('import .txt', () => {
  it.each([
    ['gbk.txt', 'gbk.speech.md'],
    ['utf16.txt', 'utf16.speech.md'],
  ])('%s', async (source, speech) => {
    expect((await importFile(fixture(source), NO_SOFFICE)).text).toBe(expected(speech));
  });

  it('keeps what a template left (placeholders, half-width marks): the checks report them', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'speech-import-'));
    const text = '在XX会议上的讲话\n同志们:\n仅供学习 禁止外传\n';
    writeFileSync(join(folder, 'a.txt'), text);
    expect((await importFile(join(folder, 'a.txt'), NO_SOFFICE)).text).toBe(text);
  });
});

describe('bad input: one clear message, nothing imported', () => {
  it.each([
    ['truncated.docx', /^文件已损坏或不完整，无法解压/],
    ['encrypted.docx', /^文档设置了打开密码（已加密），无法读取/],
    ['bomb.docx', /^文件解压后超过 128 MB（可能是“压缩炸弹”），不导入$/],
    ['empty.docx', /^文档是空的/],
    ['empty.txt', /^文件是空的/],
    ['not-word.docx', /^文件内容与扩展名不符：不是 Word 文档（.docx）。请在 WPS 或 Word 中另存为 .docx 后再导入$/],
    ['webpage.doc', /^这是网页（HTML\/MHT）或 Word 2003 XML 格式的文件，不是真正的 Word 文档。请在 WPS 或 Word 中另存为 .docx 后再导入$/],
    ['missing.docx', /^文件不存在$/],
  ])('%s', async (name, message) => {
    const error = await importFile(fixture(name), NO_SOFFICE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(message);
  });

  it('an OpenDocument text (.odt) named .docx is named as what it is', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'speech-import-'));
    const content = '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"><office:body/></office:document-content>';
    writeFileSync(join(folder, 'a.docx'), zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8(content) }));
    await expect(importFile(join(folder, 'a.docx'), NO_SOFFICE)).rejects.toThrow(/^这是 OpenDocument 文本（\.odt），不是 Word 文档。请在 WPS 或 Word 中另存为 \.docx 后再导入$/);
  });

  it('refuses a FIFO without blocking', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'speech-import-'));
    const { execFileSync } = await import('node:child_process');
    execFileSync('mkfifo', [join(folder, 'pipe.txt')]);
    await expect(importFile(join(folder, 'pipe.txt'), NO_SOFFICE)).rejects.toThrow('不是普通文件');
  });
});

describe('.doc and .wps', () => {
  // A compound file (the .doc container) that word-extractor cannot read as a Word document.
  const oleJunk = () => {
    const folder = mkdtempSync(join(tmpdir(), 'speech-doc-'));
    const bytes = Buffer.alloc(1536);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
    writeFileSync(join(folder, '旧文件.wps'), bytes);
    return { folder, path: join(folder, '旧文件.wps') };
  };

  it.each(['old.doc', 'saved-by-wps.wps'])('%s: the text, and a warning that automatic numbering could not be recovered', async (name) => {
    const result = await importFile(fixture(name), NO_SOFFICE);
    expect(result.text).toBe(expected('old.speech.md'));
    expect(result.warnings).toEqual([
      '.doc/.wps 文件的自动编号（“一、”“（一）”等）无法还原，导入的文字里可能缺少这些编号，请核对；安装 LibreOffice 后再导入可以保留编号，或在 WPS 或 Word 中另存为 .docx 后再导入',
    ]);
  });

  // A .doc as an office suite writes it (LibreOffice from numbered.docx): word-extractor gets the text but
  // not the automatic labels, the bold, the footnote mark or the table's shape, and keeps the page fields'
  // results (11) that Word would show; the footnote comes at the end.
  it('numbered-libreoffice.doc without LibreOffice: the text as word-extractor reads it, and the warning', async () => {
    const result = await importFile(fixture('numbered-libreoffice.doc'), NO_SOFFICE);
    expect(result.text).toBe(expected('numbered-libreoffice.speech.md'));
    expect(result.warnings).toHaveLength(1);
  });

  it.runIf(findSoffice())('numbered-libreoffice.doc with LibreOffice: converted to .docx first, the automatic numbering kept', async () => {
    const { text, warnings } = await importFile(fixture('numbered-libreoffice.doc'), findSoffice()!);
    expect(warnings).toEqual([]);
    expect(text).toContain('一、统一思想，坚定信心\n（一）**认清形势。**今年以来，全区经济运行稳中有进。\n（二）把握机遇\n1.抓项目\n2.抓招商\n要走出去。\n（1）引进来\n二、突出重点，狠抓落实\n（一）稳增长');
  });

  it.runIf(findSoffice())('with LibreOffice installed, converted by it first', async () => {
    const result = await importFile(fixture('old.doc'), findSoffice()!);
    expect(result.text).toBe(expected('old.speech.md'));
    expect(result.warnings).toEqual([]);
  });

  it('says what to do when no reader can read the file', async () => {
    const { path } = oleJunk();
    await expect(importFile(path, NO_SOFFICE)).rejects.toThrow(/请在 WPS 或 Word 中另存为 \.docx 后再导入$/);
  });

  it('converts with LibreOffice when soffice is there, keeping the numbering', async () => {
    const { folder, path } = oleJunk();
    // A stand-in for soffice: writes the converted document where --outdir says, as LibreOffice does.
    const soffice = join(folder, 'soffice');
    copyFileSync(fixture('numbered.docx'), join(folder, 'converted.bin'));
    writeFileSync(soffice, `#!/bin/sh\nwhile [ "$1" != "--outdir" ]; do shift; done\ncp "${join(folder, 'converted.bin')}" "$2/旧文件.docx"\n`);
    chmodSync(soffice, 0o755);
    const result = await importFile(path, soffice);
    expect(result.text).toBe(expected('numbered.speech.md'));
    expect(result.warnings).toEqual([]);
  });
});

describe('what is not text is named, never dropped silently', () => {
  it('pictures, embedded chunks, hidden text and a table of contents each give a warning', async () => {
    const result = await importBody(
      [
        '<w:p><w:r><w:t>正文。</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing/></mc:Choice></mc:AlternateContent></w:r></w:p>',
        '<w:altChunk r:id="x" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>',
        '<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏的说明</w:t></w:r><w:r><w:t>可见的字。</w:t></w:r></w:p>',
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TOC \\o "1-3" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>一、统一思想 1</w:t></w:r></w:p>',
        '<w:p><w:r><w:t>二、突出重点 2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
      ].join(''),
    );
    // The table of contents spans two paragraphs: both come out empty, and empty lines end nothing.
    expect(result.text).toBe('正文。\n可见的字。\n');
    expect(result.warnings).toEqual(['文档中的图片等对象未导入', '文档中嵌入的其他格式内容（altChunk）未导入，请在 Word 或 WPS 中核对', '文档中的隐藏文字未导入', '文档中的目录（自动生成的 TOC 域）未导入']);
  });
});

describe('text boxes', () => {
  it('a box’s paragraphs follow the paragraph it is anchored in, read once though Word writes it twice; VML WordArt too; a picture is named; pinyin over characters keeps the characters; an inserted symbol is kept, a symbol-font one named; Word’s default bullets as • and ◦', async () => {
    const result = await importFile(fixture('textbox.docx'), NO_SOFFICE);
    expect(result.text).toBe(expected('textbox.speech.md'));
    expect(result.warnings).toEqual(['文本框中的文字已作为单独段落导入，放在其所在段落之后，请核对位置', '文档中的图片等对象未导入', '文档中的拼音指南（注音）未导入，只保留了被注音的文字', '文档中的符号字体字符（Wingdings 2）未导入，请核对']);
  });
});

describe('tables', () => {
  it('rows and cells inside content controls, merged cells, pipes and breaks in a cell', async () => {
    const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const tc = (content: string, props = '') => `<w:tc><w:tcPr>${props}</w:tcPr>${content}</w:tc>`;
    const table = [
      `<w:tr>${tc(p('项目'), '<w:gridSpan w:val="2"/>')}${tc(p('A|B'))}</w:tr>`,
      `<w:sdt><w:sdtContent><w:tr>${tc(p('一'), '<w:vMerge w:val="restart"/>')}<w:sdt><w:sdtContent>${tc(p('甲') + p('乙'))}</w:sdtContent></w:sdt>${tc('<w:p><w:r><w:t>上</w:t><w:br/><w:t>下</w:t></w:r></w:p>')}</w:tr></w:sdtContent></w:sdt>`,
      `<w:tr>${tc(p('（合并）'), '<w:vMerge/>')}${tc(p('丙'))}${tc(p(''))}</w:tr>`,
    ].join('');
    expect((await importBody(`${p('前')}<w:tbl>${table}</w:tbl>${p('后')}`)).text).toBe(
      ['前', '', '| 项目 |  | A\\|B |', '| --- | --- | --- |', '| 一 | 甲<br>乙 | 上<br>下 |', '|  | 丙 |  |', '', '后', ''].join('\n'),
    );
  });
});
