// Figures as people read them, in Chinese or English: the CodeLens titles, and the counts the client shows.

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

/** The CodeLens above a level-1 section: 约 3 分 20 秒 · 1,024 字 */
export function sectionLensTitle(characters: number, seconds: number, language: UiLanguage): string {
  return language === 'zh' ? `${formatDuration(seconds, 'zh')} · ${formatCount(characters)} 字` : `${formatDuration(seconds, 'en')} · ${formatCount(characters)} characters`;
}
