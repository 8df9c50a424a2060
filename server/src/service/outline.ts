// textDocument/documentSymbol: 篇 → title → level 1 … level 4 → inline items.
import { firstSentenceEnd } from './markers';
import type { EnumItem, Section, Span, Speech, SpeechModel } from './model';
import { FAMILY_NAMES, LEVEL_NAMES, shortName, toRange } from './names';
import { SymbolKind, type DocumentSymbol } from './types';

export interface OutlineOptions {
  /** List inline enumeration items (一是, 一要, 第一，…) under their section. */
  inlineItems: boolean;
}

/**
 * Symbol kinds that read as parts of a document, not code: a page for a speech (篇 and its title), text
 * for a heading of any level (the level is in the detail, as Markdown's outline does), a list entry for an
 * inline item.
 */
export const PART_KINDS = { speech: SymbolKind.File, heading: SymbolKind.String, item: SymbolKind.EnumMember } as const;

export function getDocumentSymbols(model: SpeechModel, options: OutlineOptions = { inlineItems: true }): DocumentSymbol[] {
  const slice = (span: Span) => model.text.slice(span.start, span.end);
  const symbol = (name: string, detail: string, kind: SymbolKind, range: Span, selection: Span, children: DocumentSymbol[] = []): DocumentSymbol => ({
    // VS Code rejects the whole outline for one empty name (a heading written `## ：`): the kind stands in.
    name: shortName(name.trim() || slice(selection).trim() || detail),
    detail,
    kind,
    range: toRange(model.lines, range),
    selectionRange: toRange(model.lines, selection),
    children,
  });

  const itemSymbols = (items: EnumItem[]) =>
    options.inlineItems ? items.map((item) => symbol(slice(item.title), FAMILY_NAMES[item.family], PART_KINDS.item, item, item.title)) : [];

  const sectionSymbol = (section: Section): DocumentSymbol => {
    // Items of a section come before its subsections: they stand between its heading and the first child.
    const children = [...itemSymbols(section.items), ...section.children.map(sectionSymbol)];
    const heading = section.heading;
    return symbol(slice(heading.title), LEVEL_NAMES[heading.level], PART_KINDS.heading, section, heading.title, children);
  };

  const speechSymbols = (speech: Speech, index: number): DocumentSymbol[] => {
    const topItems = speech.items.filter((item) => !item.section);
    let nodes = [...itemSymbols(topItems), ...speech.sections.map(sectionSymbol)];
    const whole = (from: number): Span => ({ start: from, end: Math.max(from, speech.contentEnd) });
    if (speech.title) {
      const title = speech.title;
      nodes = [symbol(title.text, '标题', PART_KINDS.speech, whole(title.start), { start: title.start, end: title.end }, nodes)];
    }
    if (speech.header) {
      const header = speech.header;
      nodes = [symbol(slice(header), header.kind, PART_KINDS.speech, whole(header.start), header, nodes)];
    } else if (!speech.title && index > 0 && speech.paragraphs.length) {
      // A part with neither header nor title (the host's recap after a speech in a 主持词): named by its first sentence.
      const first = speech.paragraphs[0];
      const name = { start: first.start, end: firstSentenceEnd(model.text, first.start, first.end) };
      nodes = [symbol(slice(name), '部分', PART_KINDS.speech, whole(first.start), name, nodes)];
    }
    return nodes;
  };

  return model.speeches.flatMap(speechSymbols);
}
