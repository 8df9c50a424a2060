// Completion: phrases matched by the Chinese text or the pinyin typed before the cursor, and the
// next marker of the list being written (二是 after a finished 一是…。, （三） on a new line in （二）).
import { familyMarker } from './markerText';
import { lastStartingBefore } from './sorted';
import type { Section, Speech, SpeechModel } from './model';
import { isNumbered, LAST_IN_ORDER } from './model';
import type { Phrase, PhraseIndex, PhrasePlace } from './phrases';
import { snippetText } from './snippetText';
import { relabel } from './sequences';

export interface SpeechCompletion {
  label: string;
  /** 'phrase' for phrase sets, 'marker' for the next list marker. */
  kind: 'phrase' | 'snippet' | 'marker';
  detail: string;
  /** Markdown. */
  documentation: string;
  filterText: string;
  sortText: string;
  /** Replaces exactly what was typed (the matched prefix) with the phrase. */
  edit: { start: number; end: number; newText: string };
  /** newText is a snippet with tab stops. */
  isSnippet: boolean;
  preselect?: boolean;
}

const MAX_PREFIX = 24;
const MAX_ITEMS = 60;
const MIN_PINYIN = 2;
const PLACE_NAMES: Record<PhrasePlace, string> = { opening: '开头', body: '正文', closing: '结尾', any: '通用' };

export function getCompletions(model: SpeechModel, offset: number, index: PhraseIndex): SpeechCompletion[] {
  const line = model.lines.lineAt(offset);
  const lineStart = model.lines.starts[line];
  const before = model.text.slice(Math.max(lineStart, offset - 64), offset);
  const context = contextAt(model, offset);
  const items = [...nextMarkers(model, offset, lineStart, context), ...phraseCompletions(before, offset, index, context.place)];
  return items.sort((a, b) => (a.sortText < b.sortText ? -1 : a.sortText > b.sortText ? 1 : 0)).slice(0, MAX_ITEMS);
}

interface Context {
  speech?: Speech;
  /** The innermost section the cursor is in. */
  section?: Section;
  place: 'opening' | 'body' | 'closing';
  /** At or after the speech's closing paragraph (谢谢大家！). */
  inClosing: boolean;
}

function contextAt(model: SpeechModel, offset: number): Context {
  const speech = lastStartingBefore(model.speeches, offset + 1) ?? model.speeches[0];
  if (!speech) return { place: 'opening', inClosing: false };
  const heading = lastStartingBefore(speech.headings, offset);
  let section: Section | undefined;
  if (heading) {
    // The innermost section containing the cursor, found down the tree from the top.
    for (let level: Section[] = speech.sections; section?.heading !== heading; ) {
      section = lastStartingBefore(level, offset);
      if (!section) break;
      level = section.children;
    }
  }
  const closing = speech.paragraphs.find((p) => p.role === 'closing');
  const length = Math.max(1, speech.contentEnd - speech.start);
  const fraction = (offset - speech.start) / length;
  const inClosing = closing !== undefined && offset >= closing.start;
  const place = inClosing || (heading && fraction > 0.85) ? 'closing' : !heading ? 'opening' : 'body';
  return { speech, section, place, inClosing };
}

