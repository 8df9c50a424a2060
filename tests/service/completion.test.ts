import { describe, expect, it } from 'vitest';
import { applyEdits, getCompletions, parse, parsePhraseFile, PhraseIndex } from '../../server/src/service';
import { lines } from '../helpers';

const index = PhraseIndex.create();
/** Completions at the end of `text` (or at `|`), as [label, resulting text]. */
function complete(template: string, phraseIndex = index) {
  const at = template.includes('|') ? template.indexOf('|') : template.length;
  const text = template.replace('|', '');
  return getCompletions(parse(text), at, phraseIndex).map((item) => ({ item, result: applyEdits(text, [item.edit]) }));
}

describe('Chinese prefixes', () => {
  it('replaces exactly the typed prefix: 真抓 -> 真抓实干, never 真抓真抓实干', () => {
    const [first] = complete('我们要真抓');
    expect(first.item.label).toBe('真抓实干');
    expect(first.result).toBe('我们要真抓实干');
    expect(first.item.filterText.startsWith('真抓')).toBe(true);
  });

  it('matches prefixes that include punctuation', () => {
    const results = complete(lines('同志们：', '下面，我讲')).map((c) => c.result.split('\n')[1]);
    expect(results).toContain('下面，我讲几点意见。');
    expect(results.every((r) => r.startsWith('下面，我讲'))).toBe(true);
  });

  it('prefers the longest typed stretch and leaves out one-character noise when longer matches exist', () => {
    const labels = complete('工作中要真抓').map((c) => c.item.label);
    expect(labels.every((l) => l.startsWith('真抓'))).toBe(true);
  });

  it('shows tab stops as labels and inserts them as a snippet', () => {
    const meeting = complete('今天，我们召开').find((c) => c.item.isSnippet)!;
    expect(meeting.item.label).toMatch(/〔.+〕/);
    expect(meeting.item.edit.newText).toMatch(/\$\{1:[^}]+\}/);
    expect(meeting.item.kind).toBe('snippet');
  });

  it('gives each item its category and a preview', () => {
    const [first] = complete('我们要真抓');
    expect(first.item.detail).toBe('四字格 · 正文');
    expect(first.item.documentation).toContain('真抓实干');
  });
});

describe('pinyin typed in ASCII', () => {
  it('matches initials and replaces the letters typed', () => {
    expect(complete('工作要zzsg')[0].result).toBe('工作要真抓实干');
    expect(complete(lines('同志们：', 'xmwjjdyj'))[0].result).toBe(lines('同志们：', '下面，我讲几点意见。'));
  });

  it('matches the start of the full pinyin', () => {
    const results = complete('工作要zhenzhua').map((c) => c.result);
    expect(results[0]).toBe('工作要真抓实干');
    expect(complete('工作要ZhenZhua')[0].result).toBe('工作要真抓实干');
  });

  it('needs two letters, and reads only the letters right before the cursor', () => {
    expect(complete('工作要z')).toEqual([]);
    expect(complete('GDP增长zzsg')[0].result).toBe('GDP增长真抓实干');
  });
});

describe('context', () => {
  it('ranks opening phrases first near the start and closing phrases in the last part', () => {
    const opening = complete(lines('在会议上的讲话', '同志们：', 'tz')).map((c) => c.item.detail);
    expect(opening[0]).toMatch(/开头|通用/);
    const body = Array.from({ length: 30 }, (_, i) => `（${'一二三四五六七八九十'[i % 10]}）正文。`);
    const closing = complete(lines('在会议上的讲话', '一、甲', ...body, '二、乙', '正文。', '同志们，任务艰巨。', 'tz'));
    expect(closing[0].item.detail).toMatch(/结尾|通用/);
  });

  it('offers the next item after a finished one, for every family', () => {
    expect(complete(lines('一、甲', '一是抓项目。'))[0].result).toBe(lines('一、甲', '一是抓项目。二是'));
    expect(complete(lines('一、甲', '一要抓项目。', ''))[0].result).toBe(lines('一、甲', '一要抓项目。', '二要'));
    expect(complete('第一，全。第二，精。')[0].result).toBe('第一，全。第二，精。第三，');
    expect(complete('首先，统一思想。')[0].result).toBe('首先，统一思想。其次，');
    expect(complete(lines('一、甲', '一是抓项目。二'))[0].result).toBe(lines('一、甲', '一是抓项目。二是'));
  });

  it('offers no next item in the middle of a sentence or after the run is closed by a heading', () => {
    expect(complete('一是抓项目，').filter((c) => c.item.kind === 'marker')).toEqual([]);
    expect(complete(lines('一、甲', '一是抓项目。', '二、乙', '')).map((c) => c.item.label)).toEqual(['三、']);
  });

  it('offers the next heading on a new line: the current level first, then the levels above', () => {
    const offered = complete(lines('一、甲', '（一）子', '正文。', '（二）丑', ''));
    expect(offered.map((c) => c.item.label)).toEqual(['（三）', '二、']);
    expect(offered[0].item.preselect).toBe(true);
    expect(offered[0].result).toBe(lines('一、甲', '（一）子', '正文。', '（二）丑', '（三）'));
    expect(complete(lines('1.甲', '2.乙', '(3')).map((c) => c.item.label)).toEqual([]);
    expect(complete(lines('（1）甲', '（')).map((c) => c.result)).toEqual([lines('（1）甲', '（2）')]);
  });
});

describe('where no next marker is offered', () => {
  const markers = (template: string) => complete(template).filter((c) => c.item.kind === 'marker').map((c) => c.item.label);

  it('not a heading number the speech already has further on', () => {
    // （二） comes later; the parent's next, 二、, does not.
    expect(markers(lines('一、甲', '（一）子', '', '正文。', '', '|', '', '（二）丑'))).toEqual(['二、']);
  });

  it('not the next item of a list two paragraphs back', () => {
    expect(markers(lines('一、甲', '一是加强领导。', '', '这是另一段正文。', '', '又一段。'))).toEqual([]);
    expect(markers(lines('一、甲', '一是加强领导。', ''))).toContain('二是');
  });

  it('nothing after the closing has begun', () => {
    expect(markers(lines('一、甲', '一是加强领导。', '同志们，让我们共同努力！', '谢谢大家！', ''))).toEqual([]);
  });
});

describe('user phrases', () => {
  it('are offered with the built-in ones, and built-in categories can be turned off', () => {
    const user = parsePhraseFile('{ "category": "本单位", "phrases": ["奋力谱写青川高质量发展新篇章！"] }').phrases;
    const withUser = PhraseIndex.create(user);
    expect(complete('奋力谱写', withUser).map((c) => c.item.label)).toContain('奋力谱写青川高质量发展新篇章！');
    expect(complete('flpxqc', withUser)[0].result).toBe('奋力谱写青川高质量发展新篇章！');
    expect(complete('zzsg', PhraseIndex.create([], ['四字格']))).toEqual([]);
  });
});
