// mixed-numbering-style (headings of one level in two styles) and marker-punctuation.
import type { Heading, MarkerStyle, SpeechModel } from '../model';
import type { Finding } from './types';
import { formatCircledNumeral } from '../numerals';

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
export function findMixedHeadingStyles(model: SpeechModel): Finding[] {
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
        const newText = restyle(model, heading, target);
        found.push({
          code: 'mixed-numbering-style',
          start: heading.marker.start,
          end,
          message: `同级标题编号形式不一致：本篇多用“${example}”式，此处为“${written}”`,
          related: [{ start: sample.marker.start, end: sample.marker.end, message: `“${example}”式的标题` }],
          fixes: [{ title: `改为“${newText}”`, edits: [{ start: heading.marker.start, end, newText }], preferred: true, safe: true }],
        });
      }
    }
  }
  return found;
}

export function findMarkerPunctuation(model: SpeechModel): Finding[] {
  const text = model.text;
  const found: Finding[] = [];
  const report = (start: number, message: string, newText: string) =>
    found.push({
      code: 'marker-punctuation',
      start,
      end: start + 1,
      message,
      fixes: [{ title: newText ? `改为“${newText}”` : `删除“${text[start]}”`, edits: [{ start, end: start + 1, newText }], preferred: true, safe: true }],
    });
  for (const speech of model.speeches) {
    for (const heading of speech.headings) {
      const { marker } = heading;
      const numeral = text.slice(marker.numeral.start, marker.numeral.end);
      if (marker.style === 'cn-dot' || marker.style === 'cn-comma') {
        report(marker.end - 1, `一级标题序号“${numeral}”后应用顿号“、”，不用“${text[marker.end - 1]}”`, '、');
      } else if (marker.extraPunctuation) {
        const written = text.slice(marker.start, marker.extraPunctuation.start);
        report(marker.extraPunctuation.start, `“${written}”后不加标点`, '');
      }
    }
    for (const item of speech.items) {
      if (item.family !== 'di' && item.family !== 'order') continue;
      const mark = text[item.marker.end - 1];
      const wrong = item.family === 'di' ? mark === '、' || mark === '：' || mark === ':' : mark === '：' || mark === ':';
      if (wrong) report(item.marker.end - 1, `“${text.slice(item.marker.start, item.marker.end - 1)}”后应用逗号“，”，不用“${mark}”`, '，');
    }
  }
  return found;
}
