// The client's side of a document, written apart from the server's code: line ends as LSP counts them
// (\r\n, \r, \n), positions in UTF-16 units, edits applied and checked as an editor would.

export interface Position {
  line: number;
  character: number;
}
export interface LspRange {
  start: Position;
  end: Position;
}
export interface LspEdit {
  range: LspRange;
  newText: string;
}

/** Offsets where each line starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\r' && text[i + 1] === '\n') i++;
    if (c === '\r' || c === '\n') starts.push(i + 1);
  }
  return starts;
}

/** The end of a line's content, before its line end. */
function contentEnd(text: string, starts: number[], line: number): number {
  let end = line + 1 < starts.length ? starts[line + 1] : text.length;
  while (end > starts[line] && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return end;
}

/** As the LSP text-document library reads a position: past the line's content is its end. */
export function offsetAt(text: string, starts: number[], { line, character }: Position): number {
  if (line >= starts.length) return text.length;
  return Math.min(starts[line] + character, contentEnd(text, starts, line));
}

export function positionAt(starts: number[], offset: number): Position {
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
  return { line, character: offset - starts[line] };
}

/** An offset moved off the middle of a \r\n, where no position can point. */
export function snap(text: string, offset: number): number {
  return text[offset - 1] === '\r' && text[offset] === '\n' ? offset - 1 : offset;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
/** Whether `offset` falls between the two halves of one character. */
export const splitsPair = (text: string, offset: number): boolean => offset > 0 && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));

/**
 * Applies edits as one change, as a client applies a WorkspaceEdit; the list says what is unsafe in
 * them (edits that overlap, a character split in two).
 */
export function applyLspEdits(text: string, edits: LspEdit[]): { text: string; unsafe: string[] } {
  const starts = lineStarts(text);
  const spans = edits
    .map((e) => ({ start: offsetAt(text, starts, e.range.start), end: offsetAt(text, starts, e.range.end), newText: e.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const unsafe: string[] = [];
  let result = '';
  let at = 0;
  for (const span of spans) {
    if (span.end < span.start) unsafe.push(`backwards edit ${span.start}-${span.end}`);
    if (span.start < at) unsafe.push(`overlapping edits at ${span.start}`);
    for (const offset of [span.start, span.end]) if (splitsPair(text, offset)) unsafe.push(`edit splits a surrogate pair at ${offset}`);
    result += text.slice(at, span.start) + span.newText;
    at = Math.max(at, span.end);
  }
  return { text: result + text.slice(at), unsafe };
}
