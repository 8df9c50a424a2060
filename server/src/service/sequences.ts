// Numbered sequences of a speech: sibling headings of one level under one parent, and the inline
// enumeration runs. Shared by the numbering checks and renumbering.
import type { EnumFamily, EnumRun, Heading, Section, Span, SpeechModel } from './model';
import { isNumbered, LAST_IN_ORDER } from './model';
import type { TextEdit } from './diagnostics/types';
import { matchItemMarker } from './markers';
import { formatNumeralLike } from './numerals';

export interface NumberedElement {
  readonly value: number;
  readonly marker: Span;
  readonly numeral: Span;
  readonly line: number;
}

export interface NumberedSequence {
  readonly kind: 'heading' | 'run';
  readonly family?: EnumFamily;
  readonly elements: NumberedElement[];
  /** Set for runs: the run object of the model. */
  readonly run?: EnumRun;
}

export function numberedSequences(model: SpeechModel): NumberedSequence[] {
  const sequences: NumberedSequence[] = [];
  const siblings = (sections: Section[]) => {
    // One sequence per level, and per counted noun for ordinal heads (第一个问题 and 第一点 apart).
    const byFamily = new Map<string, Heading[]>();
    for (const { heading } of sections) {
      if (!isNumbered(heading.marker)) continue;
      const key = `${heading.level}${heading.marker.noun ?? ''}`;
      const family = byFamily.get(key);
      if (family) family.push(heading);
      else byFamily.set(key, [heading]);
    }
    for (const headings of byFamily.values()) {
      const elements = headings.map((h) => ({ value: h.marker.value, marker: h.marker, numeral: h.marker.numeral, line: h.line }));
      sequences.push({ kind: 'heading', elements });
    }
    for (const section of sections) siblings(section.children);
  };
  for (const speech of model.speeches) {
    siblings(speech.sections);
    for (const run of speech.runs) {
      sequences.push({ kind: 'run', family: run.family, run, elements: run.items });
    }
  }
  return sequences;
}

/**
 * Splits a sequence where it restarts at 1 after a higher number: each part is numbered on its own.
 * Only a part that already holds a 1 can be restarted: in `二、…一、…` the 一 is misplaced, not a new
 * start, and renumbering the 二 alone would make a second 一.
 */
export function restartParts(elements: NumberedElement[]): NumberedElement[][] {
  const parts: NumberedElement[][] = [];
  let part: NumberedElement[] | undefined;
  let holdsOne = false;
  for (const element of elements) {
    if (!part || (element.value === 1 && part[part.length - 1].value > 1 && holdsOne)) {
      parts.push((part = []));
      holdsOne = false;
    }
    part.push(element);
    if (element.value === 1) holdsOne = true;
  }
  return parts;
}

/** The text of a marker with its number replaced: 四、 -> 三、, （12） -> （11）. */
export function relabel(text: string, marker: Span, numeral: Span, value: number): string {
  const number = formatNumeralLike(value, text.slice(numeral.start, numeral.end));
  return text.slice(marker.start, numeral.start) + number + text.slice(numeral.end, marker.end);
}

/**
 * Edits that number each part of a sequence 1, 2, 3 … keeping every marker's style. A run is left as it
 * is when a new number would stop an item reading as one (`二是一、…` → `一是一、…`, the idiom
 * 一是一、二是二): renumbering it would drop the item, and a second renumbering would change the rest.
 */
export function renumberEdits(text: string, sequence: NumberedSequence): TextEdit[] {
  if (sequence.family === 'order') return [];
  const edits: TextEdit[] = [];
  for (const part of restartParts(sequence.elements)) {
    part.forEach((element, i) => {
      if (element.value === i + 1 || element.value === LAST_IN_ORDER) return;
      const numeral = text.slice(element.numeral.start, element.numeral.end);
      edits.push({ start: element.numeral.start, end: element.numeral.end, newText: formatNumeralLike(i + 1, numeral) });
    });
  }
  if (sequence.kind === 'run' && edits.some((edit) => !readsAsItem(text, edit))) return [];
  return edits;
}

/** Whether an item still reads as one with its number replaced. */
function readsAsItem(text: string, edit: TextEdit): boolean {
  const probe = edit.newText + text.slice(edit.end, edit.end + 8);
  return matchItemMarker(probe, 0, probe.length) !== undefined;
}
