// The exported documents as LibreOffice prints them (an oracle for the layout, not proof of what Word
// shows): soffice converts them to PDF with the Fandol faces aliased to the official names
// (fonts.conf), and poppler reads back the page size, the lines, the faces and the page numbers.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { speechToDocx } from '../../server/src/export';
import { mmToPt, parse, resolvePreset } from '../../server/src/service';
import { lines, root } from '../helpers';

const artifacts = join(root, 'tests/render/artifacts');
const env = { ...process.env, FONTCONFIG_FILE: join(root, 'tests/render/fonts.conf') };
const run = (command: string, ...args: string[]) => execFileSync(command, args, { env, encoding: 'utf8', maxBuffer: 1 << 26 });

/** Only Chinese characters: every full line holds exactly the grid's characters. */
// No punctuation inside: LibreOffice squeezes a comma, which would let a line without the spacing fit 28 too.
const GRID_PARAGRAPH = '各级各部门要坚持以人民为中心的发展思想把群众的安危冷暖放在心上切实履行好安全生产的主体责任和监管责任层层压实工作责任确保各项措施落到实处见到实效。';
const GRID = lines('# 关于做好安全生产工作的讲话', '', '同志们：', '', ...Array.from({ length: 14 }, () => [GRID_PARAGRAPH, '']).flat());

interface Text {
  page: number;
  top: number;
  left: number;
  width: number;
  font: string;
  size: number;
  text: string;
}

/** Every text piece of a PDF with its page, position (points), face and size, from pdftohtml -xml. */
function textsOf(pdf: string): { pages: { width: number; height: number }[]; texts: Text[] } {
  const xml = run('pdftohtml', '-xml', '-i', '-zoom', '1', '-stdout', pdf);
  const pages: { width: number; height: number }[] = [];
  const texts: Text[] = [];
  const fonts = new Map<string, { family: string; size: number }>();
  for (const pageXml of xml.split('<page ').slice(1)) {
    const [, number, height, width] = /number="(\d+)"[^>]*height="(\d+)" width="(\d+)"/.exec(pageXml)!;
    pages.push({ width: Number(width), height: Number(height) });
    for (const [, id, size, family] of pageXml.matchAll(/<fontspec id="(\d+)" size="(\d+)" family="[A-Z]{6}\+([^"]+)"/g)) fonts.set(id, { family, size: Number(size) });
    for (const [, top, left, w, font, text] of pageXml.matchAll(/<text top="(\d+)" left="(\d+)" width="(\d+)" height="\d+" font="(\d+)">(.*?)<\/text>/g)) {
      const spec = fonts.get(font)!;
      texts.push({ page: Number(number), top: Number(top), left: Number(left), width: Number(w), font: spec.family, size: spec.size, text });
    }
  }
  return { pages, texts };
}

/**
 * The piece where `text` starts: the faces' subsets split a line into pieces (FandolFang in two or
 * three), so the text may run on into the next pieces of the same line.
 */
function pieceWith(texts: Text[], text: string): Text | undefined {
  return texts.find((t, i) => {
    let joined = t.text;
    for (let j = i + 1; joined.length < text.length && texts[j]?.top === t.top && texts[j].page === t.page; j++) joined += texts[j].text;
    return joined.includes(text) && (t.text.includes(text) || text.startsWith(t.text));
  });
}

const official = resolvePreset([]);
let sample: ReturnType<typeof textsOf>;
let grid: ReturnType<typeof textsOf>;
let gridText: string[];
/** A speech as the import writes a Word document: a footnote, a table, bold opening in a run-in heading. */
let imported: ReturnType<typeof textsOf>;
let importedText: string;

