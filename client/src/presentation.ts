// What the client shows, as pure functions of the server's answers (tested without VS Code).
import type { PhraseItem, StatisticsResult } from '../../server/src/protocol';
import { formatCount, partFigures, type UiLanguage } from '../../server/src/service/format';
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

/** 字数 1,024 · 约 7 分钟 · 6 页 · 占位符 3 */
export function statusText(statistics: Statistics, t: Translate): string {
  const { characters, seconds, pages, placeholders } = statistics;
  if (pages === undefined) return t('{0} characters · about {1} min · {2} placeholders', formatCount(characters), minutesOf(seconds), placeholders.length);
  return t('{0} characters · about {1} min · {2} pages · {3} placeholders', formatCount(characters), minutesOf(seconds), pages, placeholders.length);
}

export interface SectionPick {
  label: string;
  description: string;
  /** Where to go when picked; none for the summary line. */
  range?: Range;
}

/**
 * The per-part figures: a summary, then the opening, each level-1 and level-2 section (level 2 indented)
 * and the closing, in the one format of the CodeLens and the hover (1,024 字 · 约 3 分 20 秒 · 第 2–3 页).
 */
export function sectionPicks(statistics: Statistics, t: Translate, language: UiLanguage): SectionPick[] {
  const whole = t('{0} at {1} characters/min', partFigures({ characters: statistics.characters, seconds: statistics.seconds }, language), statistics.rate);
  const summary = { label: t('Whole document'), description: statistics.pages === undefined ? whole : `${whole} · ${t('{0} pages', statistics.pages)}` };
  const label = (s: Statistics['sections'][number]) => (s.kind === 'opening' ? t('Opening') : s.kind === 'closing' ? t('Closing') : `${s.level === 2 ? '\u2003\u2003' : ''}${s.name}`);
  return [summary, ...statistics.sections.map((s) => ({ label: label(s), description: partFigures(s, language), range: s.range }))];
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
