import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getStatistics, parse } from '../../server/src/service';
import { getPageModel, pageViews } from '../../server/src/service/pages';
import { resolvePreset } from '../../server/src/service/presets';
import { fixture, lines } from '../helpers';

const sample = fixture('../../examples/sample.speech.md');
/** 字数 as domain.md defines it, counted over a whole text with no model. */
const count = (text: string) => [...text.matchAll(/\p{Script=Han}|[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]+/gu)].length;
const sampleLines = sample.split('\n');

describe('rows of the statistics', () => {
  const statistics = getStatistics(parse(sample), []);

  it('has the opening (salutation to the last word before 一、) and the closing as rows of their own', () => {
    const [opening] = statistics.sections;
    expect([opening.kind, opening.name, opening.level]).toEqual(['opening', '开场', 0]);
    // 同志们：, the paragraph of line 9, 下面，我讲三点意见。
    expect(opening.characters).toBe(count(sampleLines[6] + sampleLines[8] + sampleLines[10]));
    const closing = statistics.sections.at(-1)!;
    expect([closing.kind, closing.name, closing.level]).toEqual(['closing', '结尾', 0]);
    expect(closing.characters).toBe(count(sampleLines[76] + sampleLines[78]));
    expect(closing.characters).toBe(count(sampleLines[76]) + 4); // 谢谢大家
  });

  it('ends the last section before the closing', () => {
    const last = statistics.sections.at(-2)!;
    expect(last.name).toBe('（二）切实转变工作作风');
    expect(last.characters).toBe(count(sampleLines.slice(66, 75).join('\n')));
    const three = statistics.sections.find((s) => s.name.startsWith('三、'))!;
    expect(three.characters).toBe(count(sampleLines.slice(50, 75).join('\n')));
  });

  it('adds up: title, speaker, date, opening, sections and closing make the whole', () => {
    const levelOne = statistics.sections.filter((s) => s.level <= 1);
    const head = count(sampleLines.slice(0, 5).join('\n'));
    expect(head + levelOne.reduce((n, s) => n + s.characters, 0)).toBe(statistics.characters);
    expect(statistics.characters).toBe(count(sample.replace(/<!--[\s\S]*?-->/g, '')));
  });

  it('has no opening row when the speech opens with its first heading, nor a closing row without a closing', () => {
    const bare = getStatistics(parse(lines('一、甲', '正文。', '二、乙', '正文。')), []);
    expect(bare.sections.map((s) => s.kind)).toEqual(['section', 'section']);
  });
});

describe('pages in the statistics', () => {
  it('gives the page each part starts on and how many it reaches over, as the page model sets them', () => {
    const model = parse(sample);
    const pages = getPageModel(model, resolvePreset([]));
    const statistics = getStatistics(model, [], 160, pages);
    expect(statistics.pages).toBe(pageViews(pages).length);
    const views = pageViews(pages);
    const pageOfLine = (line: number) => views.find((v) => v.lines.some((l) => l.line === line))!.number;
    for (const s of statistics.sections.filter((s) => s.kind === 'section')) {
      expect(s.page, s.name).toBe(pageOfLine(s.range.start.line));
      expect(s.pages).toBeGreaterThanOrEqual(1);
    }
    const last = statistics.sections.at(-1)!;
    expect(last.page! + last.pages! - 1).toBe(statistics.pages);
  });
});

describe('cached per speech', () => {
  const collection = [1, 2, 3, 4].map((i) => `第${i}篇：讲话\n${sample}\n`).join('');
  const insertions = fc.oneof(
    fc.constantFrom('\n', '第9篇：讲话\n', '# 标题\n', '一、', '（二）', '同志们：\n', '谢谢大家！\n', 'ABC 12', '。', '<!--', '-->'),
    fc.string({ maxLength: 4 }),
  );
  const edits = fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.oneof(fc.nat(40), fc.nat(3000)), insertions), { minLength: 1, maxLength: 5 });

  it('equals a count from scratch over any sequence of edits', () => {
    fc.assert(
      fc.property(edits, (steps) => {
        let text = collection;
        let model = parse(text);
        getStatistics(model, []);
        for (const [where, deleted, inserted] of steps) {
          const at = Math.floor(where * text.length);
          text = text.slice(0, at) + inserted + text.slice(at + deleted);
          model = parse(text, model);
          const scratch = parse(text);
          const fresh = getStatistics(scratch, []);
          expect(getStatistics(model, [])).toEqual(fresh);
          const textLines = scratch.textLines.map((l) => text.slice(l.start, l.end)).join('\n');
          expect(fresh.characters).toBe(count(textLines));
        }
      }),
      { numRuns: 60 },
    );
  });
});
