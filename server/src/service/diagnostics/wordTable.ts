// Literal words found in one pass over a text: a table from a word's first character to the words that
// start with it, longest first. Hundreds of words cost one table look-up per character, not a search each.

export class WordTable<T> {
  private readonly byFirst = new Map<number, { word: string; value: T }[]>();
  /** 1 for a UTF-16 unit that starts a word: most characters are passed over by one array read. */
  private readonly starts = new Uint8Array(0x10000);
  /** The first two UTF-16 units of words longer than one, so a common first character rarely goes further. */
  private readonly pairs = new Set<number>();
  private readonly singles = new Uint8Array(0x10000);

  constructor(entries: Iterable<readonly [word: string, value: T]>) {
    for (const [word, value] of entries) {
      if (!word) continue;
      const first = word.charCodeAt(0);
      this.starts[first] = 1;
      if (word.length > 1) this.pairs.add(first * 0x10000 + word.charCodeAt(1));
      else this.singles[first] = 1;
      const list = this.byFirst.get(first);
      if (list) list.push({ word, value });
      else this.byFirst.set(first, [{ word, value }]);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.word.length - a.word.length);
  }

  get size(): number {
    return this.byFirst.size;
  }

  /**
   * Each word in text[from, to), the longest where several start at one place; found words do not overlap,
   * except after one the visitor passes over by returning false (但是 not doubled: 是是 may start inside it).
   */
  find(text: string, from: number, to: number, visit: (start: number, word: string, value: T) => boolean | void): void {
    const { starts, pairs, singles } = this;
    for (let i = from; i < to; i++) {
      const first = text.charCodeAt(i);
      if (!starts[first] || (!singles[first] && !pairs.has(first * 0x10000 + text.charCodeAt(i + 1)))) continue;
      for (const { word, value } of this.byFirst.get(first)!) {
        if (i + word.length <= to && text.startsWith(word, i)) {
          if (visit(i, word, value) !== false) i += word.length - 1;
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
