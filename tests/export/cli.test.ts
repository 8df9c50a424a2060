import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeEach, describe, expect, test } from 'vitest';
import { lines, root, runCli } from '../helpers';

const CLEAN = lines('# 关于安全生产的讲话', '', '同志们：', '', '一、提高认识', '', '今天开会。', '', '二、压实责任', '', '要抓落实。');
const GAP = lines('同志们：', '', '一、提高认识', '', '今天开会。', '', '三、压实责任', '', '要抓落实。');
const COLLECTION = lines('第一篇：', '关于甲的讲话', '', '甲。', '', '第二篇：', '关于乙的讲话', '', '乙。');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'speech-export-'));
  writeFileSync(join(dir, 'clean.speech.md'), CLEAN);
  writeFileSync(join(dir, 'gap.speech.md'), GAP);
});

const documentText = (path: string) => strFromU8(unzipSync(readFileSync(path))['word/document.xml']);

describe('speech-writer export', () => {
  test('writes NAME.docx beside the source and exits 0', () => {
    const run = runCli(dir, 'export', 'clean.speech.md');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`exported ${join(dir, 'clean.docx').replace(dir + '/', '')}\n`);
    expect(documentText(join(dir, 'clean.docx'))).toContain('二、压实责任');
  });

  test('an error-level problem: exit 1, the problem listed, nothing written; --force writes it as it is', () => {
    const refused = runCli(dir, 'export', 'clean.speech.md', 'gap.speech.md');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('gap.speech.md:7:1 error numbering-gap');
    expect(readdirSync(dir).filter((f) => f.endsWith('.docx'))).toEqual([]);
    const forced = runCli(dir, 'export', '--force', 'gap.speech.md');
    expect(forced.status).toBe(0);
    expect(documentText(join(dir, 'gap.docx'))).toContain('三、压实责任');
  });

  test('the sample, with only warnings left (a placeholder, a wrong word), exports without --force', () => {
    copyFileSync(join(root, 'examples/sample.speech.md'), join(dir, 'sample.speech.md'));
    const run = runCli(dir, 'export', 'sample.speech.md');
    expect(run.status).toBe(0);
    expect(documentText(join(dir, 'sample.docx'))).toContain('推委扯皮');
  });

  test('a long table, as an import can write one, exports: no argument list as long as the table (node given a small stack, so 20,000 rows stand for the 125,000 that overflow the usual one)', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `| ${i} | 行 |`);
    writeFileSync(join(dir, 'table.speech.md'), ['同志们：', '', '| 序号 | 内容 |', '| --- | --- |', ...rows].join('\n'));
    const run = spawnSync(process.execPath, ['--stack-size=50', join(root, 'dist/cli.js'), 'export', 'table.speech.md'], { cwd: dir, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(documentText(join(dir, 'table.docx')).split('<w:tr>')).toHaveLength(20_002);
  });

  test('-o, --out-dir and --preset reading', () => {
    expect(runCli(dir, 'export', '-o', 'out.docx', '--preset', 'reading', 'clean.speech.md').status).toBe(0);
    expect(documentText(join(dir, 'out.docx'))).toContain('（约1分钟）');
    expect(runCli(dir, 'export', '--out-dir', 'word', 'clean.speech.md').status).toBe(0);
    expect(existsSync(join(dir, 'word', 'clean.docx'))).toBe(true);
  });

  test('--split writes one file per speech of a collection', () => {
    writeFileSync(join(dir, 'both.speech.md'), COLLECTION);
    expect(runCli(dir, 'export', '--split', 'both.speech.md').status).toBe(0);
    expect(documentText(join(dir, 'both-1.docx'))).not.toContain('乙');
    expect(documentText(join(dir, 'both-2.docx'))).toContain('关于乙的讲话');
  });

  test('bad input exits 2 and writes nothing', () => {
    for (const args of [
      ['--preset', 'nope', 'clean.speech.md'],
      ['-o', 'one.docx', 'clean.speech.md', 'gap.speech.md'],
      ['-o', 'one.txt', 'clean.speech.md'],
      ['missing.speech.md'],
    ]) {
      const run = runCli(dir, 'export', ...args);
      expect(run.status, args.join(' ')).toBe(2);
    }
    expect(readdirSync(dir).filter((f) => f.endsWith('.docx'))).toEqual([]);
  });

  test('a preset from .speechrc.json', () => {
    writeFileSync(join(dir, '.speechrc.json'), JSON.stringify({ export: { preset: 'house', presets: { house: { lineSpacing: 29 } } } }));
    expect(runCli(dir, 'export', 'clean.speech.md').status).toBe(0);
    const styles = strFromU8(unzipSync(readFileSync(join(dir, 'clean.docx')))['word/styles.xml']);
    expect(styles).toContain('w:line="580" w:lineRule="exact"');
  });
});
