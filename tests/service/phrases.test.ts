import { describe, expect, it } from 'vitest';
import { snippetText } from '../../server/src/service/snippetText';
import { BUILT_IN_CATEGORIES, BUILT_IN_PHRASES, getDiagnostics, parse, parsePhraseFile, pinyinOf, resolveOptions } from '../../server/src/service';

describe('built-in phrase sets', () => {
  it('hold at least 400 entries across the categories of domain.md', () => {
    expect(BUILT_IN_PHRASES.length).toBeGreaterThanOrEqual(400);
    expect([...BUILT_IN_CATEGORIES].sort()).toEqual(['四字格', '开场', '政治表述', '结尾', '致谢', '表态', '过渡', '部署要求'].sort());
    for (const category of BUILT_IN_CATEGORIES) expect(BUILT_IN_PHRASES.filter((p) => p.category === category).length).toBeGreaterThanOrEqual(30);
  });

  it('carry pinyin computed at build time, word-aware', () => {
    const find = (plain: string) => BUILT_IN_PHRASES.find((p) => p.plain === plain)!;
    expect(find('真抓实干')).toMatchObject({ initials: 'zzsg', full: 'zhenzhuashigan' });
    expect(find('下面，我讲几点意见。')).toMatchObject({ initials: 'xmwjjdyj' });
  });

  it('are clean text themselves once filled in: the checker finds nothing in any of them', () => {
    const filled = BUILT_IN_PHRASES.map((p) => p.plain.replace(/〔(\p{Script=Han}+)〕/gu, '$1'));
    const problems = filled.flatMap((text) => getDiagnostics(parse(text), resolveOptions()).map((d) => `${text}: ${d.code}`));
    expect(problems).toEqual([]);
  });

  it('keep their blanks visible: each left unfilled is in 〔〕 and reported as a placeholder', () => {
    const withBlanks = BUILT_IN_PHRASES.filter((p) => /\$\{\d+:\p{Script=Han}/u.test(p.text));
    expect(withBlanks).toEqual([]);
    const meeting = BUILT_IN_PHRASES.find((p) => p.plain.startsWith('今天，我们召开〔会议名称〕'))!;
    expect(getDiagnostics(parse(meeting.plain), resolveOptions()).map((d) => `${d.code} ${meeting.plain.slice(d.start, d.end)}`)).toContain('placeholder 〔会议名称〕');
  });

  it('read as snippetText reads them (the build step has its own copy of that rule)', () => {
    expect(BUILT_IN_PHRASES.filter((p) => p.plain !== snippetText(p.text))).toEqual([]);
  });

  it('have well-formed tab stops numbered from 1', () => {
    for (const p of BUILT_IN_PHRASES) {
      const stops = [...p.text.matchAll(/\$\{(\d+):[^}]+\}/g)].map((m) => Number(m[1]));
      expect(stops, p.text).toEqual(stops.map((_, i) => i + 1));
      expect(p.text.replace(/\$\{\d+:[^}]+\}/g, ''), p.text).not.toContain('$');
    }
  });
});

describe('user phrase files', () => {
  it('read arrays, objects with defaults, and entries that override them', () => {
    const { phrases, problems } = parsePhraseFile(`{
      // our office
      "category": "本单位", "where": "closing",
      "phrases": ["奋力谱写青川高质量发展新篇章！", { "text": "青川人民\${1:精神}", "where": "any", "category": "口号" }]
    }`);
    expect(problems).toEqual([]);
    expect(phrases.map((p) => [p.plain, p.category, p.where, p.initials])).toEqual([
      ['奋力谱写青川高质量发展新篇章！', '本单位', 'closing', 'flpxqcgzlfzxpz'],
      ['青川人民〔精神〕', '口号', 'any', 'qcrmjs'],
    ]);
    // A user's blank gets the brackets too, so left unfilled it stays visible; numbers stay defaults.
    expect(phrases[1].text).toBe('青川人民${1:〔精神〕}');
    expect(parsePhraseFile('["${1:2026}年${2:〔任务〕}"]').phrases[0].text).toBe('${1:2026}年${2:〔任务〕}');
    expect(parsePhraseFile('["一线工作法"]').phrases[0]).toMatchObject({ category: '自定义', where: 'any', builtIn: false });
  });

  it('report malformed files and entries with offsets, keeping the good entries', () => {
    const broken = parsePhraseFile('{ "phrases": [ "甲", ');
    expect(broken.phrases).toEqual([]);
    expect(broken.problems[0].message).toMatch(/^常用语文件不是有效的 JSON/);
    const text = '{ "phrases": ["甲乙", 42, { "txt": "丙" }] }';
    const mixed = parsePhraseFile(text);
    expect(mixed.phrases.map((p) => p.plain)).toEqual(['甲乙']);
    expect(mixed.problems.map((p) => text.slice(p.start, p.end))).toEqual(['42', '{ "txt": "丙" }']);
    expect(parsePhraseFile('{ "words": [] }').problems[0].message).toBe('常用语应是数组，或带 "phrases" 数组的对象');
  });

  it('get pinyin from the run-time table', () => {
    expect(pinyinOf('一线工作法')).toEqual({ initials: 'yxgzf', full: 'yixiangongzuofa' });
  });
});
