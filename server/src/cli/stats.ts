// speech-writer stats: 字数 and speaking time of each file, and of the opening, each level-1 and level-2
// section and the closing, as a table (figures first, so the names need no alignment) or JSON.
import type { Command } from '../cli';
import { DEFAULT_SPEAKING_RATE, formatCount, formatDuration, getPageModel, getStatistics, parse, resolvePreset, type SectionStatistics, type Statistics } from '../service';
import type { Language, Translate } from './messages';

/** Fields a newer service may add (the part's kind, pages once there is a page model). */
type Row = SectionStatistics & { kind?: string; page?: number; pages?: number };

const MIN_RATE = 30;
const MAX_RATE = 600;

function table(path: string, statistics: Omit<Statistics, 'placeholders'> & { pages?: number }, t: Translate, language: Language): string {
  const rows = statistics.sections as Row[];
  const withPages = statistics.pages !== undefined;
  const name = (row: Row) => (row.kind === 'opening' ? t('stats.opening') : row.kind === 'closing' ? t('stats.closing') : row.name);
  /** The pages a part is printed on: 3, or 2–4. */
  const span = (first: number | undefined, count: number | undefined) => (first === undefined || !count ? '' : count === 1 ? String(first) : `${first}–${first + count - 1}`);
  const lines: string[][] = [
    [t('stats.characters'), t('stats.time'), ...(withPages ? [t('stats.pages')] : []), t('stats.section')],
    [formatCount(statistics.characters), formatDuration(statistics.seconds, language), ...(withPages ? [span(1, statistics.pages)] : []), t('stats.whole')],
    ...rows.map((row) => [formatCount(row.characters), formatDuration(row.seconds, language), ...(withPages ? [span(row.page, row.pages)] : []), '  '.repeat(Math.max(0, row.level - 1)) + name(row)]),
  ];
  const width = (s: string) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) >= 0x1100 ? 2 : 1), 0);
  const columns = lines[0].length - 1;
  const widths = Array.from({ length: columns }, (_, c) => lines.reduce((widest, l) => Math.max(widest, width(l[c])), 0));
  const pad = (s: string, w: number) => ' '.repeat(w - width(s)) + s;
  const body = lines.map((l) => [...l.slice(0, columns).map((cell, c) => pad(cell, widths[c])), l[columns]].join('  ').trimEnd());
  return `${t('stats.title', path, statistics.rate)}\n${body.join('\n')}\n`;
}

export const statsCommand: Command = {
  summary: 'summary.stats',
  usage: 'stats [--json] [--rate N] FILE...',
  flags: { '--json': true, '--rate': 'N' },
  run({ files }, { options, io, t, language }) {
    const rate = Number(options.get('--rate') ?? DEFAULT_SPEAKING_RATE);
    if (!Number.isFinite(rate) || rate < MIN_RATE || rate > MAX_RATE) {
      io.err(`speech-writer stats: ${t('rateRange', MIN_RATE, MAX_RATE)}\n`);
      return 2;
    }
    // Pages as the default export preset prints them (official: 22 lines of 28 characters).
    const preset = resolvePreset([]);
    const results = files.map(({ path, text }) => {
      const model = parse(text);
      const { placeholders: _, ...statistics } = getStatistics(model, [], rate, getPageModel(model, preset, { speakingRate: rate }));
      return { path, ...statistics };
    });
    if (options.has('--json')) io.out(JSON.stringify(files.length === 1 ? results[0] : results, null, 2) + '\n');
    else io.out(results.map((r) => table(r.path, r, t, language)).join('\n'));
    return 0;
  },
};
