import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_PHRASES } from '../../server/src/service';
import wrongWordData from '../../server/src/service/data/wrongWords.json';
import { fixture, lines, root } from '../helpers';
import { afterFix, diagnose, found } from './helpers';

const WRONG = wrongWordData.words.map(([wrong]) => wrong);

/** The words of pinyin-pro's dictionaries (two to five characters), a large list of correct words. */
function dictionaryWords(): string[] {
  const dir = join(root, 'node_modules/pinyin-pro/dist/esm/data');
  const words = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => /^dict[2-5]\.mjs$/.test(f))) {
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/^\s*([\p{Script=Han}]{2,})\s*:/gmu)) words.add(m[1]);
  }
  return [...words];
}

describe('wrong-word', () => {
  it.each([
    ['我们要再接再励，乘势而上。', '再接再励', '我们要再接再厉，乘势而上。'],
    ['群众迫不急待地盼望。', '迫不急待', '群众迫不及待地盼望。'],
    ['不能按步就班。', '按步就班', '不能按部就班。'],
    ['面对困难一愁莫展。', '一愁莫展', '面对困难一筹莫展。'],
    ['新馆美仑美奂。', '美仑美奂', '新馆美轮美奂。'],
    ['一代代共产党人前赴后继。', '前赴后继', '一代代共产党人前仆后继。'],
  ])('%s', (text, wrong, fixed) => {
    expect(found(text, 'wrong-word')).toEqual([`wrong-word 「${wrong}」`]);
    expect(afterFix(text, 'wrong-word')).toBe(fixed);
  });

  it('says what is right and why', () => {
    expect(diagnose('再接再励').map((d) => d.message)).toEqual(['“再接再励”应为“再接再厉”：成语误写（厉：磨快，同“砺”）']);
  });

  it('截止 right before a time point is 截至; 截止日期, 报名截止 are right', () => {
    expect(found('截止2025年底，全区完成投资。', 'wrong-word')).toEqual(['wrong-word 「截止」']);
    expect(afterFix('截止目前，已有3家签约。', 'wrong-word')).toBe('截至目前，已有3家签约。');
    expect(found(lines('截止二〇二五年六月。', '截止上半年，增长8%。'), 'wrong-word')).toHaveLength(2);
    expect(found(lines('报名截止日期为5月1日。', '本次报名截止。', '截止时间另行通知。', '截至2025年底。'), 'wrong-word')).toEqual([]);
    // A certain word goes into fix-all; a word read from its context does not.
    expect(diagnose('截止目前')[0].fixes[0].safe).toBe(false);
    expect(diagnose('再接再励')[0].fixes[0].safe).toBe(true);
  });

  it('passes forms a dictionary gives as variants, in real speeches', () => {
    const text = lines(
      '不是说就固步自封、不思进取了。',
      '“国际观察家”都是“莫明其妙”的。',
      '名符其实，直接了当，政通人和，百废具兴。',
      '全市上下倍受鼓舞、倍感振奋。',
    );
    expect(found(text, 'wrong-word')).toEqual([]);
  });

  it('布署 is 部署, but not 布 before 署名 or 署长', () => {
    expect(afterFix('要精心布署，抓好落实。', 'wrong-word')).toBe('要精心部署，抓好落实。');
    expect(found('抓紧布署下一步工作。', 'wrong-word')).toEqual(['wrong-word 「布署」']);
    expect(found('公布署名文章，宣布署长任命。', 'wrong-word')).toEqual([]);
  });

  it('讫今 is 迄今 before 已、仍、尚、未、最 or a comma, not after 付讫 before 今日', () => {
    expect(afterFix('讫今已举办十届。', 'wrong-word')).toBe('迄今已举办十届。');
    expect(found('讫今为止，货款付讫今日入账。', 'wrong-word')).toEqual(['wrong-word 「讫今为止」']);
  });

  it('部暑 and 按耐 only where 部署, 按捺 is meant, not in 总部暑期, 按耐用年限', () => {
    expect(found(lines('周密部暑各项工作。', '群众按耐不住喜悦。'), 'wrong-word')).toEqual(['wrong-word 「部暑」', 'wrong-word 「按耐」']);
    expect(found('双方签暑合作协议。', 'wrong-word')).toEqual(['wrong-word 「签暑」']);
    expect(found(lines('学生签暑期实践协议。', '总部暑期工作安排。', '按耐用年限计提折旧，按耐心程度分组。'), 'wrong-word')).toEqual([]);
  });

  it('家俱, 国藉, 书藉 are wrong, but not before 俱乐部 or 藉此, 藉口', () => {
    expect(found(lines('购置家俱。', '加入中国国藉。', '整理书藉。'), 'wrong-word')).toEqual(['wrong-word 「家俱」', 'wrong-word 「国藉」', 'wrong-word 「书藉」']);
    expect(found(lines('成立企业家俱乐部。', '各国藉此机会加强合作，帝国藉口保护侨民。', '读书藉以明理。'), 'wrong-word')).toEqual([]);
  });

  it('不能自己 is wrong only at a clause\'s end', () => {
    expect(found('他激动得不能自己。', 'wrong-word')).toEqual(['wrong-word 「不能自己」']);
    expect(found('问题不能自己解决，不能自己骗自己。', 'wrong-word')).toEqual([]);
  });

  it('has several hundred entries, each right form different and no wrong form twice', () => {
    expect(WRONG.length).toBeGreaterThanOrEqual(300);
    expect(new Set(WRONG).size).toBe(WRONG.length);
    for (const [wrong, right, reason] of wrongWordData.words) {
      expect(right, wrong).not.toBe(wrong);
      expect(reason, wrong).toMatch(/^(成语误写|错别字)/);
    }
  });

  it('no wrong form occurs inside a correct word of a large word list, nor in any right form', () => {
    const words = dictionaryWords();
    expect(words.length).toBeGreaterThan(4000);
    const rights = wrongWordData.words.map(([, right]) => right);
    const inside = WRONG.flatMap((wrong) => [...words, ...rights].filter((word) => word.includes(wrong)).map((word) => `${wrong} in ${word}`));
    expect(inside).toEqual([]);
  });

  it('no wrong form occurs in the real texts, the fixtures or the built-in phrases, read whole', () => {
    const texts = ['corpus', 'clean', 'external'].flatMap((dir) => readdirSync(join(root, 'tests/fixtures', dir)).filter((f) => f.endsWith('.speech.md')).map((f) => fixture(`${dir}/${f}`)));
    texts.push(...BUILT_IN_PHRASES.map((p) => p.plain));
    const all = texts.join('\n');
    expect(WRONG.filter((wrong) => all.includes(wrong))).toEqual([]);
  });

  it('is matched in one pass: a word inside a longer wrong word is not reported twice', () => {
    expect(found('九宵云外', 'wrong-word')).toEqual(['wrong-word 「九宵云外」']);
    expect(found('迫不得己', 'wrong-word')).toEqual(['wrong-word 「迫不得己」']);
  });

  it('is silenced by "allow" and by a disable comment', () => {
    const text = '这个小组叫按步就班组。';
    expect(found(text, 'wrong-word', { severities: {}, placeholders: [], residue: [], notPlaceholders: [], allow: ['按步就班组'] })).toEqual([]);
    expect(found(lines('<!-- speech-disable-next-line wrong-word -->', text), 'wrong-word')).toEqual([]);
  });
});
