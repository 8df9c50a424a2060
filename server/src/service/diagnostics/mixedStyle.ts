// mixed-numbering-style: headings of one level in two styles, and enumeration families mixed in one
// list (一是…二是…第三，).
import type { EnumRun, Heading, MarkerStyle, SpeechModel } from '../model';
import { LAST_IN_ORDER } from '../model';
import { FAMILY_NAMES } from '../names';
import { familyMarker } from '../markerText';
import { formatCircledNumeral } from '../numerals';
import { replaceFix, type Check, type Finding } from './types';

export const mixedStyleCheck: Check = {
  rules: ['mixed-numbering-style'],
  find: (model) => {
    const found = findMixedHeadingStyles(model);
    for (const finding of findMixedFamilies(model)) found.push(finding);
    return found;
  },
};

/** Styles that are variants of one another, per level; level 1 variants are punctuation errors instead. */
const STYLE_GROUPS: Partial<Record<MarkerStyle, string>> = {
  'cn-paren': 'level2',
  'cn-ascii-paren': 'level2',
  'num-dot': 'level3',
  'num-fullwidth-dot': 'level3',
  'num-dun': 'level3',
  'num-paren': 'level4',
  'num-ascii-paren': 'level4',
  circled: 'level4',
};

/** The full-width form of a bracket style; other styles are their own. */
const FULL_WIDTH_STYLE: Partial<Record<MarkerStyle, MarkerStyle>> = { 'cn-ascii-paren': 'cn-paren', 'num-ascii-paren': 'num-paren' };
const fullWidth = (style: MarkerStyle): MarkerStyle => FULL_WIDTH_STYLE[style] ?? style;

/** The marker written in another style, keeping its number: （一） <-> (一), 1. <-> 1、, ③ <-> （3）. */
function restyle(model: SpeechModel, heading: Heading, style: MarkerStyle): string {
  const { value, numeral: span } = heading.marker;
  const written = model.text.slice(span.start, span.end);
  const numeral = heading.marker.style === 'circled' ? String(value) : written;
  switch (style) {
    case 'cn-paren':
    case 'num-paren':
      return `（${numeral}）`;
    case 'cn-ascii-paren':
    case 'num-ascii-paren':
      return `(${numeral})`;
    case 'num-dot':
      return `${numeral}.`;
    case 'num-fullwidth-dot':
      return `${numeral}．`;
    case 'num-dun':
      return `${numeral}、`;
    default:
      return formatCircledNumeral(value);
  }
}

/**
 * Headings of a level written in another style than most of that level in the speech. The fix aims at
 * the majority style, but never at half-width brackets: where most write (一), the full-width （一） is
 * the target and the (一) are left to halfwidth-punctuation, so each problem is reported once.
 */
function findMixedHeadingStyles(model: SpeechModel): Finding[] {
  const found: Finding[] = [];
  for (const speech of model.speeches) {
    const byGroup = new Map<string, Heading[]>();
    for (const heading of speech.headings) {
      const group = STYLE_GROUPS[heading.marker.style];
      if (!group) continue;
      const list = byGroup.get(group);
      if (list) list.push(heading);
      else byGroup.set(group, [heading]);
    }
    for (const headings of byGroup.values()) {
      const counts = new Map<MarkerStyle, number>();
      for (const h of headings) counts.set(h.marker.style, (counts.get(h.marker.style) ?? 0) + 1);
      if (counts.size < 2) continue;
      // The majority style; on a tie, the one used first (Map keeps first-use order).
      const majority = [...counts.entries()].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
      const target = fullWidth(majority);
      const sample = headings.find((h) => h.marker.style === target || h.marker.style === majority)!;
      const example = restyle(model, sample, target);
      for (const heading of headings) {
        const style = heading.marker.style;
        if (style === target || style === majority) continue;
        // The marker without wrong punctuation after it: that is marker-punctuation's to fix.
        const end = heading.marker.extraPunctuation?.start ?? heading.marker.end;
        const written = model.text.slice(heading.marker.start, end);
        found.push({
          code: 'mixed-numbering-style',
          start: heading.marker.start,
          end,
          message: `同级标题编号形式不一致：本篇多用“${example}”式，此处为“${written}”`,
          related: [{ start: sample.marker.start, end: sample.marker.end, message: `“${example}”式的标题` }],
          fixes: [replaceFix(model.text, heading.marker.start, end, restyle(model, heading, target), true)],
        });
      }
    }
  }
  return found;
}

const continuing = new WeakMap<SpeechModel, Map<EnumRun, EnumRun>>();

/**
 * Runs that go on with the numbering of a run of another family in the same section (`一是…二是…第三，`),
 * each with the run it goes on from. numbering-gap reads them too: such a run starts at 3 but has no gap.
 */
export function continuingRuns(model: SpeechModel): Map<EnumRun, EnumRun> {
  let found = continuing.get(model);
  if (found) return found;
  continuing.set(model, (found = new Map()));
  for (const speech of model.speeches) {
    speech.runs.forEach((run, index) => {
      const first = run.items[0];
      if (first.value <= 1 || first.value === LAST_IN_ORDER) return;
      const before = speech.runs
        .slice(0, index)
        .filter((r) => r.section === run.section && r.family !== run.family && r.items.at(-1)!.end <= first.start)
        .at(-1);
      if (before && before.items.at(-1)!.value === first.value - 1) found.set(run, before);
    });
  }
  return found;
}

/** One finding on the first marker of each continuing run, with the fix writing it in the first family. */
function findMixedFamilies(model: SpeechModel): Finding[] {
  const found: Finding[] = [];
  for (const [run, before] of continuingRuns(model)) {
    const first = run.items[0];
    const last = before.items.at(-1)!;
    const written = model.text.slice(first.marker.start, first.marker.end);
    found.push({
      code: 'mixed-numbering-style',
      start: first.marker.start,
      end: first.marker.end,
      message: `列举方式混用：前面用“${FAMILY_NAMES[before.family]}”式，此处为“${written}”`,
      related: [{ start: last.marker.start, end: last.marker.end, message: `前一项“${model.text.slice(last.marker.start, last.marker.end)}”` }],
      fixes: [replaceFix(model.text, first.marker.start, first.marker.end, familyMarker(before.family, first.value), true)],
    });
  }
  return found;
}
