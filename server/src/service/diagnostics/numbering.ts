// numbering-gap, numbering-duplicate, numbering-order, and enumeration families mixed in one list
// (首先…其次…第三), which is reported as mixed-numbering-style.
import type { EnumFamily, EnumRun, SpeechModel } from '../model';
import { LAST_IN_ORDER } from '../model';
import { formatChineseNumeral } from '../numerals';
import { FAMILY_NAMES } from '../names';
import { numberedSequences, relabel, renumberEdits, restartParts, type NumberedElement } from '../sequences';
import type { Finding, Fix } from './types';

const MAX_LISTED = 3;

export function findNumberingProblems(model: SpeechModel): Finding[] {
  const text = model.text;
  const found: Finding[] = [];
  const mixedStarts = findMixedFamilies(model);
  for (const sequence of numberedSequences(model)) {
    const what = sequence.kind === 'heading' ? '编号' : '列举';
    const label = (e: NumberedElement, value = e.value) => relabel(text, e.marker, e.numeral, value);
    const quote = (e: NumberedElement) => `“${text.slice(e.marker.start, e.marker.end)}”`;
    const renumber = (element: NumberedElement): Fix[] => {
      const part = restartParts(sequence.elements).find((p) => p.includes(element))!;
      const edits = renumberEdits(text, { ...sequence, elements: part });
      // The title names what this element becomes (重新编号：（四）→（三）), as the other fixes do.
      const own = edits.find((e) => e.start === element.numeral.start);
      const becomes = own && `：${quote(element).slice(1, -1)}→${text.slice(element.marker.start, own.start)}${own.newText}${text.slice(own.end, element.marker.end)}`;
      return edits.length ? [{ title: `重新编号${becomes ?? ''}`, edits, preferred: true, safe: false }] : [];
    };
    let previous: NumberedElement | undefined;
    for (const element of sequence.elements) {
      const at = { start: element.marker.start, end: element.marker.end };
      const c = element.value;
      if (!previous) {
        const mixed = sequence.run && mixedStarts.get(sequence.run);
        if (mixed) found.push(mixed);
        else if (c > 1 && sequence.family !== 'order') {
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

function listMissing(labels: string[]): string {
  const shown = labels.slice(0, MAX_LISTED).map((l) => `“${l}”`).join('');
  return labels.length > MAX_LISTED ? `${shown}等${labels.length}项` : shown;
}

/** A marker of `family` with number `value`: 三是, 三要, 第三，, 再次，. */
export function familyMarker(family: EnumFamily, value: number): string {
  if (family === 'order') return (['首先', '其次', '再次'][value - 1] ?? '最后') + '，';
  const numeral = formatChineseNumeral(value);
  return family === 'shi' ? `${numeral}是` : family === 'yao' ? `${numeral}要` : `第${numeral}，`;
}

/**
 * Runs that continue the numbering of a run of another family in the same section
 * (`一是…二是…第三，`): one finding on the first marker, with the fix writing it in the first family.
 */
function findMixedFamilies(model: SpeechModel): Map<EnumRun, Finding> {
  const mixed = new Map<EnumRun, Finding>();
  for (const speech of model.speeches) {
    speech.runs.forEach((run, index) => {
      const first = run.items[0];
      if (first.value <= 1 || first.value === LAST_IN_ORDER) return;
      const before = speech.runs
        .slice(0, index)
        .filter((r) => r.section === run.section && r.family !== run.family && r.items.at(-1)!.end <= first.start)
        .at(-1);
      const last = before?.items.at(-1);
      if (!before || !last || last.value !== first.value - 1) return;
      const written = model.text.slice(first.marker.start, first.marker.end);
      const newText = familyMarker(before.family, first.value);
      mixed.set(run, {
        code: 'mixed-numbering-style',
        start: first.marker.start,
        end: first.marker.end,
        message: `列举方式混用：前面用“${FAMILY_NAMES[before.family]}”式，此处为“${written}”`,
        related: [{ start: last.marker.start, end: last.marker.end, message: `前一项“${model.text.slice(last.marker.start, last.marker.end)}”` }],
        fixes: [{ title: `改为“${newText}”`, edits: [{ start: first.marker.start, end: first.marker.end, newText }], preferred: true, safe: true }],
      });
    });
  }
  return mixed;
}

