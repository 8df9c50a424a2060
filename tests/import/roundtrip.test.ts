// Round trip: a speech exported to Word by the export layer and imported back gives the same text
// (blank lines, indentation and Markdown marks aside, which a Word paragraph does not keep) and the same
// outline, for the corpus, the external texts and the sample. The export's footers (page numbers) and
// styles do not come back as text.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { speechToDocx } from '../../server/src/export';
import { importFile } from '../../server/src/import';
import { convertDocx } from '../../server/src/import/docx';
import { parse, resolvePreset } from '../../server/src/service';
import { outlineOf, root, runCli } from '../helpers';

const files = [
  ...readdirSync(join(root, 'tests/fixtures/corpus')).map((f) => `tests/fixtures/corpus/${f}`),
  ...readdirSync(join(root, 'tests/fixtures/external'))
    .filter((f) => f.endsWith('.speech.md'))
    .map((f) => `tests/fixtures/external/${f}`),
  'examples/sample.speech.md',
];

/** What a Word paragraph keeps of a line: no # heading marks, ** pairs or whitespace. */
const words = (text: string) => text.replace(/^#{1,6}\s+/gm, '').replace(/\*\*/g, '').replace(/\s+/g, '');
const outline = (text: string) => outlineOf(text).map((line) => line.replace(/\*\*/g, '').replace(/^(\s*)#+\s*/, '$1'));

describe('export then import gives the same text', () => {
  it.each(files)('%s', async (path) => {
    const text = readFileSync(join(root, path), 'utf8');
    const back = convertDocx(await speechToDocx(parse(text), resolvePreset([], 'official'))).text;
    expect(words(back)).toBe(words(text));
    expect(outline(back)).toEqual(outline(text));
    // The reading copy adds the speaking time beside each level-1 heading, and that is all it adds (its
    // bold enumeration items come back as **一是…**, which the outline does not take mid-paragraph).
    const reading = convertDocx(await speechToDocx(parse(text), resolvePreset([], 'reading'))).text;
    expect(words(reading.replace(/（约\d+分钟）/g, ''))).toBe(words(text));
  });

  it('import then export then import is a fixed point on an imported document', async () => {
    const imported = (await importFile(join(root, 'tests/fixtures/import/numbered.docx'), null)).text;
    const again = convertDocx(await speechToDocx(parse(imported), resolvePreset([]))).text;
    expect(outline(again)).toEqual(outline(imported));
    // The footnote went out as Word's footnote and came back as one.
    expect(again).toContain('今天召开会议[^1]。');
    expect(again).toContain('\n[^1]: 会议由区政府办公室组织。\n');
  });
});

describe('the same through the command line', () => {
  it('speech-writer export, then speech-writer import, gives the sample back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'speech-roundtrip-'));
    copyFileSync(join(root, 'examples/sample.speech.md'), join(dir, 'sample.speech.md'));
    // Only warnings are left in the sample (a placeholder, a wrong word): it exports without --force.
    expect(runCli(dir, 'export', '-o', 'sample.docx', 'sample.speech.md').status).toBe(0);
    expect(runCli(dir, 'import', '--out-dir', 'back', 'sample.docx').status).toBe(0);
    const original = readFileSync(join(dir, 'sample.speech.md'), 'utf8');
    const back = readFileSync(join(dir, 'back/sample.speech.md'), 'utf8');
    expect(words(back)).toBe(words(original));
    expect(outline(back)).toEqual(outline(original));
  });
});
