import { describe, expect, it } from 'vitest';
import { getDiagnostics, parse, parseSpeechrc, resolveOptions } from '../../server/src/service';
import { compileUserPattern, USER_PATTERN_MAX_INPUT } from '../../server/src/service/userPattern';

const refused = (source: string) => {
  const compiled = compileUserPattern(source);
  return 'problem' in compiled ? compiled.problem : undefined;
};

describe('user patterns', () => {
  it('accept what offices write', () => {
    for (const source of ['〔待填〕', 'XX+', '【[^】]*】', '\\{\\{.*?\\}\\}', '^\\s*仅供参考\\s*$', '\\d+年\\d+月\\d+日', '某某(单位|部门)', '(\\d{4}-)+', '(?<名>甲|乙)', '[\\p{Script=Han}]{2}某', '(?=X)X', '(ab|cd)+']) {
      expect([source, refused(source)]).toEqual([source, undefined]);
    }
  });

  it('refuse what can backtrack without bound, saying why', () => {
    expect(refused('(a+)+$')).toMatch(/^重复中又有重复/);
    expect(refused('(.*)*x')).toMatch(/^重复中又有重复/);
    expect(refused('(\\w+\\s?)+$')).toMatch(/^重复中又有重复/);
    expect(refused('^(a|aa)+$')).toMatch(/^重复中的分支/);
    expect(refused('(a|[a-c])*x')).toMatch(/^重复中的分支/);
    expect(refused('(|a)+')).toMatch(/^重复中的分支/);
    expect(refused('.*.*.*x')).toMatch(/^两个相邻的重复/);
    expect(refused('(a*)(a*)(a*)b')).toMatch(/^两个相邻的重复/);
    expect(refused('\\s*x\\s*x\\s*')).toBeUndefined(); // x ends the first repetition's reach
    expect(refused('.*x.*x.*y')).toMatch(/^两个相邻的重复/); // . takes x too
    expect(refused('(a)\\1')).toMatch(/^不支持反向引用/);
    expect(refused('(?<n>a)\\k<n>')).toMatch(/^不支持反向引用/);
    expect(refused('(')).toBe('不是有效的正则表达式');
    expect(refused('a'.repeat(1001))).toMatch(/^过长/);
  });

  it('run only on texts of bounded length', () => {
    const compiled = compileUserPattern('X+');
    if (!('regex' in compiled)) throw new Error('refused');
    expect([...'aXa'.matchAll(compiled.regex)].map((m) => m.index)).toEqual([1]);
    expect(compiled.regex.test('X'.repeat(USER_PATTERN_MAX_INPUT + 1))).toBe(false);
    expect([...('X'.repeat(USER_PATTERN_MAX_INPUT + 1)).matchAll(compiled.regex)]).toEqual([]);
  });

  it('a refused pattern is a problem in .speechrc.json and never runs (the old code hung here)', () => {
    const text = '{ "placeholders": ["(a+)+$"], "residue": ["^(a|aa)+$", "文库"] }';
    const { config, problems } = parseSpeechrc(text);
    expect(problems.map((p) => [text.slice(p.start, p.end), p.message])).toEqual([
      ['"placeholders"', '“placeholders”中的正则表达式 (a+)+$ 未采用：重复中又有重复（如 (a+)+），可能使检查卡住，请改写'],
      ['"residue"', '“residue”中的正则表达式 ^(a|aa)+$ 未采用：重复中的分支可以以相同的字符开头（如 (a|aa)+），可能使检查卡住，请改写'],
    ]);
    const line = 'a'.repeat(40) + 'b';
    const options = resolveOptions(config, { severities: {}, placeholders: ['(a+)+$'], residue: ['^(a|aa)+$'], notPlaceholders: [] });
    expect(getDiagnostics(parse(`${line}\n文库\n`), options).map((d) => d.code)).toEqual(['template-residue']);
  });
});
