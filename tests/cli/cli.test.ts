import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCli } from '../helpers';

const run = (...args: string[]) => runCli(root, ...args);
const sample = 'examples/sample.speech.md';

describe('speech-writer outline', () => {
  it('prints the outline as an indented tree with line numbers', () => {
    const result = run('outline', 'tests/fixtures/corpus/004.speech.md');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n').slice(0, 3)).toEqual([
      '  16  在第四季度工作安排部署会上的讲话  [标题]',
      '  20    一、乘势而上、顺势而为，把握发展机遇  [一级标题]',
      '  22      一是受电商冲击，实体商业运行困难  [一是]',
    ]);
  });

  it('prints DocumentSymbols with --json', () => {
    const result = run('outline', '--json', sample);
    const symbols = JSON.parse(result.stdout);
    expect(symbols[0]).toMatchObject({ detail: '标题', kind: 1, selectionRange: { start: { line: 0 } } });
    expect(symbols[0].children.map((s: { detail: string }) => s.detail)).toEqual(['一级标题', '一级标题', '一级标题']);
  });

  it('names each file when given several, and --no-items leaves items out', () => {
    const result = run('outline', '--no-items', sample, 'tests/fixtures/corpus/000.speech.md');
    expect(result.stdout).toContain(`${sample}\n`);
    expect(result.stdout).toContain('\ntests/fixtures/corpus/000.speech.md\n   2  在2025年全区理论中心组学习会议上的讲话  [标题]\n');
    expect(result.stdout).not.toContain('[一要]');
  });

  describe('refuses unreadable input with one line and a non-zero exit, never a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'speech-cli-'));
    writeFileSync(join(dir, 'binary.speech.md'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    const emptyFolder = join(dir, 'empty');
    mkdirSync(emptyFolder);
    writeFileSync(join(dir, 'undecodable.speech.md'), Buffer.from([0xcd, 0xac, 0xff, 0xff, 0xc3, 0xc7])); // neither UTF-8 nor GB18030
    it.each([
      [join(dir, 'missing.speech.md'), 'no such file'],
      [emptyFolder, 'no .speech.md files in this folder'],
      [join(dir, 'binary.speech.md'), 'binary file, not a speech text'],
      [join(dir, 'undecodable.speech.md'), 'not text in UTF-8, UTF-16 (with BOM) or GBK/GB18030'],
    ])('%s', (path, message) => {
      const result = run('outline', path);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toEqual([`speech-writer: ${path}: ${message}`]);
    });
  });

  it('explains usage errors', () => {
    expect(run().status).toBe(2);
    expect(run('--help').stdout).toContain('outline [--json] [--no-items] FILE...');
    const unknown = run('frobnicate', sample);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'frobnicate'");
    expect(run('outline', '--bogus', sample).stderr).toContain('unknown option --bogus');
    expect(run('outline').stderr).toContain('no file given');
  });
});
