// The renumber command: every heading sequence and enumeration run numbered 1, 2, 3 … in place.
import type { SpeechModel } from './model';
import { editsToFixedPoint } from './edits';
import { parse } from './parse';
import { numberedSequences, renumberEdits } from './sequences';
import type { TextEdit } from './diagnostics/types';

/** Renumbered until nothing changes: numbers set right can let a run take in an item it did not hold (三是 三是 … 二是). */
export function renumberDocument(model: SpeechModel): TextEdit[] {
  return editsToFixedPoint(model, renumberOnce, parse);
}

function renumberOnce(model: SpeechModel): TextEdit[] {
  return numberedSequences(model)
    .flatMap((sequence) => renumberEdits(model.text, sequence))
    .sort((a, b) => a.start - b.start);
}
