// Literal words found in one pass over a text: a table from a word's first character to the words that
// start with it, longest first. Hundreds of words cost one table look-up per character, not a search each.

export class WordTable<T> {
  private readonly byFirst = new Map<number, { word: string; value: T }[]>();

  constructor(entries: Iterable<readonly [word: string, value: T]>) {
    for (const [word, value] of entries) {
      if (!word) continue;
      const first = word.charCodeAt(0);
      const list = this.byFirst.get(first);
      if (list) list.push({ word, value });
      else this.byFirst.set(first, [{ word, value }]);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.word.length - a.word.length);
  }

  get size(): number {
    return this.byFirst.size;
  }

  /** Each word in text[from, to), the longest where several start at one place; found words do not overlap. */
  find(text: string, from: number, to: number, visit: (start: number, word: string, value: T) => void): void {
    for (let i = from; i < to; i++) {
      const list = this.byFirst.get(text.charCodeAt(i));
      if (!list) continue;
      for (const { word, value } of list) {
        if (i + word.length <= to && text.startsWith(word, i)) {
          visit(i, word, value);
          i += word.length - 1;
          break;
        }
      }
    }
  }
}

/** Whether text[start, end) lies inside an occurrence of `word` (an allowed word, a term's right form). */
export function insideWord(text: string, start: number, end: number, word: string): boolean {
  if (!word || end - start > word.length) return false;
  return text.slice(Math.max(0, end - word.length), start + word.length).includes(word);
}
