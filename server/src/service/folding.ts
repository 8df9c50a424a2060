// textDocument/foldingRange: every section, speech and wrapped title.
import { walkSections, type SpeechModel } from './model';
import type { FoldingRange } from './types';

export function getFoldingRanges(model: SpeechModel): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const add = (start: number, end: number) => {
    const startLine = model.lines.lineAt(start);
    const endLine = model.lines.lineAt(end);
    if (endLine > startLine) ranges.push({ startLine, endLine });
  };
  for (const speech of model.speeches) {
    const top = speech.header ?? speech.title;
    if (top) add(top.start, speech.contentEnd);
    if (speech.header && speech.title) add(speech.title.start, speech.contentEnd);
    walkSections(speech.sections, (section) => add(section.start, section.end));
  }
  return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