/** The next item of the run being written, and the next heading at each level, where one fits. */
function nextMarkers(model: SpeechModel, offset: number, lineStart: number, context: Context): SpeechCompletion[] {
  const text = model.text;
  let typedFrom = offset;
  while (typedFrom > lineStart && !/[。！？；：!?;:\s]/.test(text[typedFrom - 1])) typedFrom--;
  const typed = text.slice(typedFrom, offset);
  const atLineStart = !text.slice(lineStart, typedFrom).trim();
  const items: SpeechCompletion[] = [];
  const offer = (marker: string, detail: string, documentation: string) => {
    if (typed && !marker.startsWith(typed)) return;
    items.push({
      label: marker,
      kind: 'marker',
      detail,
      documentation,
      filterText: marker,
      sortText: `0${items.length}`,
      edit: { start: typedFrom, end: offset, newText: marker },
      isSnippet: false,
      preselect: items.length === 0,
    });
  };
  const { section, speech } = context;
  // No numbering in the closing (谢谢大家！): the lists are over.
  if (context.inClosing) return items;
  // After a finished item (`一是…。`) in this paragraph or the one before, the next one of its run.
  const item = section ? lastStartingBefore(section.items, offset) : speech && lastStartingBefore(speech.items.filter((i) => !i.section), offset);
  const lastRun = item && speech?.runs.find((r) => r.items.includes(item));
  const paragraphs = speech?.paragraphs ?? [];
  const here = lastStartingBefore(paragraphs, offset);
  const near = here && offset <= here.end ? lastStartingBefore(paragraphs, here.start) ?? here : here;
  // The cursor's sentence starts after the item's marker: the item is finished.
  if (item && lastRun && item === lastRun.items.at(-1) && item.value !== LAST_IN_ORDER && typedFrom > item.marker.end && (!near || item.start >= near.start)) {
    const marker = familyMarker(item.family, item.value + 1);
    offer(marker, '下一项', `接着“${text.slice(item.marker.start, item.marker.end)}”写下一项：**${marker}**`);
  }
  // On a new line, the next heading of the current section's level, then of each level above.
  if (atLineStart && section) {
    const cursorLine = model.lines.lineAt(offset);
    for (let s: Section | undefined = section; s; s = s.parent) {
      const heading = s.heading;
      if (!isNumbered(heading.marker) || heading.line === cursorLine) continue;
      // Not a number the speech already has further on at this level (（一）…|…（二）).
      const siblings = s.parent ? s.parent.children : (speech?.sections ?? []);
      if (siblings.some((o) => o.start > heading.start && o.heading.level === heading.level && o.heading.marker.value === heading.marker.value + 1)) continue;
      // The marker with the next number, without punctuation added after it (一、，).
      const { marker } = heading;
      const next = relabel(text, { start: marker.start, end: marker.extraPunctuation?.start ?? marker.end }, marker.numeral, marker.value + 1);
      offer(next, '下一个标题', `接着“${text.slice(heading.marker.start, heading.marker.end)}”写下一个同级标题`);
    }
  }
  return items;
}

/** Phrases whose text starts with what was typed before the cursor, or whose pinyin does. */
function phraseCompletions(before: string, offset: number, index: PhraseIndex, place: Context['place']): SpeechCompletion[] {
  const matches = new Map<Phrase, { length: number; filterText: string; rank: number }>();
  const add = (phrase: Phrase, length: number, filterText: string, rank: number) => {
    if (!matches.has(phrase)) matches.set(phrase, { length, filterText, rank });
  };
  // Pinyin typed in ASCII: initials (zzsg) or the start of the full pinyin (zhenzhua).
  const ascii = /[A-Za-z]+$/.exec(before)?.[0].toLowerCase();
  if (ascii && ascii.length >= MIN_PINYIN) {
    for (const p of index.byInitials.withPrefix(ascii, MAX_ITEMS)) add(p, ascii.length, p.initials, p.initials.length === ascii.length ? 0 : 1);
    for (const p of index.byFullPinyin.withPrefix(ascii, MAX_ITEMS)) add(p, ascii.length, p.full, 2);
  } else {
    // Chinese (punctuation included): the longest stretch before the cursor that starts a phrase.
    const chars = Array.from(before.slice(-MAX_PREFIX * 2)).slice(-MAX_PREFIX);
    for (let k = chars.length; k >= 1; k--) {
      const typed = chars.slice(-k).join('');
      if (/^\s/.test(typed) || (k === 1 && matches.size)) continue;
      for (const p of index.byText.withPrefix(typed, MAX_ITEMS)) if (p.plain !== typed) add(p, typed.length, p.plain, MAX_PREFIX - k);
    }
  }
  return [...matches].map(([phrase, match], i) => {
    const fits = phrase.where === place || phrase.where === 'any' ? 0 : phrase.where === 'body' ? 1 : 2;
    const label = snippetText(phrase.text, '〔', '〕');
    return {
      label,
      kind: phrase.text.includes('$') ? 'snippet' : 'phrase',
      detail: `${phrase.category} · ${PLACE_NAMES[phrase.where]}${phrase.builtIn ? '' : ' · 自定义'}`,
      documentation: `${label}\n\n*${phrase.category}*，适用于${PLACE_NAMES[phrase.where]}`,
      filterText: match.filterText,
      sortText: `${fits + 1}${String(match.rank).padStart(2, '0')}${String(i).padStart(4, '0')}`,
      edit: { start: offset - match.length, end: offset, newText: phrase.text },
      isSnippet: phrase.text.includes('$'),
    };
  });
}
