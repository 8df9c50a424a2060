import type { LineIndex } from './lines';
import type { EnumFamily, HeadingLevel, Span } from './model';
import { doubleStars } from './text';
import type { Range } from './types';

export const MAX_NAME_LENGTH = 40;

/**
 * A display name: Markdown's bold marks left out (`二、**压实责任**`, as imported from Word; placeholders
 * `____` `******` stay, as the layout prints them), then cut to 40
 * characters (code points, so a surrogate pair is never split). A name of marks only stays as it is.
 */
export function shortName(name: string): string {
  const plain = withoutBoldMarks(name).trim() || name;
  const chars = Array.from(plain);
  return chars.length > MAX_NAME_LENGTH ? chars.slice(0, MAX_NAME_LENGTH).join('') + '…' : plain;
}

/** A name is a stretch of a line: a `**` in it may pair with one outside (`**（一）抓落实**。…` names `（一）抓落实**`). */
function withoutBoldMarks(name: string): string {
  let plain = '';
  let at = 0;
  for (const mark of doubleStars(name)) {
    plain += name.slice(at, mark);
    at = mark + 2;
  }
  return plain + name.slice(at);
}

export const LEVEL_NAMES: Record<HeadingLevel, string> = { 1: '一级标题', 2: '二级标题', 3: '三级标题', 4: '四级标题' };
export const FAMILY_NAMES: Record<EnumFamily, string> = { shi: '一是', yao: '一要', di: '第一', order: '首先' };

export function toRange(lines: LineIndex, span: Span): Range {
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}
