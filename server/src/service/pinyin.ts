// Pinyin for phrases users add at run time, from a character table generated at build time with
// pinyin-pro (the built-in phrases get word-aware pinyin at build time instead).
import table from './data/pinyin.generated.json';

let readings: Map<string, string> | undefined;

function readingOf(ch: string): string | undefined {
  if (!readings) {
    readings = new Map();
    for (const [syllable, chars] of Object.entries(table as Record<string, string>)) {
      for (const c of chars) if (!readings.has(c)) readings.set(c, syllable);
    }
  }
  return readings.get(ch);
}

/** Initials (真抓实干 -> zzsg) and full pinyin (zhenzhuashigan) of the Chinese characters of a text. */
export function pinyinOf(text: string): { initials: string; full: string } {
  let initials = '';
  let full = '';
  for (const ch of text) {
    const syllable = readingOf(ch);
    if (syllable) {
      initials += syllable[0];
      full += syllable;
    }
  }
  return { initials, full };
}
