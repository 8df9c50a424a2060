import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getDiagnostics, getDocumentSymbols, getFoldingRanges, parse, resolveOptions, resolvePreset, type DocumentSymbol, type Range } from '../../server/src/service';
import { speechLike } from '../fuzz/arbitraries';
import { fixture, lines } from '../helpers';

const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const contains = (outer: Range, inner: Range) => before(outer.start, inner.start) && before(inner.end, outer.end);

/** Checks the invariants VS Code relies on: selection inside range, children inside parents, in order. */
function checkSymbols(symbols: DocumentSymbol[], parent?: DocumentSymbol): void {
  for (const s of symbols) {
    expect(s.name.trim()).not.toBe('');
    expect(contains(s.range, s.selectionRange)).toBe(true);
    if (parent) expect(contains(parent.range, s.range)).toBe(true);
    checkSymbols(s.children, s);
  }
}

describe('the parser never throws', () => {
  it('on arbitrary and speech-like text, and its outline keeps the LSP invariants', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), speechLike), (text) => {
        const model = parse(text);
        checkSymbols(getDocumentSymbols(model));
        for (const range of getFoldingRanges(model)) expect(range.endLine).toBeGreaterThan(range.startLine);
      }),
      { numRuns: 1500 },
    );
  });

  it('on CRLF, CR, a BOM, lone surrogates and a 100 KB line', () => {
    for (const text of [
      '\uFEFF一、甲\r\n（一）乙\r\n一是丙。',
      '一、甲\r（一）乙\r一是丙。',
      '一、\uD800甲\n\uDC00（一）乙',
      '一、' + '很长的一行，'.repeat(17_000),
      '\u0000\u0001\u0002PK\u0003\u0004',
      '',
    ]) {
      expect(() => checkSymbols(getDocumentSymbols(parse(text)))).not.toThrow();
    }
  });

  it('gives the same structure for \\n, \\r\\n and \\r line ends', () => {
    const text = fixture('corpus/001.speech.md');
    const shape = (t: string) => JSON.stringify(getDocumentSymbols(parse(t)).map(function strip(s): unknown {
      return [s.name, s.detail, s.selectionRange.start.line, s.children.map(strip)];
    }));
    expect(shape(text.replace(/\n/g, '\r\n'))).toBe(shape(text));
    expect(shape(text.replace(/\n/g, '\r'))).toBe(shape(text));
  });

  it('counts positions in UTF-16 code units', () => {
    const text = lines('𠀀𠀁标题讲话', '一、𠀀甲。正文');
    const [title] = getDocumentSymbols(parse(text));
    expect(title.selectionRange.end).toEqual({ line: 0, character: 8 });
    expect(title.children[0].selectionRange).toEqual({ start: { line: 1, character: 0 }, end: { line: 1, character: 5 } });
  });
});

describe('more than a call stack of findings or items', () => {
  // push(...list) passes one argument per element: past ~125,000 it throws RangeError (issue 17).
  const options = resolveOptions();
  it('130,000 half-width commas are all reported, not a crash', () => {
    const text = '一、关于工作\n' + '好,'.repeat(130_000);
    const found = getDiagnostics(parse(text), options).filter((d) => d.code === 'halfwidth-punctuation');
    expect(found.length).toBe(130_000);
  });
  it('one paragraph of 130,000 一是… items parses', () => {
    const text = '一、关于工作\n' + '一是抓落实。'.repeat(130_000);
    expect(() => getDiagnostics(parse(text), options)).not.toThrow();
  });
});

describe('outline names', () => {
  // VS Code rejects the whole outline, breadcrumbs and Go to Symbol when one symbol has an empty name.
  it('are never empty, for headings that start with a sentence mark or hold only spaces', () => {
    const text = lines('# 讲话', '## ：', '### 。（一）稳住', '一是 。', '#### 　', '正文。');
    const names: string[] = [];
    const visit = (symbols: DocumentSymbol[]) => symbols.forEach((s) => (names.push(s.name), visit(s.children)));
    visit(getDocumentSymbols(parse(text)));
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const name of names) expect(name.trim()).not.toBe('');
  });
});

describe('the export of a paragraph of 140,000 runs', () => {
  // Each dash beside a Latin letter is a run of its own: push(...runs) overflowed the stack.
  it('is written, not a RangeError', async () => {
    const { speechToDocx } = await import('../../server/src/export');
    const docx = await speechToDocx(parse('一、关于工作\n' + 'a—'.repeat(70_000)), resolvePreset([]));
    expect(docx.length).toBeGreaterThan(1000);
  }, 120_000);
});
