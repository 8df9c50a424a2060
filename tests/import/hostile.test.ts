// Damaged documents: any byte of a real .docx changed, cut or repeated gives an import or one clear
// failure, never an exception, a hang or a half-written result.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importToFile } from '../../server/src/import';
import { root } from '../helpers';

const original = readFileSync(join(root, 'tests/fixtures/import/numbered.docx'));

describe('hostile documents', () => {
  it('a .docx with bytes changed or cut is imported or refused with a reason', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'speech-hostile-'));
    mkdirSync(join(folder, 'out'));
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(original.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), fc.oneof(fc.constant(original.length), fc.nat(original.length)), async (changes, cut) => {
        const bytes = Buffer.from(original.subarray(0, Math.max(cut, original.length - 64)));
        for (const [at, value] of changes) if (at < bytes.length) bytes[at] = value;
        const source = join(folder, 'damaged.docx');
        writeFileSync(source, bytes);
        const outcome = await importToFile(source, { outDir: join(folder, 'out'), overwrite: true, soffice: null });
        expect(['imported', 'failed']).toContain(outcome.status);
        seen.add(outcome.status);
        if (outcome.status === 'failed') expect(outcome.message).toMatch(/\S/);
      }),
      { numRuns: 150, seed: 13 },
    );
    expect([...seen].sort()).toEqual(['failed', 'imported']);
    // Nothing half-written: only whole results, no temporary files left.
    expect([...readdirSync(folder), ...readdirSync(join(folder, 'out'))].filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('huge documents', () => {
  it('a paragraph of 150,000 line breaks and a table of 150,000 rows import whole (no argument-list overflow)', async () => {
    const { strToU8, zipSync } = await import('fflate');
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const breaks = `<w:p><w:r>${'<w:t>行</w:t><w:br/>'.repeat(150_000)}</w:r></w:p>`;
    const table = `<w:tbl>${'<w:tr><w:tc><w:p><w:r><w:t>格</w:t></w:r></w:p></w:tc></w:tr>'.repeat(150_000)}</w:tbl>`;
    const folder = mkdtempSync(join(tmpdir(), 'speech-huge-'));
    writeFileSync(join(folder, 'huge.docx'), zipSync({ 'word/document.xml': strToU8(`<w:document ${W}><w:body>${breaks}${table}</w:body></w:document>`) }));
    const outcome = await importToFile(join(folder, 'huge.docx'), { soffice: null });
    expect(outcome.status).toBe('imported');
    const lines = readFileSync(outcome.output, 'utf8').split('\n');
    expect(lines.filter((l) => l === '行')).toHaveLength(150_000);
    expect(lines.filter((l) => l === '| 格 |')).toHaveLength(150_000);
  });
});
