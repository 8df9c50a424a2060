// Inline enumeration runs (一是…二是…, 一要…, 第一，…, 首先…其次…): the items of each paragraph,
// filed into runs that a heading closes. Run after the sections are opened (assemble.ts).
import type { LineIndex } from './lines';
import { firstSentenceEnd, isClosingQuote, isComma, matchItemMarker, nextItemBreak } from './markers';
import type { EnumFamily, EnumItem, EnumRun, Mutable, Paragraph, Section } from './model';
import { isSpace } from './text';

interface RunState {
  /** A run whose items open paragraphs (it spans paragraphs). */
  paragraphRun?: EnumRun;
  /** A run written inside a paragraph; nested in paragraphRun when both exist. */
  inlineRun?: EnumRun;
}

/** The items and runs of one speech, paragraph by paragraph. */
export class EnumerationScanner {
  readonly items: EnumItem[] = [];
  readonly runs: EnumRun[] = [];
  private runState = new Map<EnumFamily, RunState>();
  /** Items that open a run after a comma: prose unless the run goes on (dropUnconfirmed). */
  private readonly tentative = new Set<EnumItem>();

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
  ) {}

  /** A heading closes every open run. */
  closeRuns(): void {
    this.runState = new Map();
  }

  /** The items of one paragraph, filed into their runs and into the section they stand in. */
  scan(paragraph: Paragraph, section: Mutable<Section> | undefined): EnumItem[] {
    const found = scanItems(this.text, paragraph, this.lines, section, this.runState, this.runs, this.tentative);
    // A loop, not push(...found): a spread passes one argument per item and overflows the stack past ~125,000.
    for (const item of found) {
      this.items.push(item);
      section?.items.push(item);
    }
    return found;
  }

  /** Ends the speech: runs opened after a comma that nothing continued are dropped. */
  finish(): void {
    dropUnconfirmed(this.text, this.runs, this.items, this.tentative);
  }
}

/** Finds the enumeration items of one paragraph and files each into its run. */
function scanItems(
  text: string,
  paragraph: Paragraph,
  lines: LineIndex,
  section: Section | undefined,
  runState: Map<EnumFamily, RunState>,
  runs: EnumRun[],
  tentative: Set<EnumItem>,
): EnumItem[] {
  const found: Mutable<EnumItem>[] = [];
  const limit = paragraph.end;
  let at = paragraph.start;
  let paragraphStart = !paragraph.heading;
  let afterComma = false;
  while (at < limit) {
    const match = matchItemMarker(text, at, limit);
    // After a comma an item counts when it goes on with an open run (`…的狠劲，三是…` after 二是), or
    // when it is 一 and the run it opens goes on (`存在一些问题，一是…。二是…`): see dropUnconfirmed.
    if (match && (!afterComma || match.value === 1 || continuesRun(runState, match))) {
      const item = fileItem(text, match, at, paragraphStart, lines, section, runState, runs, limit);
      if (item) {
        if (found.length) setItemEnd(text, found[found.length - 1], at);
        found.push(item);
        if (afterComma && match.value === 1) tentative.add(item);
      }
    }
    // Next candidate: past the next sentence mark or comma, closing quotes and spaces.
    let i = nextItemBreak(text, at + 1, limit);
    afterComma = i < limit && isComma(text.charCodeAt(i));
    i++;
    while (i < limit && (isClosingQuote(text.charCodeAt(i)) || isSpace(text.charCodeAt(i)))) i++;
    at = i;
    paragraphStart = false;
  }
  // An inline run nested in a run of paragraph-opening items ends with its paragraph.
  for (const state of runState.values()) if (state.paragraphRun) state.inlineRun = undefined;
  return found;
}

/** An item extends to where the next begins; its title (first sentence) never runs past that. */
function setItemEnd(text: string, item: Mutable<EnumItem>, end: number): void {
  item.end = end;
  let titleEnd = Math.min(firstSentenceEnd(text, item.marker.end, end), end);
  while (titleEnd > item.marker.end && /[\s，,、]/.test(text[titleEnd - 1])) titleEnd--;
  item.title = { start: item.start, end: titleEnd };
}

/** A run opened after a comma that nothing continued was prose (`做好两件事，一是…`), not a list. */
function dropUnconfirmed(text: string, runs: EnumRun[], items: EnumItem[], tentative: Set<EnumItem>): void {
  if (!tentative.size) return;
  const dropped = new Set(runs.filter((r) => r.items.length === 1 && tentative.has(r.items[0])).map((r) => r.items[0]));
  if (!dropped.size) return;
  // The item before a dropped one takes back the text the dropped one had.
  const droppedAt = new Map([...dropped].map((i) => [i.start, i]));
  for (const item of items) {
    const next = droppedAt.get(item.end);
    if (next && !dropped.has(item)) setItemEnd(text, item as Mutable<EnumItem>, next.end);
  }
  const keep = <T>(list: T[], predicate: (x: T) => boolean) => {
    const kept = list.filter(predicate);
    list.length = 0;
    for (const x of kept) list.push(x);
  };
  keep(runs, (r) => !dropped.has(r.items[0]));
  keep(items, (i) => !dropped.has(i));
  for (const item of dropped) if (item.section) keep(item.section.items, (i) => i !== item);
}

/** The next number of an open run, or the same or one further (a duplicate or a gap the checks report). */
function continuesRun(runState: Map<EnumFamily, RunState>, match: { family: EnumFamily; value: number }): boolean {
  const state = runState.get(match.family);
  const run = state?.inlineRun ?? state?.paragraphRun;
  const last = run?.items[run.items.length - 1].value;
  return last !== undefined && match.value >= last && match.value <= last + 2;
}

function fileItem(
  text: string,
  match: NonNullable<ReturnType<typeof matchItemMarker>>,
  at: number,
  paragraphStart: boolean,
  lines: LineIndex,
  section: Section | undefined,
  runState: Map<EnumFamily, RunState>,
  runs: EnumRun[],
  limit: number,
): Mutable<EnumItem> | undefined {
  let state = runState.get(match.family);
  const opensRun = match.value === 1;
  // 其次/再次/最后 only continue an order run that 首先 opened.
  if (match.family === 'order' && !opensRun && !state?.paragraphRun && !state?.inlineRun) return undefined;
  if (!state) runState.set(match.family, (state = {}));

  const item: Mutable<EnumItem> = {
    kind: 'item',
    family: match.family,
    value: match.value,
    numeralStyle: match.numeralStyle,
    line: lines.lineAt(at),
    start: at,
    end: limit,
    marker: { start: at, end: match.end },
    numeral: match.numeral,
    title: { start: at, end: firstSentenceEnd(text, match.end, limit) },
    paragraphStart,
    section,
  };
  const newRun = (): EnumRun => {
    const run: EnumRun = { family: match.family, items: [], section };
    runs.push(run);
    return run;
  };
  let run: EnumRun;
  if (paragraphStart) {
    run = opensRun ? newRun() : (state.paragraphRun ?? state.inlineRun ?? newRun());
    state.paragraphRun = run;
    state.inlineRun = undefined;
  } else {
    run = opensRun ? newRun() : (state.inlineRun ?? state.paragraphRun ?? newRun());
    if (run !== state.paragraphRun) state.inlineRun = run;
  }
  run.items.push(item);
  return item;
}
