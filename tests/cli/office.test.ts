// The command line as an office uses it: Chinese messages under a Chinese locale, --version, standard
// input, folders, GBK files, renumber, stats and import.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import { lines, root, runCli } from '../helpers';

/** The command line under a locale, with standard input. */
const runIn = (cwd: string, env: Record<string, string>, input: string | Buffer | undefined, ...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'dist/cli.js'), ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LC_ALL: '', LC_MESSAGES: '', LANG: '', ...env } });

const folder = (files: Record<string, string | Buffer> = {}) => {
  const dir = mkdtempSync(join(tmpdir(), 'speech-office-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
};

const defective = lines('在会议上的讲话', '同志们:', '一、甲', '三、乙', '');

describe('language', () => {
  it('speaks Chinese when LANG, LC_MESSAGES or LC_ALL names zh, LC_ALL first', () => {
    const dir = folder({ 'a.speech.md': defective });
    const summary = '共 2 个问题（1 个错误，1 个警告），其中 1 个可用 --fix 自动修正';
    const locales: Record<string, string>[] = [{ LANG: 'zh_CN.UTF-8' }, { LC_MESSAGES: 'zh_CN' }, { LC_ALL: 'zh_TW.UTF-8', LANG: 'en_US.UTF-8' }];
    for (const env of locales) {
      expect(runIn(dir, env, undefined, 'check', 'a.speech.md').stdout.trim().split('\n').pop()).toBe(summary);
    }
    expect(runIn(dir, { LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' }, undefined, 'check', 'a.speech.md').stdout).toContain('2 problems (1 error, 1 warning), 1 fixable with --fix');
    expect(runIn(dir, { LANG: 'zh_CN.UTF-8' }, undefined, 'check', 'a.speech.md').stdout).toContain('a.speech.md:2:4 warning halfwidth-punctuation 中文中应使用全角标点：半角“:”应为“：” [可自动修正]');
  });

  it('help and usage errors in Chinese', () => {
    const zh = { LANG: 'zh_CN.UTF-8' };
    const help = runIn(root, zh, undefined, '--help');
    expect(help.stdout).toContain('用法：speech-writer <命令> [选项] 文件|文件夹…');
    expect(help.stdout).toContain('打印每篇讲话的大纲');
    expect(runIn(root, zh, undefined, 'frobnicate').stderr).toContain('未知命令“frobnicate”');
    expect(runIn(root, zh, undefined, 'outline', '--bogus', 'x').stderr).toBe('speech-writer outline: 未知选项 --bogus\n用法：speech-writer outline [--json] [--no-items] FILE...\n');
    expect(runIn(root, zh, undefined, 'outline', 'missing.speech.md').stderr).toBe('speech-writer: missing.speech.md: 文件不存在\n');
  });

  it('COMMAND --help prints that command’s usage', () => {
    expect(runIn(root, { LANG: 'zh_CN.UTF-8' }, undefined, 'import', '--help')).toMatchObject({
      status: 0,
      stdout: '用法：speech-writer import [--out-dir DIR] [--force] FILE|FOLDER...\n  把 Word（.docx、.doc、.wps）和文本文件导入为 NAME.speech.md；有文件失败时退出码为 1\n',
    });
  });

  it('SARIF describes each rule in the user’s language, and fully in both', () => {
    const dir = folder({ 'a.speech.md': defective });
    const rules = (env: Record<string, string>) => JSON.parse(runIn(dir, env, undefined, 'check', '--format', 'sarif', 'a.speech.md').stdout).runs[0].tool.driver.rules;
    const zh = rules({ LANG: 'zh_CN.UTF-8' }).find((r: { id: string }) => r.id === 'numbering-gap');
    const en = rules({ LANG: 'C' }).find((r: { id: string }) => r.id === 'numbering-gap');
    expect(zh.shortDescription.text).toBe('编号不连续');
    expect(en.shortDescription.text).toMatch(/^A missing number/);
    expect(zh.fullDescription).toEqual(en.fullDescription);
    expect(en.fullDescription.text).toMatch(/^编号不连续：A missing number/);
  });
});

describe('inputs', () => {
  it('--version prints the version of package.json', () => {
    expect(runCli(root, '--version')).toMatchObject({ status: 0, stdout: `${version}\n` });
  });

  it('- reads standard input', () => {
    const result = runIn(root, {}, defective, 'check', '-');
    expect(result.stdout).toContain('-:4:1 error numbering-gap 编号不连续：缺少“二、”');
    expect(result.status).toBe(1);
    expect(runIn(root, {}, '在会议上的讲话\n一、甲\n', 'outline', '-').stdout).toBe('   1  在会议上的讲话  [标题]\n   2    一、甲  [一级标题]\n');
  });

  it('standard input in GBK, and --fix refuses to change it', () => {
    const result = runIn(root, {}, iconv.encode('在会议上的讲话\n一、甲\n', 'gbk'), 'outline', '-');
    expect(result.stdout).toBe('   1  在会议上的讲话  [标题]\n   2    一、甲  [一级标题]\n');
    const fix = runIn(root, {}, defective, 'check', '--fix', '-');
    expect(fix.status).toBe(2);
    expect(fix.stderr).toBe('speech-writer: -: --fix cannot change standard input; give the file\n');
  });

  it('UTF-8 cut in the middle of its last character is refused, not read as GBK (which would change every character)', () => {
    // Lines of whole pairs of bytes: as GB18030 this decodes without error, to 鍦ㄤ細璁…
    const utf8 = Buffer.from('在会议上的讲话稿\n统一思想坚定信心', 'utf8');
    const damaged = utf8.subarray(0, utf8.length - 2);
    const dir = folder({ 'a.speech.md': damaged, 'gbk.speech.md': iconv.encode('在会议上的讲话\n一、甲\n', 'gbk') });
    expect(runCli(dir, 'outline', 'a.speech.md')).toMatchObject({ status: 2, stderr: 'speech-writer: a.speech.md: not text in UTF-8, UTF-16 (with BOM) or GBK/GB18030\n' });
    expect(runCli(dir, 'outline', 'gbk.speech.md').stdout).toBe('   1  在会议上的讲话  [标题]\n   2    一、甲  [一级标题]\n');
  });

  it('a folder is walked for .speech.md files, in name order, skipping dot-folders and node_modules', () => {
    const dir = folder({
      'b.speech.md': '在b会上的讲话\n',
      'sub/a.speech.md': '在a会上的讲话\n',
      'notes.md': '不是讲话稿\n',
      '.hidden/c.speech.md': '在c会上的讲话\n',
      'node_modules/d.speech.md': '在d会上的讲话\n',
    });
    const result = runCli(dir, 'outline', '.');
    expect(result.stdout).toBe('b.speech.md\n   1  在b会上的讲话  [标题]\n\nsub/a.speech.md\n   1  在a会上的讲话  [标题]\n');
  });

  it('one unreadable file is reported; the others still go through; exit 2', () => {
    const dir = folder({ 'a.speech.md': '在会议上的讲话\n' });
    const result = runCli(dir, 'outline', 'a.speech.md', 'missing.speech.md');
    expect(result.stdout).toContain('在会议上的讲话');
    expect(result.stderr).toBe('speech-writer: missing.speech.md: no such file\n');
    expect(result.status).toBe(2);
  });
});

describe('renumber', () => {
  const text = lines('在会议上的讲话', '二、甲', '（二）子', '（三）丑', '三、乙', '');
  const renumbered = lines('在会议上的讲话', '一、甲', '（一）子', '（二）丑', '二、乙', '');

  it('--check reports and changes nothing (exit 1), then renumber writes in place', () => {
    const dir = folder({ 'a.speech.md': text });
    expect(runCli(dir, 'renumber', '--check', 'a.speech.md')).toMatchObject({ status: 1, stdout: 'a.speech.md: 4 markers would be renumbered\n' });
    expect(readFileSync(join(dir, 'a.speech.md'), 'utf8')).toBe(text);
    expect(runCli(dir, 'renumber', 'a.speech.md')).toMatchObject({ status: 0, stdout: 'a.speech.md: renumbered 4 markers\n' });
    expect(readFileSync(join(dir, 'a.speech.md'), 'utf8')).toBe(renumbered);
    expect(runCli(dir, 'renumber', '--check', 'a.speech.md')).toMatchObject({ status: 0, stdout: 'a.speech.md: numbering in order\n' });
  });

  it('renumbers standard input to standard output', () => {
    expect(runIn(root, {}, text, 'renumber', '-').stdout).toBe(renumbered);
  });
});

describe('stats', () => {
  const speech = lines('在会议上的讲话', '同志们：', '今天开会。', '一、抓项目', '项目建设要快。', '（一）抓开工', '开工要早。', '谢谢大家！', '');

  // 36 字: the title 7, the opening 7 (同志们 今天开会), 一、 18 (its heading 4, 项目建设要快 6, （一） 8), the closing 4.
  it('字数 and speaking time of the whole text and of each part, figures first', () => {
    const dir = folder({ 'a.speech.md': speech });
    expect(runIn(dir, { LANG: 'zh_CN.UTF-8' }, undefined, 'stats', '--rate', '60', 'a.speech.md').stdout).toBe(
      [
        'a.speech.md（按每分钟 60 字）',
        '字数  讲话时长  页码  部分',
        '  36  约 36 秒     1  全文',
        '   7   约 7 秒     1  开场',
        '  18  约 18 秒     1  一、抓项目',
        '   8   约 8 秒     1    （一）抓开工',
        '   4   约 4 秒     1  结尾',
        '',
      ].join('\n'),
    );
  });

  it('a part printed over several pages shows where: first–last', () => {
    const table = runCli(root, 'stats', 'examples/sample.speech.md').stdout;
    expect(table.split('\n')[1]).toMatch(/^characters +speaking time +pages +section$/);
    expect(table).toMatch(/about 17 min 48 s +1–\d+ +whole text\n/);
  });

  it('--rate out of range is a usage error', () => {
    expect(runCli(root, 'stats', '--rate', '5', 'examples/sample.speech.md')).toMatchObject({ status: 2, stderr: 'speech-writer stats: option --rate needs a number of characters a minute from 30 to 600\n' });
  });

  it('--json for scripts', () => {
    const dir = folder({ 'a.speech.md': speech });
    const result = JSON.parse(runCli(dir, 'stats', '--json', 'a.speech.md').stdout);
    expect(result).toMatchObject({ path: 'a.speech.md', characters: 36, rate: 160, pages: 1 });
    expect(result.sections[1]).toMatchObject({ name: '一、抓项目', page: 1, pages: 1 });
    expect(result.sections.map((s: { name: string; characters: number }) => [s.name, s.characters])).toEqual([
      ['开场', 7],
      ['一、抓项目', 18],
      ['（一）抓开工', 8],
      ['结尾', 4],
    ]);
  });
});

describe('import', () => {
  const fixtures = join(root, 'tests/fixtures/import');

  it('a folder in a batch: each file reported, a summary, exit 1 when any failed, the good ones written', () => {
    const out = folder();
    const result = runCli(root, 'import', '--out-dir', out, fixtures);
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n').slice(-2)).toEqual(['imported 8, skipped 0, failed 7', '']);
    expect(result.stderr).toContain(`${join(fixtures, 'encrypted.docx')}: 文档设置了打开密码`);
    expect(readFileSync(join(out, 'numbered.speech.md'), 'utf8')).toBe(readFileSync(join(fixtures, 'numbered.speech.md'), 'utf8'));
    expect(existsSync(join(out, 'encrypted.speech.md'))).toBe(false);
  });

  it('never overwrites without --force', () => {
    const out = folder({ 'numbered.speech.md': '我的稿子\n' });
    const source = join(fixtures, 'numbered.docx');
    const skipped = runIn(root, { LANG: 'zh_CN.UTF-8' }, undefined, 'import', '--out-dir', out, source);
    expect(skipped.stderr).toBe(`${source}：跳过，${join(out, 'numbered.speech.md')} 已存在（--force 覆盖）\n`);
    expect(skipped.stdout).toBe('导入 0 个，跳过 1 个，失败 0 个\n');
    expect(skipped.status).toBe(0);
    expect(readFileSync(join(out, 'numbered.speech.md'), 'utf8')).toBe('我的稿子\n');
    expect(runCli(root, 'import', '--force', '--out-dir', out, source).status).toBe(0);
    expect(readFileSync(join(out, 'numbered.speech.md'), 'utf8')).toBe(readFileSync(join(fixtures, 'numbered.speech.md'), 'utf8'));
  });

  it('two sources of one name in a run: the second never replaces the first, even with --force; Word lock files are left alone', () => {
    const dir = folder({ 'a.txt': '在甲会议上的讲话\n', 'b/a.txt': '在乙会议上的讲话\n', '~$a.docx': 'lock' });
    const result = runCli(dir, 'import', '--force', '--out-dir', 'out', '.');
    expect(result.stdout).toBe('a.txt → out/a.speech.md\nimported 1, skipped 1, failed 0\n');
    expect(result.stderr).toBe('b/a.txt: skipped, out/a.speech.md was just written from another file of the same name\n');
    expect(readFileSync(join(dir, 'out/a.speech.md'), 'utf8')).toBe('在甲会议上的讲话\n');
  });

  it('writes NAME.speech.md beside the source by default', () => {
    const dir = folder({ '讲话.txt': iconv.encode('在会议上的讲话\n一、甲\n', 'gbk') });
    expect(runCli(dir, 'import', '讲话.txt')).toMatchObject({ status: 0, stdout: '讲话.txt → 讲话.speech.md\nimported 1, skipped 0, failed 0\n' });
    expect(readFileSync(join(dir, '讲话.speech.md'), 'utf8')).toBe('在会议上的讲话\n一、甲\n');
  });
});
