// The file system in memory the in-process tests run on answers as Node's does, so what they find holds
// for the server on disk.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFileSystem, type FileSystem } from '../../server/src/fileSystem';
import { MemoryFileSystem } from './memoryFileSystem';

const disk = mkdtempSync(join(tmpdir(), 'speech-fs-'));
mkdirSync(join(disk, 'sub'));
writeFileSync(join(disk, 'sub', 'a.speech.md'), '一、甲');
writeFileSync(join(disk, 'big.json'), 'x'.repeat(11));
execFileSync('mkfifo', [join(disk, 'fifo.json')]);
const memory = new MemoryFileSystem('/ws', { 'sub/a.speech.md': '一、甲', 'big.json': 'x'.repeat(11) });
memory.writeOther('fifo.json');

describe.each([
  ['Node', nodeFileSystem, disk],
  ['memory', memory, '/ws'],
] as [string, FileSystem, string][])('%s file system', (_, fs, root) => {
  it('reads a regular file within the limit, and refuses anything else without blocking', () => {
    expect(fs.readBounded(join(root, 'sub', 'a.speech.md'), 10)).toEqual({ text: '一、甲' });
    expect(fs.readBounded(join(root, 'big.json'), 10)).toEqual({ tooLarge: true });
    expect(fs.readBounded(join(root, 'fifo.json'), 10)).toEqual({ notFile: true });
    expect(fs.readBounded(join(root, 'sub'), 10)).toEqual({ notFile: true });
    expect(fs.readBounded(join(root, 'none.json'), 10)).toEqual({ missing: true });
  });

  it('lists and looks at files and folders', async () => {
    expect((await fs.readdir(root)).sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: 'big.json', kind: 'file' },
      { name: 'fifo.json', kind: 'other' },
      { name: 'sub', kind: 'directory' },
    ]);
    await expect(fs.readdir(join(root, 'none'))).rejects.toThrow();
    expect(await fs.stat(join(root, 'sub', 'a.speech.md'))).toMatchObject({ kind: 'file', size: 9 });
    expect(fs.statSync(join(root, 'sub'))).toMatchObject({ kind: 'directory' });
    expect(await fs.stat(join(root, 'none'))).toBeUndefined();
    expect(await fs.readFile(join(root, 'sub', 'a.speech.md'))).toBe('一、甲');
  });
});
