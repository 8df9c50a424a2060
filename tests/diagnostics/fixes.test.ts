import { describe, expect, it } from 'vitest';
import { applyEdits, FIX_ALL_KIND, fixAllEdits, getCodeActions, getDiagnostics, parse, resolveOptions } from '../../server/src/service';
import { lines } from '../helpers';

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
