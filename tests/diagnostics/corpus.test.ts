import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../server/src/service';
import { fixture, root } from '../helpers';
import { diagnose } from './helpers';

/** Diagnostics in the golden format of tests/golden/DIAGNOSTICS.md. */
function golden(text: string): string {
  const model = parse(text);
  return diagnose(text)
    .map((d) => {
      const { line, character } = model.lines.positionAt(d.start);
      return `${String(line + 1).padStart(4)}:${String(character + 1).padStart(2)}  ${d.code}  「${text.slice(d.start, d.end)}」\n`;
    })
    .join('');
}

describe('golden diagnostics of the real corpus (written by hand, see tests/golden/DIAGNOSTICS.md)', () => {
  it.each(['000', '001', '002', '003', '004'])('%s', (name) => {
    const expected = readFileSync(join(root, 'tests/golden', `${name}.diagnostics.txt`), 'utf8');
    expect(golden(fixture(`corpus/${name}.speech.md`))).toBe(expected);
  });

  it('includes the real defects named in the corpus README', () => {
    const codes = (name: string) => new Set(diagnose(fixture(`corpus/${name}.speech.md`)).map((d) => d.code));
    expect(codes('001')).toEqual(new Set(['template-residue', 'placeholder', 'count-mismatch', 'digit-in-idiom', 'halfwidth-punctuation', 'unpaired-mark']));
    expect(codes('002')).toContain('halfwidth-punctuation');
    expect(codes('003')).toEqual(new Set(['template-residue', 'placeholder']));
    const mismatches = diagnose(fixture('corpus/001.speech.md')).filter((d) => d.code === 'count-mismatch').map((d) => d.message);
    expect(mismatches).toEqual(['开头说“三个方面”，实际有一个', '这里说“四个方面”，实际有一个']);
  });
});

describe('no false alarm on clean text', () => {
  it('the proofreading checks find only the two quotations left open in 001, checked by hand, in every real and clean text', () => {
    const PROOFREADING = new Set(['wrong-word', 'unpaired-mark', 'repeated-word', 'number-form', 'term']);
    const names = readdirSync(join(root, 'tests/fixtures')).flatMap((dir) => (dir === 'corpus' || dir === 'clean' || dir === 'external' ? readdirSync(join(root, 'tests/fixtures', dir)).filter((f) => f.endsWith('.speech.md')).map((f) => `${dir}/${f}`) : []));
    expect(names.length).toBeGreaterThanOrEqual(13);
    const found = names.flatMap((name) => {
      const text = fixture(name);
      return diagnose(text).filter((d) => PROOFREADING.has(d.code)).map((d) => `${name} ${d.code} ${text.slice(d.start - 6, d.end)}`);
    });
    // 001 line 11: the paragraph breaks off after “公共卫生服务; line 69: “干事业要有钉钉子精神。 never closes.
    expect(found).toEqual(['corpus/001.speech.md unpaired-mark 建成全市首家“', 'corpus/001.speech.md unpaired-mark 近平总书记讲“']);
  });

  it.each(['clean/clean-1', 'clean/clean-2'])('%s (written for the tests, full of look-alikes)', (name) => {
    expect(golden(fixture(`${name}.speech.md`))).toBe('');
  });

  it.each([
    ['01-ningxia-2026-gov-report', ['template-residue']],
    ['02-zhejiang-2026-gov-report', ['template-residue', 'template-residue']],
    ['03-neimenggu-2026-gov-report', ['template-residue', 'template-residue', 'template-residue']],
    ['04-cpc-19th-congress-report', []],
    ['05-xi-deep-poverty-speech', ['template-residue', 'template-residue']],
    ['06-guangdong-2026-gov-report', []],
  ])('%s: only the residue lines SOURCES.md allows', (name, codes) => {
    expect(diagnose(fixture(`external/${name}.speech.md`)).map((d) => d.code)).toEqual(codes);
  });

  it('the sample raises exactly its two deliberate defects', () => {
    const text = readFileSync(join(root, 'examples/sample.speech.md'), 'utf8');
    expect(diagnose(text).map((d) => `${d.code} ${text.slice(d.start, d.end)}`)).toEqual(['placeholder XX', 'wrong-word 推委扯皮']);
  });
});

describe('diagnostics cached per speech', () => {
  it('give the same result as checking the whole document, before and after an edit', async () => {
    const { DiagnosticsCache, getDiagnostics, resolveOptions } = await import('../../server/src/service');
    const options = resolveOptions();
    const cache = new DiagnosticsCache(options);
    const text = fixture('corpus/001.speech.md');
    // Key order is not part of the result: compare with keys sorted at every level.
    const canonical = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(canonical)
        : value && typeof value === 'object'
          ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]))
          : value;
    const strip = (ds: ReturnType<typeof diagnose>) => JSON.stringify(canonical(ds));
    const before = parse(text);
    const first = getDiagnostics(before, options, cache);
    expect(strip(first)).toBe(strip(getDiagnostics(parse(text), options)));
    // Edit the second speech: lines are added above the rest, which move; only that speech is checked again.
    const edited = text.replace('区委常委全体会议上的讲话\n', '区委常委全体会议上的讲话\n新增一行，完成XX万元。\n三是多出来的。\n');
    const after = parse(edited, before);
    const second = getDiagnostics(after, options, cache);
    expect(strip(second)).toBe(strip(getDiagnostics(parse(edited), options)));
    expect(second.some((d) => d.code === 'placeholder' && edited.slice(d.start, d.end) === 'XX')).toBe(true);
    // The first speech, before the edit, was not checked again: its diagnostics are the very same objects.
    const inFirstSpeech = (ds: typeof first) => ds.filter((d) => d.start < before.speeches[0].end);
    expect(inFirstSpeech(first).length).toBeGreaterThan(0);
    expect(inFirstSpeech(second)).toHaveLength(inFirstSpeech(first).length);
    inFirstSpeech(second).forEach((d, i) => expect(d).toBe(inFirstSpeech(first)[i]));
  });
});
