import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEdits,
  DiagnosticsCache,
  FIX_ALL_KIND,
  fixAllEdits,
  fixAllToFixedPoint,
  getCodeActions,
  getDiagnosticGroups,
  getDiagnostics,
  parse,
  placeDiagnostics,
  resolveOptions,
  type TextEdit,
} from '../../server/src/service';
import { composeEdits } from '../../server/src/service/edits';
import { formatChineseNumeral } from '../../server/src/service/numerals';
import { lines } from '../helpers';

const edit = fc
  .record({ start: fc.nat(30), length: fc.nat(4), newText: fc.constantFrom('', '，', '一、', 'ab') })
  .map(({ start, length, newText }): TextEdit => ({ start, end: start + length, newText }));

const actions = (text: string, at: number, only?: string[]) => getCodeActions(getDiagnostics(parse(text), resolveOptions()), { start: at, end: at }, only);

describe('code actions', () => {
  const text = lines('在会议上的讲话', '同志们:', '下面,我讲三点意见。', '一.甲', '（一）、子', '（二）丑', '二、乙', '1 是抓落实。2 是抓督查。', '四、丙');

  it('offers the quick fixes of the diagnostics at the position, preferred where obvious', () => {
    const at = text.indexOf('一.') + 1;
    expect(actions(text, at).map((a) => [a.title, a.kind, a.isPreferred])).toEqual([['改为“、”', 'quickfix', true]]);
    const gap = actions(text, text.indexOf('四、'));
    expect(gap.map((a) => a.title)).toEqual(['重新编号：四、→三、']);
    expect(applyEdits(text, gap[0].edits)).toBe(text.replace('四、丙', '三、丙'));
  });

  it('applies every safe fix with source.fixAll.speech and leaves the rest', () => {
    const [fixAll] = actions(text, 0, ['source']);
    expect(fixAll.kind).toBe(FIX_ALL_KIND);
    expect(applyEdits(text, fixAll.edits)).toBe(
      lines('在会议上的讲话', '同志们：', '下面，我讲三点意见。', '一、甲', '（一）子', '（二）丑', '二、乙', '一是抓落实。二是抓督查。', '四、丙'),
    );
  });

  it('honours the requested kinds', () => {
    expect(actions(text, text.indexOf('一.') + 1, ['source.fixAll'])).toHaveLength(1);
    expect(actions(text, text.indexOf('一.') + 1, ['refactor'])).toEqual([]);
  });

  it('fix-all merges fixes that touch the same text once', () => {
    const diagnostics = getDiagnostics(parse('(一)甲,乙'), resolveOptions());
    expect(applyEdits('(一)甲,乙', fixAllEdits(diagnostics))).toBe('（一）甲，乙');
  });
});

describe('fix-all to the fixed point', () => {
  const options = resolveOptions();
  const fixAllOnce = (text: string) => {
    const model = parse(text);
    return applyEdits(text, fixAllToFixedPoint(model, options));
  };

  it('fixes what one fix uncovers, in one request, so a second request has nothing left to do', () => {
    // Each 第N， goes on from the item before it: fixing 第三， makes 第四， the next mix, and so on.
    const text = '一是甲。二是乙。第三，丙。第四，丁。第五，戊。';
    expect(applyEdits(text, fixAllEdits(getDiagnostics(parse(text), options)))).toBe('一是甲。二是乙。三是丙。第四，丁。第五，戊。');
    const fixed = fixAllOnce(text);
    expect(fixed).toBe('一是甲。二是乙。三是丙。四是丁。五是戊。');
    expect(fixAllToFixedPoint(parse(fixed), options)).toEqual([]);
  });

  it('gives edits on the original text that do the same as the rounds one after another', () => {
    const text = lines('同志们:', '一是甲,乙。二是丙。第三,丁。第四:戊。', '(一)子', '（二）丑');
    const fixed = fixAllOnce(text);
    expect(fixed).toBe(lines('同志们：', '一是甲，乙。二是丙。三是丁。四是戊。', '（一）子', '（二）丑'));
    expect(fixAllToFixedPoint(parse(fixed), options)).toEqual([]);
  });

  it('composeEdits: two rounds of edits as one set on the first text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.array(edit, { maxLength: 6 }), fc.array(edit, { maxLength: 6 }), (text, a, b) => {
        const first = nonOverlapping(a, text.length);
        const middle = applyEdits(text, first);
        const second = nonOverlapping(b, middle.length);
        const after = applyEdits(middle, second);
        const composed = composeEdits(first, second, after);
        expect(applyEdits(text, composed)).toBe(after);
        composed.forEach((e, i) => i && expect(e.start).toBeGreaterThan(composed[i - 1].end));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('renumbering fixes share one edit list per sequence', () => {
  const text = lines('在会议上的讲话', ...Array.from({ length: 1000 }, (_, i) => `一、第${i}部分`));
  const diagnostics = getDiagnostics(parse(text), resolveOptions());

  it('1,000 headings all written 一、 carry one list of 999 edits, not 999 lists', () => {
    expect(diagnostics).toHaveLength(999);
    const lists = new Set(diagnostics.map((d) => d.fixes[0].edits));
    expect(lists.size).toBe(1);
    expect([...lists][0]).toHaveLength(999);
    expect(diagnostics[5].fixes[0].title).toBe('重新编号：一、→七、');
  });

  it('a request over the whole document answers one action for them, with the edits once', () => {
    const all = getCodeActions(diagnostics, { start: 0, end: text.length });
    expect(all).toHaveLength(1);
    expect(all[0].diagnostics).toHaveLength(999);
    expect(applyEdits(text, all[0].edits)).toBe(lines('在会议上的讲话', ...Array.from({ length: 1000 }, (_, i) => `${formatChineseNumeral(i + 1)}、第${i}部分`)));
  });

  it('stay shared when a speech moved by an edit before it is placed', () => {
    const two = lines('第一篇：甲', '一、甲', '第二篇：乙', '一、乙', '一、丙', '一、丁');
    const cache = new DiagnosticsCache(resolveOptions());
    getDiagnosticGroups(parse(two), cache.options, cache);
    const moved = placeDiagnostics(getDiagnosticGroups(parse('前言\n' + two), cache.options, cache));
    expect(new Set(moved.map((d) => d.fixes[0].edits)).size).toBe(1);
  });
});

/** Edits kept in order and apart, within a text of `length`. */
function nonOverlapping(edits: TextEdit[], length: number): TextEdit[] {
  const kept: TextEdit[] = [];
  for (const e of [...edits].map((e) => ({ ...e, start: Math.min(e.start, length), end: Math.min(e.end, length) })).sort((x, y) => x.start - y.start)) {
    if (!kept.length || e.start > kept[kept.length - 1].end) kept.push(e);
  }
  return kept;
}
