import { partitionPoint } from './sorted';
import type { Span } from './model';
import type { Position } from './types';

/** Where each line starts, for offset <-> position conversion. Accepts \n, \r\n and \r line ends. */
export class LineIndex {
  /** Offset of the first character of each line. */
  readonly starts: number[];
  /** Offset just past each line's text, before its line end. */
  readonly ends: number[];

  constructor(readonly text: string) {
    const starts = [0];
    const ends: number[] = [];
    if (!text.includes('\r')) {
      // The common case, found by the engine's own search rather than a loop over every character.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        ends.push(i);
        starts.push(i + 1);
      }
      ends.push(text.length);
      this.starts = starts;
      this.ends = ends;
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) {
        ends.push(i);
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    ends.push(text.length);
    this.starts = starts;
    this.ends = ends;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** From the start of line `first` to the start of the line after `last` (the end of the text after the last line). */
  spanOfLines(first: number, last = first): Span {
    return { start: this.starts[first], end: last + 1 < this.starts.length ? this.starts[last + 1] : this.text.length };
  }

  lineAt(offset: number): number {
    return Math.max(0, partitionPoint(this.starts, (start) => start <= offset) - 1);
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(clamped);
    return { line, character: Math.min(clamped, this.ends[line]) - this.starts[line] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line];
    return Math.min(start + Math.max(0, position.character), this.ends[position.line]);
  }
}
