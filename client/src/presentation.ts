// What the client shows, as pure functions of the server's answers (tested without VS Code).
import type { PhraseItem, StatisticsResult } from '../../server/src/protocol';
import { formatCount } from '../../server/src/service/format';
import { snippetText } from '../../server/src/service/snippetText';

/** vscode.l10n.t: English message with {0} placeholders in, localised string out. */
export type Translate = (message: string, ...args: (string | number)[]) => string;

type Statistics = NonNullable<StatisticsResult>;
interface Position {
  line: number;
  character: number;
}
interface Range {
  start: Position;
  end: Position;
}

function minutesOf(seconds: number): number {
  return seconds > 0 ? Math.max(1, Math.round(seconds / 60)) : 0;
}

/** 字数 1,024 · 约 7 分钟 · 占位符 3 */
export function statusText(statistics: Statistics, t: Translate): string {
  return t('{0} characters · about {1} min · {2} placeholders', formatCount(statistics.characters), minutesOf(statistics.seconds), statistics.placeholders.length);
}

function durationText(seconds: number, t: Translate): string {
  const minutes = Math.floor(seconds / 60);
  return minutes ? t('about {0} min {1} s', minutes, seconds % 60) : t('about {0} s', seconds);
}

export interface SectionPick {
  label: string;
  description: string;
  /** Where to go when picked; none for the summary line. */
  range?: Range;
}

/** The per-section figures: a summary, then each level-1 and level-2 section, level 2 indented. */
export function sectionPicks(statistics: Statistics, t: Translate): SectionPick[] {
  const summary = {
    label: t('Whole document'),
    description: t('{0} characters · {1} at {2} characters/min', formatCount(statistics.characters), durationText(statistics.seconds, t), statistics.rate),
  };
  return [
    summary,
    ...statistics.sections.map((s) => ({
      label: `${s.level === 2 ? '\u2003\u2003' : ''}${s.name}`,
      description: t('{0} characters · {1}', formatCount(s.characters), durationText(s.seconds, t)),
      range: s.range,
    })),
  ];
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);

/** The next placeholder after `cursor` (or the previous one before it), wrapping around the document. */
export function nextPlaceholder(placeholders: readonly Range[], cursor: Position, forward: boolean): Range | undefined {
  if (!placeholders.length) return undefined;
  if (forward) return placeholders.find((p) => before(cursor, p.start)) ?? placeholders[0];
  return [...placeholders].reverse().find((p) => before(p.start, cursor)) ?? placeholders[placeholders.length - 1];
}

export interface PhrasePick {
  label: string;
  description: string;
  detail: string;
  snippet: string;
}

/** Insert-phrase picker items: searchable by the Chinese text and, through the detail, by pinyin. */
export function phrasePicks(phrases: readonly PhraseItem[]): PhrasePick[] {
  return phrases.map((p) => ({
    label: snippetText(p.text, '〔', '〕'),
    description: p.category,
    detail: `${p.initials} · ${p.full}`,
    snippet: p.text,
  }));
}
