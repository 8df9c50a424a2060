import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lines, runCli as run } from '../helpers';

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'speech-check-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const defective = lines('在会议上的讲话', '同志们:', '一、甲', '完成XX万元。1 是抓落实。', '三、乙');

describe('speech-writer check', () => {
  it('prints file:line:col severity code message, a summary, and exits 1 when an error remains', () => {
    const dir = workspace({ 'a.speech.md': defective, 'clean.speech.md': lines('在会议上的讲话', '一、甲') });
    const result = run(dir, 'check', 'a.speech.md', 'clean.speech.md');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(
      [
        'a.speech.md:2:4 warning halfwidth-punctuation 中文中应使用全角标点：半角“:”应为“：” [fixable]',
        'a.speech.md:4:3 warning placeholder 占位符“XX”未替换：请填入实际内容',
        'a.speech.md:4:8 warning digit-in-idiom 固定用语应使用汉字数字：“1 是”应为“一是” [fixable]',
        'a.speech.md:5:1 error numbering-gap 编号不连续：缺少“二、”',
        '',
        '4 problems (1 error, 3 warnings), 2 fixable with --fix',
        '',
      ].join('\n'),
    );
    expect(run(dir, 'check', 'clean.speech.md')).toMatchObject({ status: 0, stdout: 'no problems\n' });
  });

  it('exits 0 with warnings only, and with --exit-zero', () => {
    const dir = workspace({ 'w.speech.md': '完成XX万元。', 'e.speech.md': defective });
    expect(run(dir, 'check', 'w.speech.md').status).toBe(0);
    expect(run(dir, 'check', '--exit-zero', 'e.speech.md').status).toBe(0);
  });

  it('prints JSON', () => {
    const dir = workspace({ 'a.speech.md': defective });
    const problems = JSON.parse(run(dir, 'check', '--format', 'json', 'a.speech.md').stdout);
    expect(problems[3]).toEqual({ file: 'a.speech.md', line: 5, column: 1, endLine: 5, endColumn: 3, severity: 'error', code: 'numbering-gap', message: '编号不连续：缺少“二、”', fixable: false });
  });

  it('prints SARIF 2.1.0 with the rules and UTF-16 columns', () => {
    const dir = workspace({ 'a.speech.md': defective });
    const sarif = JSON.parse(run(dir, 'check', '--format=sarif', 'a.speech.md').stdout);
    expect(sarif.version).toBe('2.1.0');
    const [runData] = sarif.runs;
    expect(runData.columnKind).toBe('utf16CodeUnits');
    expect(runData.tool.driver.rules.map((r: { id: string }) => r.id)).toContain('count-mismatch');
    expect(runData.results[3]).toEqual({
      ruleId: 'numbering-gap',
      level: 'error',
      message: { text: '编号不连续：缺少“二、”' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'a.speech.md' }, region: { startLine: 5, startColumn: 1, endLine: 5, endColumn: 3 } } }],
    });
  });

  it('--fix applies the safe fixes in place and reports what remains', () => {
    const dir = workspace({ 'a.speech.md': defective });
    const result = run(dir, 'check', '--fix', 'a.speech.md');
    expect(readFileSync(join(dir, 'a.speech.md'), 'utf8')).toBe(lines('在会议上的讲话', '同志们：', '一、甲', '完成XX万元。一是抓落实。', '三、乙'));
    expect(result.stdout).toContain('2 problems (1 error, 1 warning), 2 fixed');
    expect(result.status).toBe(1);
  });

  it('never writes without --fix', () => {
    const dir = workspace({ 'a.speech.md': defective });
    run(dir, 'check', 'a.speech.md');
    expect(readFileSync(join(dir, 'a.speech.md'), 'utf8')).toBe(defective);
  });

  it('applies the nearest .speechrc.json, and reports a malformed one without stopping', () => {
    const dir = workspace({ 'a.speech.md': defective, '.speechrc.json': '{ "diagnostics": { "numbering-gap": "off", "placeholder": "error" } }' });
    const result = run(dir, 'check', '--format', 'json', 'a.speech.md');
    expect(JSON.parse(result.stdout).map((p: { code: string; severity: string }) => `${p.code}:${p.severity}`)).toEqual([
      'halfwidth-punctuation:warning',
      'placeholder:error',
      'digit-in-idiom:warning',
    ]);
    const broken = workspace({ 'a.speech.md': defective, '.speechrc.json': '{ "diagnostics": ' });
    const out = run(broken, 'check', 'a.speech.md');
    expect(out.stdout.split('\n')[0]).toMatch(/\.speechrc\.json:1:\d+ error speechrc \.speechrc\.json 不是有效的 JSON/);
    expect(out.stdout).toContain('numbering-gap');
    expect(out.status).toBe(1);
    // The same problem in the machine formats: a point in JSON, one character wide in SARIF.
    const column = Number(/\.speechrc\.json:1:(\d+)/.exec(out.stdout)![1]);
    const [json] = JSON.parse(run(broken, 'check', '--format', 'json', 'a.speech.md').stdout);
    expect(json).toMatchObject({ code: 'speechrc', severity: 'error', line: 1, column, endLine: 1, endColumn: column });
    const [sarif] = JSON.parse(run(broken, 'check', '--format', 'sarif', 'a.speech.md').stdout).runs[0].results;
    expect(sarif).toMatchObject({ ruleId: 'speechrc', level: 'error', locations: [{ physicalLocation: { region: { startLine: 1, startColumn: column, endLine: 1, endColumn: column + 1 } } }] });
  });

  it('refuses bad options', () => {
    const dir = workspace({ 'a.speech.md': defective });
    expect(run(dir, 'check', '--format', 'xml', 'a.speech.md')).toMatchObject({ status: 2, stderr: expect.stringContaining('option --format needs one of: text, json, sarif') });
    expect(run(dir, 'check', '--fix=yes', 'a.speech.md').stderr).toContain('option --fix takes no value');
  });
});
