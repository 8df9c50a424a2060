import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DiagnosticsCache, getDiagnosticGroups, getDiagnostics, parse, placeDiagnostics, resolveOptions, type Section, type SpeechModel } from '../../server/src/service';
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

  // Cases where the change reaches further than the lines around it; each once gave a wrong model.
  const tail = '\n\n\n\n\n仅供学习 禁止外传\n<!-- x -->\n第2篇：讲话\n短行\n仅供学习 禁止外传';
  const excerpt = '本资料仅供学习交流使用请勿用于任何商业用途谢谢……';
  it.each([
    ['the only text line of the first speech deleted, so a later header becomes the first line', '甲\n\n\n\n\n\n第2篇：在全市经济工作会议上的讲话（节选）……', '\n\n\n\n\n\n第2篇：在全市经济工作会议上的讲话（节选）……'],
    ['a first-line excerpt note that is also a watermark, just before the region', `${excerpt}\n第2篇：讲话\n短行\n仅供学习 禁止外传\n${body(6)}`, `${excerpt}\n第2篇：讲话\n短行\n仅供学习 禁止外传\n${body(6).replace('正文第5句', '正文第五句')}`],
    ['a comment opener removed above a watermark line next to the speech after', '<!--' + tail, tail],
    ['a comment opener added above a watermark line next to the speech after', tail, '<!--' + tail],
    ['a first text line removed, so a watermark line becomes the excerpt note', `甲\n\n\n\n\n\n${excerpt}\n第2篇：讲话\n短行\n仅供学习 禁止外传`, `\n\n\n\n\n\n${excerpt}\n第2篇：讲话\n短行\n仅供学习 禁止外传`],
    [
      'a # title that becomes part of a watermark block',
      '# 另一篇讲话\n<!--\n第2篇：讲话\n第十篇 在会上的讲话\n\n\n\n仅供学习 禁止外传\n<!-- 注释 -->\n# 标题\n免责声明：侵权联系删除',
      '十篇 在会上的讲话\n\n\n\n仅供学习 禁止外传\n<!-- 注释 -->\n# 标题\n免责声明：侵权联系删除',
    ],
  ])('%s', (_, text, edited) => {
    const options = resolveOptions();
    const cache = new DiagnosticsCache(options);
    const before = parse(text);
    getDiagnostics(before, options, cache);
    const after = parse(edited, before);
    expect(after).toEqual(parse(edited));
    expect(getDiagnostics(after, options, cache)).toEqual(getDiagnostics(parse(edited), options));
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

  // Small documents of the lines that matter to the rules (headers, titles, residue, fences, comments,
  // excerpt notes, mixed line ends), edited anywhere: the model and the cached diagnostics must be those
  // of a parse from scratch.
  const line = fc.constantFrom(
    '', '  ', '　', '第2篇：讲话', '第十篇 在会上的讲话', '附件', '附件1：名词解释', '# 标题', '# 另一篇讲话', '## 要点', '**一、甲**',
    '一、总体要求', '（一）加强领导', '（二）、狠抓落实', '1.项目', '(三)乙', '二、丙', '仅供学习 禁止外传', '仅供学习', '免责声明：侵权联系删除',
    '来源：新华网', '短行', '酷乐文行', '自建平台、实时分享', '```', '~~~', '<!--', '-->', '<!-- 注释 -->', '<!-- speech-disable -->',
    '<!-- speech-enable -->', '<!-- speech-disable-next-line -->', '正文第一句。一是抓好XX。二是落实，三是推进。', '下面，我讲三点意见。',
    '同志们：', '谢谢大家！', '2024年1月1日', '首先，要抓好XX工作，其次，要(落实)。', '这是第1时间的事,要办好。', excerpt,
    '第2篇：在全市经济工作会议上的讲话（节选）……',
    // Families beyond the four levels: parts, ordinal heads, numeral and space, notes that reach to the next part.
    '开幕词', '## 结　　论', '第一个问题，关于形势。', '第三点，抓落实。', '一 关于评价', '## 一', '注释', '〔1〕见某书。', '（1）见列宁。',
    '----------------', '（此处有删节）', '3.推进农村人居环境整治 要以垃圾、污水治理和村容村貌提升为主攻方向。',
    // 第一，… paragraphs that may be a speech's main parts, and footnotes after the closing.
    '第一，坚定文化自信。正文。', '第二，坚持服务人民。正文。', '第三，勇于创新。', '①见《列宁全集》第1卷。', '[1] 见某书。',
    // A 主持词 and the speeches it introduces.
    '全体会议主持词', '下面，请王市长讲话。', '同志们，刚才，王市长作了重要讲话。',
  );
  const lineEnd = fc.constantFrom('\n', '\n', '\r\n', '\r');
  const smallDocument = fc
    .array(fc.tuple(line, lineEnd), { minLength: 1, maxLength: 50 })
    .map((parts) => parts.map(([l, end]) => l + end).join(''));
  const piece = fc.oneof(
    fc.constantFrom('\n', '\r', ' ', '```', '<!--', '-->', '第3篇：讲话\n', '\n# 新\n', '附件\n', '仅供学习 禁止外传\n', '短行\n', '一、', 'X', '\n\n\n\n\n\n'),
    fc.array(fc.tuple(line, lineEnd), { maxLength: 8 }).map((parts) => parts.map(([l, end]) => l + end).join('')),
    fc.string({ maxLength: 3 }),
  );
  const smallEdits = fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.oneof(fc.nat(5), fc.nat(60)), piece), { minLength: 1, maxLength: 4 });

  it('gives the same model and diagnostics as from scratch on small documents of speech-like lines', () => {
    const options = resolveOptions();
    fc.assert(
      fc.property(smallDocument, smallEdits, (start, steps) => {
        let text = start;
        let model = parse(text);
        const cache = new DiagnosticsCache(options);
        getDiagnostics(model, options, cache);
        for (const [where, deleted, inserted] of steps) {
          text = edit(text, Math.floor(where * text.length), deleted, inserted);
          model = parse(text, model);
          const scratch = parse(text);
          expect(model).toEqual(scratch);
          expect(getDiagnostics(model, options, cache)).toEqual(getDiagnostics(scratch, options));
        }
      }),
      { numRuns: 1500 },
    );
  });

  // Pieces that change structure: line breaks, headers, fences, comments, headings, items, residue.
  const insertions = fc.oneof(
    fc.constantFrom('\n', '\r\n', '第9篇：讲话\n', '# 标题\n', '## 要点\n', '注释\n', '结论\n', '第二个问题，', '（2）', '一 ', '**一、甲**\n', '（一）、', '```\n', '<!--', '-->', '一、', '（二）', '3.', '二是', '首先，', '。', '，', '仅供学习 禁止外传\n', 'XX', '同志们：\n'),
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

describe('diagnostics of a new version with the cache', () => {
  it('keeps the diagnostics of speeches moved by an edit as they were, saying how far they moved', () => {
    const options = resolveOptions();
    const cache = new DiagnosticsCache(options);
    const before = parse(collection);
    const groupsBefore = getDiagnosticGroups(before, options, cache);
    const at = before.speeches[2].paragraphs[3].start;
    const after = parse(edit(collection, at, 0, '甲\n'), before);
    const groups = getDiagnosticGroups(after, options, cache);
    // Speeches before the edit stay (and the edited one is checked anew); those after it carried over
    // as they were moved by the two characters added.
    const moved = groups.map((g) => g.by);
    expect(moved.slice(0, 3)).toEqual([0, 0, 0]);
    expect(moved.slice(moved.indexOf(2))).toEqual(moved.slice(moved.indexOf(2)).map(() => 2));
    expect(moved.at(-1)).toBe(2);
    // Not copied: the same lists as before the edit.
    expect(groups[0].diagnostics).toBe(groupsBefore[0].diagnostics);
    expect(groups.at(-1)!.diagnostics).toBe(groupsBefore.at(-1)!.diagnostics);
    expect(groups.at(-1)!.diagnostics.length).toBeGreaterThan(0);
    // In place, they are those of a check from scratch; a filter picks some without moving the rest.
    const scratch = getDiagnostics(parse(after.text), options);
    expect(placeDiagnostics(groups)).toEqual(scratch);
    expect(placeDiagnostics(groups, (d) => d.code === 'placeholder')).toEqual(scratch.filter((d) => d.code === 'placeholder'));
  });

  it('applies suppression comments where a moved speech now stands', () => {
    const options = resolveOptions();
    const cache = new DiagnosticsCache(options);
    const text = `第1篇：讲话\n一、甲\n${'正文。\n'.repeat(8)}第2篇：讲话\n一、甲\n<!-- speech-disable-next-line -->\n完成XX万元。\n完成XX亿元。\n`;
    const before = parse(text);
    getDiagnosticGroups(before, options, cache);
    const edited = edit(text, text.indexOf('正文。'), 0, '新增一句。\n');
    const groups = getDiagnosticGroups(parse(edited, before), options, cache);
    expect(groups[1].by).toBe('新增一句。\n'.length);
    expect(placeDiagnostics(groups).map((d) => edited.slice(d.start, d.end + 3))).toEqual(['XX亿元。']);
  });
});
