// textDocument/documentSymbol: 篇 → title → level 1 … level 4 → inline items.
import type { EnumItem, Section, Span, Speech, SpeechModel } from './model';
import { FAMILY_NAMES, LEVEL_NAMES, shortName, toRange } from './names';
import { SymbolKind, type DocumentSymbol } from './types';

export interface OutlineOptions {
  /** List inline enumeration items (一是, 一要, 第一，…) under their section. */
  inlineItems: boolean;
}

const LEVEL_KINDS = { 1: SymbolKind.Namespace, 2: SymbolKind.Class, 3: SymbolKind.Method, 4: SymbolKind.Property } as const;

export function getDocumentSymbols(model: SpeechModel, options: OutlineOptions = { inlineItems: true }): DocumentSymbol[] {
  const symbol = (name: string, detail: string, kind: SymbolKind, range: Span, selection: Span, children: DocumentSymbol[] = []): DocumentSymbol => ({
    name: shortName(name),
    detail,
    kind,
    range: toRange(model.lines, range),
    selectionRange: toRange(model.lines, selection),
    children,
  });
  const slice = (span: Span) => model.text.slice(span.start, span.end);

  const itemSymbols = (items: EnumItem[]) =>
    options.inlineItems ? items.map((item) => symbol(slice(item.title), FAMILY_NAMES[item.family], SymbolKind.EnumMember, item, item.title)) : [];

  const sectionSymbol = (section: Section): DocumentSymbol => {
    // Items of a section come before its subsections: they stand between its heading and the first child.
    const children = [...itemSymbols(section.items), ...section.children.map(sectionSymbol)];
    const heading = section.heading;
    return symbol(slice(heading.title), LEVEL_NAMES[heading.level], LEVEL_KINDS[heading.level], section, heading.title, children);
  };

  const speechSymbols = (speech: Speech): DocumentSymbol[] => {
    const topItems = speech.items.filter((item) => !item.section);
    let nodes = [...itemSymbols(topItems), ...speech.sections.map(sectionSymbol)];
    const whole = (from: number): Span => ({ start: from, end: Math.max(from, speech.contentEnd) });
    if (speech.title) {
      const title = speech.title;
      nodes = [symbol(title.text, '标题', SymbolKind.File, whole(title.start), { start: title.start, end: title.end }, nodes)];
    }
    if (speech.header) {
      const header = speech.header;
      nodes = [symbol(slice(header), header.kind, SymbolKind.Module, whole(header.start), header, nodes)];
    }
    return nodes;
  };

  return model.speeches.flatMap(speechSymbols);
}
