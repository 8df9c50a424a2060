// Builds the document model of a speech file: speeches, their head lines, sections at four levels,
// paragraphs and inline enumeration runs; never throws. Three passes, each in its own module: line
// classification (classify.ts), speech assembly (assemble.ts) with enumeration runs
// (enumeration.ts); incremental re-parsing of a new version is in reparse.ts.
import { buildSpeech, splitSpeeches } from './assemble';
import { classifyLines, classifyStructure, findResidue, kindCode, textLinesOf } from './classify';
import { LineIndex } from './lines';
import type { SpeechModel } from './model';
import { parseStates, reparse, withState } from './reparse';

export { speechIdentity } from './reparse';

/**
 * The model of `text`. Given the model of the document's previous version, only the speeches around
 * the change are parsed again; the others are kept, or moved into place (the result is the same).
 */
export function parse(text: string, previous?: SpeechModel): SpeechModel {
  const state = previous && parseStates.get(previous);
  return (state && reparse(previous!, state, text)) ?? parseWhole(text);
}

function parseWhole(text: string): SpeechModel {
  const lines = new LineIndex(text);
  const { infos } = classifyLines(text, lines, 0, lines.lineCount - 1);
  const residue = findResidue(text, infos, true);
  const { hosting } = classifyStructure(text, infos);
  const ranges = splitSpeeches(infos);
  const speeches = ranges.map((range) => buildSpeech(text, infos, range, lines));
  const model: SpeechModel = { text, lines, speeches, residue, textLines: textLinesOf(infos) };
  return withState(model, { kinds: Uint8Array.from(infos, kindCode), ranges, hosting });
}
