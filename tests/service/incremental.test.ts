import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, type Section, type SpeechModel } from '../../server/src/service';
import { fixture } from '../helpers';

// A collection of real speeches, each under its own header, as writers keep them.
const speeches = ['000', '001', '002', '003', '004'].map((n) => fixture(`corpus/${n}.speech.md`));
const collection = speeches.map((s, i) => `第${i + 1}篇：讲话\n${s}\n`).join('');
// Short pieces between them, so that edits land near speech boundaries, fences, comments and watermarks.
const short = [
  '# 在会上的讲话\n\n一、甲\n（一）乙\n',
  '第6篇：讲话\n仅供学习 禁止外传\n短行\n仅供学习 禁止外传\n一是丙。二是丁。\n',
  '```\n代码\n```\n<!-- 注释 -->\n',
  '附件\n\n三、戊\n',
];
const mixed = speeches.map((s, i) => `第${i + 1}篇：讲话\n${s}\n${short[i % short.length]}${short[(i + 1) % short.length]}`).join('');

const flatten = (sections: Section[]): Section[] => sections.flatMap((s) => [s, ...flatten(s.children)]);

/** The links inside each speech lead to that speech's own objects (a moved copy never points into the old one). */
function expectLinksInside(model: SpeechModel): void {
  for (const speech of model.speeches) {
    const sections = new Set(flatten(speech.sections));
    const headings = new Set(speech.headings);
    const items = new Set(speech.items);
    for (const s of sections) {
      expect(headings.has(s.heading)).toBe(true);
      if (s.parent) expect(sections.has(s.parent)).toBe(true);
      for (const i of s.items) expect(items.has(i)).toBe(true);
    }
    for (const i of speech.items) if (i.section) expect(sections.has(i.section)).toBe(true);
    for (const r of speech.runs) {
      for (const i of r.items) expect(items.has(i)).toBe(true);
      if (r.section) expect(sections.has(r.section)).toBe(true);
    }
    for (const p of speech.paragraphs) if (p.heading) expect(headings.has(p.heading)).toBe(true);
  }
}

const edit = (text: string, at: number, deleted: number, inserted: string) => text.slice(0, at) + inserted + text.slice(at + deleted);

describe('parsing a new version with the previous model', () => {
  it('keeps the speeches before an edit, moves those after it, and rebuilds the one edited', () => {
    const before = parse(collection);
    const third = before.speeches[2];
    const at = third.paragraphs[3].start;
    const after = parse(edit(collection, at, 0, '甲\n'), before);
    expect(after).toEqual(parse(after.text));
    expect(after.speeches[0]).toBe(before.speeches[0]);
    expect(after.speeches[1]).toBe(before.speeches[1]);
    expect(after.speeches[2]).not.toBe(third);
    // Moved by two characters and one line, links and all.
    const fourth = after.speeches[3];
    expect(fourth.start).toBe(before.speeches[3].start + 2);
    expect(fourth.headings[0].line).toBe(before.speeches[3].headings[0].line + 1);
    expect(fourth.items[0].title).toEqual({ start: before.speeches[3].items[0].title.start + 2, end: before.speeches[3].items[0].title.end + 2 });
    expectLinksInside(after);
  });

  // Each case below edits a line far enough from the neighbouring speech that only its own speech is
  // parsed again, yet the result depends on that neighbour.
  const body = (n: number) => Array.from({ length: n }, (_, i) => `正文第${i + 1}句。\n`).join('');
  const expectSameAsScratch = (text: string, edited: string) => {
    const after = parse(edited, parse(text));
    expect(after).toEqual(parse(edited));
    return after;
  };

  it('reads a watermark block that starts in the speech before', () => {
    const text = `第1篇：讲话\n一、甲\n仅供学习 禁止外传\n第2篇：讲话\n短行\n仅供学习 禁止外传\n一、乙\n${body(8)}`;
    const after = expectSameAsScratch(text, text.replace('正文第8句', '正文第八句'));
    expect(after.residue.map((r) => after.text.slice(r.start, r.end))).toContain('短行');
  });

  it('reads a watermark block that ends in the speech after', () => {
    const text = `第1篇：讲话\n一、甲\n${body(8)}仅供学习 禁止外传\n短行\n第2篇：讲话\n仅供学习 禁止外传\n一、乙\n`;
    const after = expectSameAsScratch(text, text.replace('正文第1句', '正文第一句'));
    expect(after.residue.map((r) => after.text.slice(r.start, r.end))).toContain('短行');
  });

  it('joins a # title to the speech before once that speech has no content left', () => {
    const text = `第1篇：讲话\n一、甲\n第2篇：讲话\n要删去的一行。\n\n\n\n\n\n\n# 另一篇\n一、乙\n`;
    const after = expectSameAsScratch(text, text.replace('要删去的一行。', ''));
    expect(after.speeches).toHaveLength(2);
  });

  it('looks for an excerpt note only on the first line of the document', () => {
    const text = `第1篇：讲话\n一、甲\n\n\n\n\n\n第2篇：在全市经济工作会议上的讲话（节选）……\n${body(8)}`;
    const after = expectSameAsScratch(text, text.replace('正文第8句', '正文第八句'));
    expect(after.speeches[1].header).toBeDefined();
  });

  it('parses the rest again when an edit leaves a code fence open', () => {
    const text = `第1篇：讲话\n${body(8)}第2篇：讲话\n一、乙\n`;
    const after = expectSameAsScratch(text, text.replace('正文第1句。\n', '正文第1句。\n\`\`\`\n'));
    expect(after.speeches).toHaveLength(1);
  });

  it('rebuilds a speech whose lines change kind though its text does not (a watermark block reaching into it)', () => {
    const text = '第1篇：讲话\n一、甲\n第2篇：讲话\n短行\n仅供学习 禁止外传\n一、乙\n';
    const before = parse(text);
    // A watermark line at the end of the first speech makes 短行 part of a watermark block.
    const watermarked = edit(text, text.indexOf('第2篇'), 0, '仅供学习 禁止外传\n');
    const after = parse(watermarked, before);
    expect(after).toEqual(parse(watermarked));
    expect(before.speeches[1].title).toBeDefined();
    expect(after.speeches[1].title).toBeUndefined();
  });

  // Pieces that change structure: line breaks, headers, fences, comments, headings, items, residue.
  const insertions = fc.oneof(
    fc.constantFrom('\n', '\r\n', '第9篇：讲话\n', '# 标题\n', '## 要点\n', '**一、甲**\n', '（一）、', '```\n', '<!--', '-->', '一、', '（二）', '3.', '二是', '首先，', '。', '，', '仅供学习 禁止外传\n', 'XX', '同志们：\n'),
    fc.string({ maxLength: 4 }),
  );
  const deletions = fc.oneof(fc.nat(40), fc.nat(3000));
  const edits = fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), deletions, insertions), { minLength: 1, maxLength: 4 });

  it('gives the same model as a parse from scratch, for any sequence of edits', () => {
    fc.assert(
      fc.property(edits, (steps) => {
        let text = mixed;
        let model = parse(text);
        for (const [where, deleted, inserted] of steps) {
          text = edit(text, Math.floor(where * text.length), deleted, inserted);
          model = parse(text, model);
          expect(model).toEqual(parse(text));
          expectLinksInside(model);
        }
      }),
      { numRuns: 60 },
    );
  });
});
