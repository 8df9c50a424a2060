// Figures as people read them, in Chinese or English: the CodeLens, picker and hover figures, and the counts the client shows.

export type UiLanguage = 'zh' | 'en';

export function languageOf(locale: string | undefined): UiLanguage {
  return locale?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** 1024 -> 1,024 */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** 200 -> 约 3 分 20 秒 / about 3 min 20 s */
export function formatDuration(seconds: number, language: UiLanguage): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (language === 'zh') return `约 ${minutes ? `${minutes} 分` : ''}${minutes && !rest ? '钟' : `${minutes ? ' ' : ''}${rest} 秒`}`;
  return `about ${minutes ? `${minutes} min` : ''}${minutes && !rest ? '' : `${minutes ? ' ' : ''}${rest} s`}`;
}

/** Pages as a part of the figures: 第 3 页 / 第 2–3 页 (page 3 / pages 2–3). */
export function formatPages(page: number, pages: number, language: UiLanguage): string {
  const last = page + Math.max(1, pages) - 1;
  const range = last > page ? `${page}–${last}` : `${page}`;
  return language === 'zh' ? `第 ${range} 页` : `${last > page ? 'pages' : 'page'} ${range}`;
}

/**
 * The figures of a part of a speech, one format wherever they are shown (CodeLens, statistics picker,
 * hover): 1,024 字 · 约 3 分 20 秒 · 第 2–3 页.
 */
export function partFigures(part: { characters: number; seconds: number; page?: number; pages?: number }, language: UiLanguage): string {
  const figures = [language === 'zh' ? `${formatCount(part.characters)} 字` : `${formatCount(part.characters)} characters`, formatDuration(part.seconds, language)];
  if (part.page !== undefined) figures.push(formatPages(part.page, part.pages ?? 1, language));
  return figures.join(' · ');
}
