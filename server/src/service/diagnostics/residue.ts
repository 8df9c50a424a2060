// template-residue: lines from template and news sites that must not reach the leader.
import type { ResidueKind, Span, SpeechModel } from '../model';
import { replaceFix, type Check, type Finding } from './types';

export const residueCheck: Check = { rules: ['template-residue'], find: (model, options) => findResidue(model, options.extraResidue) };

const KIND_NAMES: Record<ResidueKind, string> = {
  excerpt: '网页摘要行',
  watermark: '水印行',
  advert: '广告行',
  disclaimer: '免责声明',
  source: '来源或时间行',
  caption: '图片说明',
  stray: '孤立的问号行',
};

/** Residue lines of the model, plus lines matching the user's extra residue patterns. */
function findResidue(model: SpeechModel, extraPatterns: RegExp[]): Finding[] {
  const deleteLine = (span: Span) => {
    const { start, end } = model.lines.spanOfLines(model.lines.lineAt(span.start));
    return [replaceFix(model.text, start, end, '', false, '删除此行')];
  };
  const found: Finding[] = model.residue.map((r) => ({
    code: 'template-residue',
    start: r.start,
    end: r.end,
    message: `模板残留（${KIND_NAMES[r.kind]}）：讲话稿中不应出现，应删除`,
    fixes: deleteLine(r),
  }));
  if (extraPatterns.length) {
    for (const line of model.textLines) {
      const content = model.text.slice(line.start, line.end);
      if (extraPatterns.some((re) => (re.lastIndex = 0, re.test(content)))) {
        found.push({ code: 'template-residue', ...line, message: '模板残留（自定义规则）：讲话稿中不应出现，应删除', fixes: deleteLine(line) });
      }
    }
  }
  return found;
}
