import { describe, expect, it } from 'vitest';
import { configFromSettings, EMPTY_CONFIG, parseSpeechrc } from '../../server/src/service';
import { lines } from '../helpers';
import { diagnose } from './helpers';

describe('severities', () => {
  const text = lines('一、甲', '三、乙', '完成XX万元。');

  it('come from the rules by default', () => {
    expect(diagnose(text).map((d) => [d.code, d.severity])).toEqual([
      ['numbering-gap', 'error'],
      ['placeholder', 'warning'],
    ]);
  });

  it('are set by VS Code settings, and .speechrc.json wins over them', () => {
    const settings = configFromSettings({ placeholder: 'error', 'numbering-gap': 'off', bogus: 'error', 'count-mismatch': 'loud' });
    expect(diagnose(text, settings).map((d) => [d.code, d.severity])).toEqual([['placeholder', 'error']]);
    const rc = parseSpeechrc('{ "diagnostics": { "placeholder": "hint" } }').config;
    expect(diagnose(text, settings, rc).map((d) => [d.code, d.severity])).toEqual([['placeholder', 'hint']]);
  });
});

describe('.speechrc.json', () => {
  it('reads severities, extra patterns and real words, with comments allowed', () => {
    const { config, problems } = parseSpeechrc(`{
      // office conventions
      "$schema": "./schema.json",
      "diagnostics": { "halfwidth-punctuation": "off" },
      "placeholders": ["〔待填〕"],
      "residue": ["文库"],
      "notPlaceholders": ["X光片"],
    }`);
    expect(problems).toEqual([]);
    expect(config).toEqual({ severities: { 'halfwidth-punctuation': 'off' }, placeholders: ['〔待填〕'], residue: ['文库'], notPlaceholders: ['X光片'] });
  });

  it('reports a file that does not parse, once, and gives the defaults', () => {
    const text = '{ "diagnostics": { "placeholder": "error" ';
    const { config, problems } = parseSpeechrc(text);
    expect(config).toEqual(EMPTY_CONFIG);
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(/^\.speechrc\.json 不是有效的 JSON（\w+），已改用默认设置$/);
  });

  it('reports unknown keys, codes, severities and bad patterns where they stand, keeping the valid parts', () => {
    const text = '{ "diagnostics": { "placeholder": "loud", "nonsense": "off", "numbering-gap": "warning" }, "placeholders": ["("], "colour": 1 }';
    const { config, problems } = parseSpeechrc(text);
    expect(config.severities).toEqual({ 'numbering-gap': 'warning' });
    expect(problems.map((p) => text.slice(p.start, p.end))).toEqual(['"placeholder"', '"nonsense"', '"placeholders"', '"colour"']);
    expect(problems[0].message).toBe('“placeholder”的级别应为 off | hint | information | warning | error');
  });
});

describe('speech-disable comments', () => {
  it('turn checks off for a stretch, for all codes or the named ones', () => {
    const text = lines('完成XX万元。', '<!-- speech-disable placeholder -->', '完成XX万元。', '一是甲。三是乙。', '<!-- speech-enable -->', '完成XX万元。');
    expect(diagnose(text).map((d) => `${d.code}@${text.slice(0, d.start).split('\n').length}`)).toEqual(['placeholder@1', 'numbering-gap@4', 'placeholder@6']);
    const all = lines('<!-- speech-disable -->', '完成XX万元。', '一是甲。三是乙。');
    expect(diagnose(all)).toEqual([]);
  });

  it('turn checks off for the next line', () => {
    const text = lines('<!-- speech-disable-next-line -->', '完成XX万元。', '完成XX万元。', '<!-- speech-disable-next-line numbering-gap -->', '完成XX万元。');
    expect(diagnose(text).map((d) => text.slice(0, d.start).split('\n').length)).toEqual([3, 5]);
  });
});
