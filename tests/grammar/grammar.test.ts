// The TextMate grammar (syntaxes/speech.tmLanguage.json) checked with vscode-tmgrammar-test:
// the fixtures in this folder carry scope assertions (see README.md here).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const here = join(root, 'tests', 'grammar');
const SPEECH = 'syntaxes/speech.tmLanguage.json';
const MARKDOWN = 'tests/grammar/vendor/markdown.tmLanguage.json';

/** Runs the tool from the repository root; `globs` are fixture patterns the tool expands itself. */
function tmgrammarTest(grammars: string[], globs: string[]) {
  // node_modules/.bin/vscode-tmgrammar-test is a shell shim on Windows: run its script with node there.
  const [command, prefix] =
    process.platform === 'win32'
      ? [process.execPath, [join(root, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js')]]
      : [join(root, 'node_modules', '.bin', 'vscode-tmgrammar-test'), []];
  const args = [...prefix, ...grammars.flatMap((g) => ['-g', g]), ...globs];
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  const output = `$ vscode-tmgrammar-test ${args.slice(prefix.length).join(' ')}\n${result.stdout}\n${result.stderr}${result.error ? `\n${result.error}` : ''}`;
  return { status: result.status, stdout: result.stdout, output };
}

const fixtures = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.test.speech.md'))
    .map((f) => join(dir, f));

/** Assertion lines: `<!--` then `^` marks or a `<~~--` arrow. */
const ASSERTION = /^<!--\s*(?:\^|<~*-)/;
const assertionsIn = (file: string) => readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => ASSERTION.test(l));

const withMarkdown = fixtures(here);
const withoutMarkdown = fixtures(join(here, 'standalone'));

describe('speech grammar (vscode-tmgrammar-test)', () => {
  it('passes every fixture with VS Code’s Markdown grammar underneath', () => {
    const run = tmgrammarTest([SPEECH, MARKDOWN], ['tests/grammar/*.test.speech.md']);
    expect(run.status, run.output).toBe(0);
    for (const file of withMarkdown) expect(run.stdout, run.output).toContain(`✓ ${relative(root, file)} run successfuly`);
    const count = withMarkdown.reduce((n, f) => n + assertionsIn(f).length, 0);
    console.log(`grammar fixtures with Markdown: ${withMarkdown.length} files, ${count} assertions passed`);
  });

  it('still scopes speech structure when text.html.markdown is not available', () => {
    const run = tmgrammarTest([SPEECH], ['tests/grammar/standalone/*.test.speech.md']);
    expect(run.status, run.output).toBe(0);
    for (const file of withoutMarkdown) expect(run.stdout, run.output).toContain(`✓ ${relative(root, file)} run successfuly`);
    const count = withoutMarkdown.reduce((n, f) => n + assertionsIn(f).length, 0);
    console.log(`grammar fixtures without Markdown: ${withoutMarkdown.length} files, ${count} assertions passed`);
  });

  it('reports a wrong assertion (the harness can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'speech-grammar-'));
    try {
      const file = join(dir, 'wrong.test.speech.md');
      // X光 is not a placeholder, so this assertion must fail.
      writeFileSync(file, ['<!-- SYNTAX TEST "text.speech" "must fail"', 'X光片', '<!--<- invalid.illegal.placeholder.speech', ''].join('\n'));
      const run = tmgrammarTest([SPEECH, MARKDOWN], [file]);
      expect(run.status, run.output).not.toBe(0);
      expect(run.stdout, run.output).toContain('missing required scopes: invalid.illegal.placeholder.speech');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('covers every speech scope and asserts the look-alikes do not get them', () => {
    const all = [...withMarkdown, ...withoutMarkdown].map((f) => readFileSync(f, 'utf8')).join('\n');
    const positive = all.split('\n').filter((l) => ASSERTION.test(l)).map((l) => l.split(' - ')[0]);
    for (const scope of [
      'keyword.other.marker.level1.speech',
      'keyword.other.marker.level2.speech',
      'keyword.other.marker.level3.speech',
      'keyword.other.marker.level4.speech',
      'markup.heading.speech',
      'keyword.control.enumeration.speech',
      'invalid.illegal.placeholder.speech',
      'markup.heading.title.speech',
      'entity.name.tag.salutation.speech',
      'markup.quote.speech',
      'entity.name.class.book-title.speech',
    ]) {
      expect(positive.some((l) => l.includes(scope)), `no positive assertion of ${scope}`).toBe(true);
    }
    const lookalikes = readFileSync(join(here, 'lookalikes.test.speech.md'), 'utf8').split(/\r?\n/);
    for (const word of ['X光', '1.5亿元', '第一书记', '2025年', '3×4', '二〇〇五年', '“415X”', 'X射线', 'GDP', '5G', '第三方', '第一责任人', '第一次是']) {
      const at = lookalikes.findIndex((l) => !ASSERTION.test(l) && l.includes(word));
      expect(at, `no look-alike line with ${word}`).toBeGreaterThan(0);
      const below: string[] = [];
      for (const l of lookalikes.slice(at + 1)) {
        if (!ASSERTION.test(l)) break;
        below.push(l);
      }
      expect(below.some((l) => l.includes(' - ')), `no negative assertion under ${word}`).toBe(true);
    }
  });

  it('keeps the error colour for placeholders only: no other speech scope is invalid or a string', () => {
    // Themes colour strings red or salmon (Light+ #a31515), like errors: quoted speech text must not look wrong.
    const names = [...readFileSync(join(root, SPEECH), 'utf8').matchAll(/"name": "([^"]+)"/g)].map((m) => m[1]);
    const errorLike = names.filter((name) => /^(invalid|string)\b/.test(name));
    expect(errorLike.length).toBeGreaterThan(0);
    expect(new Set(errorLike)).toEqual(new Set(['invalid.illegal.placeholder.speech']));
  });

  it('is valid JSON with the text.speech scope and the shipped scopes', () => {
    const grammar = JSON.parse(readFileSync(join(root, SPEECH), 'utf8'));
    expect(grammar.scopeName).toBe('text.speech');
    expect(grammar.patterns).toContainEqual({ include: 'text.html.markdown' });
    expect(typeof grammar.comment).toBe('string');
  });
});
