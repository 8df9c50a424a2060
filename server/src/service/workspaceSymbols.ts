// workspace/symbol: titles and headings of every speech file in the workspace.
import type { Section, SpeechModel } from './model';
import { LEVEL_NAMES, shortName, toRange } from './names';
import { PART_KINDS } from './outline';
import type { SymbolKind, WorkspaceSymbol } from './types';

export interface WorkspaceDocument {
  uri: string;
  model: SpeechModel;
}

/**
 * True when every character of the query appears in the name in order, ignoring case
 * (the same loose match VS Code applies to workspace symbols).
 */
export function matchesQuery(name: string, query: string): boolean {
  const lowerName = name.toLowerCase();
  let at = 0;
  for (const ch of query.toLowerCase().replace(/\s+/g, '')) {
    at = lowerName.indexOf(ch, at);
    if (at < 0) return false;
    at += ch.length;
  }
  return true;
}

export function getWorkspaceSymbols(documents: Iterable<WorkspaceDocument>, query: string): WorkspaceSymbol[] {
  const result: WorkspaceSymbol[] = [];
  for (const { uri, model } of documents) {
    const add = (name: string, kind: SymbolKind, start: number, end: number, containerName?: string) => {
      if (matchesQuery(name, query)) result.push({ name: shortName(name), kind, containerName, location: { uri, range: toRange(model.lines, { start, end }) } });
    };
    for (const speech of model.speeches) {
      const titleName = speech.title ? shortName(speech.title.text) : undefined;
      if (speech.title) add(speech.title.text, PART_KINDS.speech, speech.title.start, speech.title.end);
      const visit = (sections: Section[], container: string | undefined) => {
        for (const section of sections) {
          const heading = section.heading;
          const name = model.text.slice(heading.title.start, heading.title.end);
          add(name, PART_KINDS.heading, heading.title.start, heading.title.end, container ?? LEVEL_NAMES[heading.level]);
          visit(section.children, shortName(name));
        }
      };
      visit(speech.sections, titleName);
    }
  }
  return result;
}
