// The registry of checks: every rule has a check and a documented section; overlaps follow the declared precedence.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG, RULES, ruleAnchor, type SpeechConfig } from '../../server/src/service';
import { CHECKS } from '../../server/src/service/diagnostics/checks';
import { lines, root } from '../helpers';
import { found } from './helpers';

const off = (...codes: string[]): SpeechConfig => ({ ...EMPTY_CONFIG, severities: Object.fromEntries(codes.map((c) => [c, 'off'])) });

describe('registered checks', () => {
  it('every rule is reported by exactly one check', () => {
    const reported = CHECKS.flatMap((c) => c.rules);
    expect([...reported].sort()).toEqual(RULES.map((r) => r.code).sort());
  });

  it('every rule has a section in docs/rules.md, its anchor', () => {
    const docs = readFileSync(join(root, 'docs/rules.md'), 'utf8');
    for (const rule of RULES) {
      const [file, anchor] = ruleAnchor(rule.code).split('#');
      expect(file).toBe('docs/rules.md');
      // GitHub and VS Code make the anchor from the heading text: the code itself.
      expect(docs).toMatch(new RegExp(`^## ${anchor}$`, 'm'));
    }
  });
});

describe('precedence where two rules report one place', () => {
  it('a wrong mark after a marker is marker-punctuation, not half-width too', () => {
    expect(found('一,总体要求')).toEqual(['marker-punctuation 「,」']);
  });

  it('with marker-punctuation off, the half-width mark is still reported (it was reported by nothing)', () => {
    expect(found('一,总体要求', undefined, off('marker-punctuation'))).toEqual(['halfwidth-punctuation 「,」']);
  });

  it('a half-width (二) among （一）（三） is mixed-numbering-style; with that rule off, it is half-width', () => {
    const text = lines('（一）子', '(二)丑', '（三）寅');
    expect(found(text)).toEqual(['mixed-numbering-style 「(二)」']);
    expect(found(text, undefined, off('mixed-numbering-style'))).toEqual(['halfwidth-punctuation 「(二)」']);
  });

  it('a list that goes on in another family is a mix, never a gap, whether or not the mix is reported', () => {
    const text = '一是抓落实。二是抓督查。第三，抓考核。';
    expect(found(text)).toEqual(['mixed-numbering-style 「第三，」']);
    expect(found(text, undefined, off('mixed-numbering-style'))).toEqual([]);
  });
});
