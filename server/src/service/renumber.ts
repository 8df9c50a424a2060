// The renumber command: every heading sequence and enumeration run numbered 1, 2, 3 … in place.
import type { SpeechModel } from './model';
import { numberedSequences, renumberEdits } from './sequences';
import type { TextEdit } from './diagnostics/types';

export function renumberDocument(model: SpeechModel): TextEdit[] {
  return numberedSequences(model)
    .flatMap((sequence) => renumberEdits(model.text, sequence))
    .sort((a, b) => a.start - b.start);
}
