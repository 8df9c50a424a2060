// numbering-gap, numbering-duplicate, numbering-order.
import type { SpeechModel } from '../model';
import { LAST_IN_ORDER } from '../model';
import { numberedSequences, relabel, renumberEdits, restartParts, type NumberedElement, type NumberedSequence } from '../sequences';
import { continuingRuns } from './mixedStyle';
import type { Check, Finding, Fix } from './types';

const MAX_LISTED = 3;

export const numberingCheck: Check = {
  rules: ['numbering-gap', 'numbering-duplicate', 'numbering-order'],
  find: findNumberingProblems,
};

function findNumberingProblems(model: SpeechModel): Finding[] {
  const text = model.text;
  const found: Finding[] = [];
  const continuing = continuingRuns(model);
  for (const sequence of numberedSequences(model)) {
    const what = sequence.kind === 'heading' ? '编号' : '列举';
    const label = (e: NumberedElement, value = e.value) => relabel(text, e.marker, e.numeral, value);
    const quote = (e: NumberedElement) => `“${text.slice(e.marker.start, e.marker.end)}”`;
    const renumber = renumbering(text, sequence, quote);
    let previous: NumberedElement | undefined;
    for (const element of sequence.elements) {
      const at = { start: element.marker.start, end: element.marker.end };
      const c = element.value;
      if (!previous) {
        // A run that goes on from a run of another family (一是…二是…第三，) is not a gap but a mix: mixed-numbering-style.
        const goesOn = sequence.run && continuing.has(sequence.run);
        if (!goesOn && c > 1 && sequence.family !== 'order') {
          const missing = Array.from({ length: c - 1 }, (_, i) => label(element, i + 1));
          found.push({ code: 'numbering-gap', ...at, message: `${what}不连续：应从“${missing[0]}”开始，缺少${listMissing(missing)}`, fixes: renumber(element) });
        }
        previous = element;
        continue;
      }
      const p = previous.value;
      const related = [{ start: previous.marker.start, end: previous.marker.end, message: `上一项 ${quote(previous)}` }];
      if (c === p + 1 || c === LAST_IN_ORDER) {
        // in order
      } else if (c > p + 1) {
        if (sequence.family !== 'order') {
          const missing = Array.from({ length: c - p - 1 }, (_, i) => label(element, p + 1 + i));
          found.push({ code: 'numbering-gap', ...at, message: `${what}不连续：缺少${listMissing(missing)}`, related, fixes: renumber(element) });
        }
      } else if (c === p) {
        found.push({ code: 'numbering-duplicate', ...at, message: `${what}重复：${quote(element)}与上一项重复`, related, fixes: renumber(element) });
      } else if (c !== 1) {
        found.push({ code: 'numbering-order', ...at, message: `${what}顺序颠倒：${quote(element)}排在${quote(previous)}之后`, related, fixes: renumber(element) });
      }
      previous = element;
    }
  }
  return found;
}

/**
 * The renumber fix of an element: every element of one part of a sequence shares one edit list, made
 * when first asked for, so 1,000 headings all written 一、 make 1,000 edits, not 1,000 lists of them.
 */
function renumbering(text: string, sequence: NumberedSequence, quote: (e: NumberedElement) => string): (element: NumberedElement) => Fix[] {
  let partOf: Map<NumberedElement, NumberedElement[]> | undefined;
  const shared = new Map<NumberedElement[], { edits: Fix['edits']; byStart: Map<number, Fix['edits'][number]> }>();
  return (element) => {
    if (!partOf) {
      partOf = new Map();
      for (const part of restartParts(sequence.elements)) for (const e of part) partOf.set(e, part);
    }
    const part = partOf.get(element)!;
    let renumbered = shared.get(part);
    if (!renumbered) {
      const edits = renumberEdits(text, { ...sequence, elements: part });
      shared.set(part, (renumbered = { edits, byStart: new Map(edits.map((e) => [e.start, e])) }));
    }
    if (!renumbered.edits.length) return [];
    // The title names what this element becomes (重新编号：（四）→（三）), as the other fixes do.
    const own = renumbered.byStart.get(element.numeral.start);
    const becomes = own && `：${quote(element).slice(1, -1)}→${text.slice(element.marker.start, own.start)}${own.newText}${text.slice(own.end, element.marker.end)}`;
    return [{ title: `重新编号${becomes ?? ''}`, edits: renumbered.edits, preferred: true, safe: false }];
  };
}

function listMissing(labels: string[]): string {
  const shown = labels.slice(0, MAX_LISTED).map((l) => `“${l}”`).join('');
  return labels.length > MAX_LISTED ? `${shown}等${labels.length}项` : shown;
}