beforeAll(async () => {
  rmSync(artifacts, { recursive: true, force: true });
  mkdirSync(artifacts, { recursive: true });
  const sampleText = readFileSync(join(root, 'examples/sample.speech.md'), 'utf8');
  writeFileSync(join(artifacts, 'sample.docx'), await speechToDocx(parse(sampleText), official));
  writeFileSync(join(artifacts, 'sample-reading.docx'), await speechToDocx(parse(sampleText), resolvePreset([], 'reading')));
  writeFileSync(join(artifacts, 'grid.docx'), await speechToDocx(parse(GRID), official));
  writeFileSync(join(artifacts, 'imported.docx'), await speechToDocx(parse(readFileSync(join(root, 'tests/fixtures/import/numbered.speech.md'), 'utf8')), official));
  // A profile of its own: another soffice running (the import layer's) would otherwise take the job.
  const profile = `file://${join(artifacts, 'profile')}`;
  run('soffice', `-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', artifacts, ...['sample', 'sample-reading', 'grid', 'imported'].map((n) => join(artifacts, `${n}.docx`)));
  run('pdftoppm', '-r', '70', '-png', '-f', '1', '-l', '1', '-singlefile', join(artifacts, 'sample.pdf'), join(artifacts, 'sample-page1'));
  run('pdftoppm', '-r', '70', '-png', '-f', '1', '-l', '1', '-singlefile', join(artifacts, 'sample-reading.pdf'), join(artifacts, 'sample-reading-page1'));
  sample = textsOf(join(artifacts, 'sample.pdf'));
  grid = textsOf(join(artifacts, 'grid.pdf'));
  gridText = run('pdftotext', '-layout', join(artifacts, 'grid.pdf'), '-').split('\f');
  imported = textsOf(join(artifacts, 'imported.pdf'));
  importedText = run('pdftotext', join(artifacts, 'imported.pdf'), '-');
  if (process.env.SPEECH_UPDATE_IMAGE) copyFileSync(join(artifacts, 'sample-page1.png'), join(root, 'images/export-page1.png'));
});

describe('the official layout as LibreOffice renders it', () => {
  test('A4 pages', () => {
    expect(run('pdfinfo', join(artifacts, 'sample.pdf'))).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(run('pdfinfo', join(artifacts, 'sample-reading.pdf'))).toMatch(/\(A4\)/);
  });

  test('22 lines on a full page of body text, 28 characters on a full line', () => {
    const page2 = gridText[1].split('\n').filter((l) => l.trim() && !/—\s*\d+\s*—/.test(l));
    expect(page2).toHaveLength(22);
    // Lines that neither start a paragraph (indented) nor end one.
    const full = page2.filter((l) => !/^\s/.test(l) && !l.trim().endsWith('。')).map((l) => l.replace(/\s/g, ''));
    expect(full.length).toBeGreaterThanOrEqual(5);
    for (const line of full) expect([...line]).toHaveLength(28);
  });

  test('the type area starts 37 mm down and 28 mm in', () => {
    const body = grid.texts.filter((t) => t.page === 2 && t.font === 'FandolFang');
    const top = Math.min(...body.map((t) => t.top));
    const left = Math.min(...body.map((t) => t.left));
    // The first line's glyphs sit a little below the top of its 28 pt line.
    expect(top).toBeGreaterThanOrEqual(Math.floor(mmToPt(37)));
    expect(top).toBeLessThan(mmToPt(37) + 14);
    expect(Math.abs(left - mmToPt(28))).toBeLessThan(2);
  });

  test('each role in its face: title 小标宋 (FandolSong), speaker and date 楷体, level 1 黑体, level 2 楷体, body 仿宋, Latin digits in the Latin face', () => {
    const faceOf = (text: string) => pieceWith(sample.texts, text)!;
    expect(faceOf('重点工作推进会上的讲话')).toMatchObject({ font: 'FandolSong', size: 22 });
    expect(faceOf('区长 周明远').font).toBe('FandolKai');
    expect(faceOf('同志们：').font).toBe('FandolFang');
    expect(faceOf('一、正视形势，坚定信心').font).toBe('FandolHei');
    expect(faceOf('（一）看清成绩，增强发展底气').font).toBe('FandolKai');
    expect(faceOf('月份全区经济运行').font).toBe('FandolFang');
    expect(faceOf('2025')).toMatchObject({ font: 'LiberationSerif', size: 16 });
    // A run-in heading: the heading sentence in 楷体, the rest of the paragraph in 仿宋.
    expect(faceOf('（二）正视差距，保持清醒头脑').font).toBe('FandolKai');
    expect(faceOf('在看到成绩的同时').font).toBe('FandolFang');
    // The dash between digits in the Chinese face, not the Latin one.
    const dashes = sample.texts.filter((t) => t.text === '—' && t.size === 16);
    expect(dashes.length).toBeGreaterThan(0);
    expect(dashes.every((t) => t.font === 'FandolFang')).toBe(true);
  });

  test('page numbers — N — in 4号 宋体, right on odd pages and left on even ones, one character in', () => {
    const numbers = sample.texts.filter((t) => t.size === 14 && t.top > 700);
    const pageCount = sample.pages.length;
    expect(pageCount).toBeGreaterThan(2);
    for (let page = 1; page <= pageCount; page++) {
      const pieces = numbers.filter((t) => t.page === page).sort((a, b) => a.left - b.left);
      expect(pieces.map((t) => t.text).join('').replace(/\s/g, '')).toBe(`—${page}—`);
      expect(pieces.every((t) => t.font === 'FandolSong')).toBe(true);
      const left = pieces[0].left;
      const right = pieces[pieces.length - 1].left + pieces[pieces.length - 1].width;
      if (page % 2) expect(Math.abs(right - (595 - mmToPt(26) - 14))).toBeLessThan(3);
      else expect(Math.abs(left - (mmToPt(28) + 14))).toBeLessThan(3);
      // 7 mm below the type area (its bottom at 297 − 35 mm): the number's glyphs start there.
      expect(Math.abs(pieces[0].top - mmToPt(297 - 35 + 7))).toBeLessThan(8);
    }
  });
});

describe('nothing lost in print', () => {
  // The text of the PDF, page numbers and spaces left out, against the speech less its Markdown.
  const printed = (pdf: string) => run('pdftotext', join(artifacts, pdf), '-').replace(/\s/g, '').replace(/—\d+—/g, '').replace(/（约\d+分钟）/g, '');
  const speech = () => readFileSync(join(root, 'examples/sample.speech.md'), 'utf8').replace(/^#+\s*/gm, '').replace(/\s/g, '');

  test.each(['sample.pdf', 'sample-reading.pdf'])('%s holds every character of the speech, line-final commas too', (pdf) => {
    expect(printed(pdf)).toBe(speech());
  });
});

describe('an imported Word document printed again', () => {
  test('no Markdown on the page: the footnote at the foot of its page in smaller type, the table as a table, bold marks gone', () => {
    for (const mark of ['**', '[^', '|', '---']) expect(importedText).not.toContain(mark);
    const note = pieceWith(imported.texts, '会议由区政府办公室组织')!;
    const body = imported.texts.filter((t) => t.page === note.page && t.top < note.top && t.size === 16);
    expect(note.size).toBeLessThan(16);
    // The reference mark is a link in the PDF, which splits its piece.
    expect(note.page).toBe(pieceWith(imported.texts, '今天召开会')!.page);
    // Body text above it on its page (with none, the maximum below would be -Infinity and hold anyway).
    expect(body.length).toBeGreaterThan(0);
    expect(note.top).toBeGreaterThan(Math.max(...body.map((t) => t.top)));
    expect(pieceWith(imported.texts, '指标')!.top).toBe(pieceWith(imported.texts, '目标')!.top);
    expect(importedText.replace(/\s/g, '')).toContain('（一）认清形势。今年以来，');
  });
});

describe('the reading copy as LibreOffice renders it', () => {
  test('larger type, centred page numbers', () => {
    const reading = textsOf(join(artifacts, 'sample-reading.pdf'));
    expect(pieceWith(reading.texts, '同志们：')).toMatchObject({ font: 'FandolFang', size: 22 });
    const number = reading.texts.filter((t) => t.page === 2 && t.top > 700);
    const middle = (Math.min(...number.map((t) => t.left)) + Math.max(...number.map((t) => t.left + t.width))) / 2;
    expect(Math.abs(middle - (mmToPt(28) + (595 - mmToPt(28) - mmToPt(26)) / 2))).toBeLessThan(4);
  });
});
