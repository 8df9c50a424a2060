// workspace/symbol: titles and headings of every speech file in the workspace.
import { walkSections, type Section, type SpeechModel } from './model';
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
      const nameOf = ({ heading }: Section) => model.text.slice(heading.title.start, heading.title.end);
      walkSections(speech.sections, (section) => {
        const { title, level } = section.heading;
        // The container is the parent heading, else the speech title, else the heading's level.
        const container = section.parent ? shortName(nameOf(section.parent)) : titleName;
        add(nameOf(section), PART_KINDS.heading, title.start, title.end, container ?? LEVEL_NAMES[level]);
      });
    }
  }
  return result;
}
