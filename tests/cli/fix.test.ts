// check --fix and renumber write back safely: the file's own encoding, BOM and line endings; a file
// that cannot be written is reported and the others still are; nothing written over a change made
// meanwhile; devices, pipes and huge files refused before reading much.
import { spawnSync } from 'node:child_process';
import { appendFileSync, chmodSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readRegularFile, writeBack } from '../../server/src/cli/textFile';
import { applyEdits, fixAllEdits, getDiagnostics, parse, resolveOptions } from '../../server/src/service';
import { root, runCli } from '../helpers';

const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'speech-fix-'));
  chmodSync(dir, 0o755);
  return dir;
};
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

describe('check --fix writes the file back as it was stored', () => {
  it.each([
    ['UTF-8 with BOM and CRLF', (s: string) => Buffer.concat([BOM, Buffer.from(s.replace(/\n/g, '\r\n'))])],
    ['GBK', (s: string) => iconv.encode(s, 'gbk')],
    ['UTF-16LE with BOM', (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')])],
    ['UTF-16BE with BOM', (s: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()])],
  ])('%s', (_, encode) => {
    const dir = folder();
    writeFileSync(join(dir, 'a.speech.md'), encode('在会议上的讲话\n同志们:\n要敢于问责 ?\n'));
    const result = runCli(dir, 'check', '--fix', 'a.speech.md');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readFileSync(join(dir, 'a.speech.md'))).toEqual(encode('在会议上的讲话\n同志们：\n要敢于问责？\n'));
  });

  it('a half-width mark after a space becomes the full-width mark without the space', () => {
    const model = parse('要敢于问责 ?这是 问题 , 也是责任。');
    expect(applyEdits(model.text, fixAllEdits(getDiagnostics(model, resolveOptions())))).toBe('要敢于问责？这是 问题，也是责任。');
    // The space is Chinese-to-mark only: after Latin text it stays.
    const latin = parse('使用 GDP ;再看');
    expect(applyEdits(latin.text, fixAllEdits(getDiagnostics(latin, resolveOptions())))).toBe('使用 GDP ；再看');
  });
});

describe('several files', () => {
  it('one unwritable file is reported, the others are fixed, and the run fails', () => {
    const dir = folder();
    const text = '在会议上的讲话\n同志们:\n';
    for (const name of ['a', 'b', 'c']) writeFileSync(join(dir, `${name}.speech.md`), text, { mode: 0o644 });
    // Root writes anything: the command runs as nobody, who cannot write b (nor any of them, until chmod).
    const asRoot = process.getuid?.() === 0;
    chmodSync(join(dir, 'a.speech.md'), 0o666);
    chmodSync(join(dir, 'c.speech.md'), 0o666);
    chmodSync(join(dir, 'b.speech.md'), 0o444);
    if (asRoot) chmodSync(dir, 0o777);
    const result = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'check', '--fix', 'a.speech.md', 'b.speech.md', 'c.speech.md'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', LC_ALL: 'C' },
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    expect(result.stderr).toBe('speech-writer: b.speech.md: not written: permission denied\n');
    expect(result.status).not.toBe(0);
    expect(readFileSync(join(dir, 'a.speech.md'), 'utf8')).toBe('在会议上的讲话\n同志们：\n');
    expect(readFileSync(join(dir, 'b.speech.md'), 'utf8')).toBe(text);
    expect(readFileSync(join(dir, 'c.speech.md'), 'utf8')).toBe('在会议上的讲话\n同志们：\n');
    // What remains in b is reported as it is on disk.
    expect(result.stdout).toContain('b.speech.md:2:4 warning halfwidth-punctuation');
  });
});

describe('write back only over what was read', () => {
  it('an append made after reading is reported and kept, not overwritten', () => {
    const dir = folder();
    const path = join(dir, 'a.speech.md');
    writeFileSync(path, '同志们:\n');
    const before = readRegularFile(path);
    appendFileSync(path, '新加的一行。\n');
    expect(() => writeBack(path, before, Buffer.from('同志们：\n'))).toThrow(expect.objectContaining({ problem: 'changed' }));
    expect(readFileSync(path, 'utf8')).toBe('同志们:\n新加的一行。\n');
  });

  it('writes through a symbolic link to the file it names', () => {
    const dir = folder();
    writeFileSync(join(dir, 'real.speech.md'), '同志们:\n');
    spawnSync('ln', ['-s', 'real.speech.md', join(dir, 'link.speech.md')]);
    expect(runCli(dir, 'check', '--fix', 'link.speech.md').status).toBe(0);
    expect(readFileSync(join(dir, 'real.speech.md'), 'utf8')).toBe('同志们：\n');
  });
});

describe('only regular files of sane size', () => {
  const dir = folder();
  spawnSync('mkfifo', [join(dir, 'pipe.speech.md')]);
  writeFileSync(join(dir, 'huge.speech.md'), '');
  truncateSync(join(dir, 'huge.speech.md'), 65 * 1024 * 1024);
  it.each([
    ['/dev/zero', 'not a regular file (a device, a pipe…), not read'],
    ['/dev/urandom', 'not a regular file (a device, a pipe…), not read'],
    [join(dir, 'pipe.speech.md'), 'not a regular file (a device, a pipe…), not read'],
    [join(dir, 'huge.speech.md'), 'larger than 64 MB, not read'],
  ])('%s', (path, message) => {
    const result = runCli(dir, 'check', '--fix', path);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`speech-writer: ${path}: ${message}\n`);
  });
});
