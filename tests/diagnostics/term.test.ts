import { describe, expect, it } from 'vitest';
import { parseSpeechrc, type SpeechConfig } from '../../server/src/service';
import { lines } from '../helpers';
import { afterFix, diagnose, found } from './helpers';

const speechrc = (json: string): SpeechConfig => {
  const { config, problems } = parseSpeechrc(json);
  expect(problems).toEqual([]);
  return config;
};

describe('term', () => {
  const config = speechrc(`{
    // the office's own forms
    "terms": [
      { "wrong": "青川县委", "right": "中共青川县委", "note": "首次出现用全称" },
      { "wrong": "脱贫攻坚(?!成果)", "right": "巩固拓展脱贫攻坚成果", "note": "2021 年后的提法" }
    ]
  }`);

  it('reports each wrong form with the right one and the note', () => {
    const text = '青川县委要求，持续推进脱贫攻坚，巩固拓展脱贫攻坚成果。';
    expect(found(text, 'term', config)).toEqual(['term 「青川县委」', 'term 「脱贫攻坚」']);
    expect(diagnose(text, config).find((d) => d.code === 'term')!.message).toBe('本单位用语：“青川县委”应为“中共青川县委”（首次出现用全称）');
  });

  it('does not report the right form that holds the wrong one, so the fix is final', () => {
    const text = '中共青川县委要求。';
    expect(found(text, 'term', config)).toEqual([]);
    const fixed = afterFix('青川县委要求。', 'term', 0, config);
    expect(fixed).toBe('中共青川县委要求。');
    expect(found(fixed, 'term', config)).toEqual([]);
  });

  it('a word goes into fix-all, a pattern does not', () => {
    const [word, pattern] = diagnose('青川县委推进脱贫攻坚。', config).filter((d) => d.code === 'term');
    expect([word.fixes[0].safe, pattern.fixes[0].safe]).toEqual([true, false]);
  });

  it('reads "terms" leniently and refuses patterns that can backtrack without bound', () => {
    const { config: read, problems } = parseSpeechrc('{ "terms": [{ "wrong": "甲" }, { "wrong": "(a+)+$", "right": "b" }, { "wrong": "乙", "right": "丙" }] }');
    expect(read.terms).toEqual([{ wrong: '乙', right: '丙' }]);
    expect(problems.map((p) => p.message)).toEqual([
      '“terms”的每一项应是 {"wrong": "…", "right": "…", "note": "…"}（note 可省略）',
      expect.stringMatching(/^“terms”中的正则表达式 \(a\+\)\+\$ 未采用：/),
    ]);
    expect(parseSpeechrc('{ "terms": {} }').problems[0].message).toMatch(/^“terms”应是数组/);
  });
});

describe('allow and disable comments, for every check', () => {
  it('"allow" silences what lies inside an allowed word', () => {
    const config = speechrc('{ "allow": ["按步就班组", "二0二五"] }');
    expect(found('按步就班组成立于二0二五年。', undefined, config)).toEqual([]);
    expect(found('不能按步就班。', undefined, config)).toEqual(['wrong-word 「按步就班」']);
  });

  it('a disable comment silences the new checks as the others', () => {
    const text = lines('<!-- speech-disable wrong-word repeated-word -->', '再接再励，，', '<!-- speech-enable -->', '再接再励');
    expect(found(text)).toEqual(['wrong-word 「再接再励」']);
  });
});
