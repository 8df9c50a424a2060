// The preview's pages as a tree of plain nodes, a pure function of the server's answer (tested without a
// browser). The webview turns the tree into DOM with createElement and textContent only: speech text is
// never parsed as HTML.
import type { PreviewFaces, PreviewResult, PreviewStyle } from '../../../server/src/protocol';
import type { BlockRole } from '../../../server/src/service/presets';

export interface VNode {
  tag: string;
  className?: string;
  style?: Record<string, string>;
  /** Text content (set with textContent). */
  text?: string;
  /** data-* attributes. */
  data?: Record<string, string>;
  title?: string;
  children?: VNode[];
}

export interface PreviewOptions {
  /** Highlight placeholders and other problems on the page. */
  problems: boolean;
  /** The figures (字数, time, pages) beside each level-1 and level-2 heading. */
  times: boolean;
}

/**
 * Face names as a CSS font-family list: the Latin face first (it has no Chinese, so Chinese falls
 * through), then the Chinese faces, then the generic family, so a machine without 黑体 still draws
 * headings in a sans-serif face.
 */
export function fontFamily(faces: readonly string[], generic: PreviewFaces['generic'] = 'serif'): string {
  return [...['speech-latin', ...faces].map((f) => `"${f.replace(/["\\]/g, '')}"`), generic].join(', ');
}

const pt = (n: number) => `${Number(n.toFixed(3))}pt`;
const mm = (n: number) => `${Number(n.toFixed(3))}mm`;

/** `— 3 —`, or `3` without dashes. */
export const pageNumberText = (n: number, dashes: boolean) => (dashes ? `— ${n} —` : String(n));

/** Highlighted stretches of a line's text: where the text of a problem on that source line occurs. */
export function marks(text: string, problems: readonly { text: string; severity: string; message: string }[]): { start: number; end: number; severity: string; message: string }[] {
  const found: { start: number; end: number; severity: string; message: string }[] = [];
  for (const p of problems) {
    const needle = p.text.trim();
    if (!needle) continue;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
      if (!found.some((f) => f.start < at + needle.length && at < f.end)) found.push({ start: at, end: at + needle.length, severity: p.severity, message: p.message });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** All pages of a preview, each an A4 sheet of the preset with its lines on the grid and its number. */
export function renderPages(result: PreviewResult, options: PreviewOptions): VNode[] {
  const { style } = result;
  const problemsByLine = new Map<number, PreviewResult['problems']>();
  if (options.problems) for (const p of result.problems) problemsByLine.set(p.line, [...(problemsByLine.get(p.line) ?? []), p]);
  const times = new Map(options.times ? result.times.map((t) => [t.line, t.text]) : []);
  // Problems whose text prints nowhere in their paragraph (or only across a line break) mark the paragraph instead.
  const blockText = new Map<number, string>();
  for (const page of result.pages) for (const l of page.lines) blockText.set(l.line, (blockText.get(l.line) ?? '') + l.runs.map((r) => r.text).join(''));
  const unplaced = new Map<number, string[]>();
  for (const [line, problems] of problemsByLine) {
    const missing = problems.filter((p) => !p.text.trim() || !marks(blockText.get(line) ?? '', [p]).length).map((p) => p.message);
    if (missing.length) unplaced.set(line, missing);
  }
  return result.pages.map((page) => renderPage(page, style, problemsByLine, unplaced, times));
}

function renderPage(
  page: PreviewResult['pages'][number],
  style: PreviewStyle,
  problemsByLine: Map<number, PreviewResult['problems']>,
  unplacedByLine: Map<number, string[]>,
  times: Map<number, string>,
): VNode {
  const { paper, margins } = style;
  const typeWidth = paper.width - margins.left - margins.right;
  const typeHeight = paper.height - margins.top - margins.bottom;
  const seenTimes = new Set<number>();
  const lines = page.lines.map((line): VNode => {
    const role = style.roles[line.role];
    const align = line.last && role.align === 'justify' ? 'left' : role.align;
    const lineProblems = problemsByLine.get(line.line) ?? [];
    const children: VNode[] = [];
    let at = 0;
    const text = line.runs.map((r) => r.text).join('');
    const highlighted = marks(text, lineProblems);
    for (const run of line.runs) {
      const face = style.roles[run.face as BlockRole] ?? role;
      const runStyle = { fontFamily: fontFamily(face.faces, face.generic), fontSize: pt(face.size), fontWeight: run.bold || face.bold ? 'bold' : 'normal', letterSpacing: pt(style.characterSpacing) };
      // The run cut where highlights start and end.
      const edges = new Set([0, run.text.length]);
      for (const m of highlighted) for (const e of [m.start - at, m.end - at]) if (e > 0 && e < run.text.length) edges.add(e);
      const cuts = [...edges].sort((a, b) => a - b);
      for (let i = 0; i + 1 < cuts.length; i++) {
        const piece = run.text.slice(cuts[i], cuts[i + 1]);
        const mark = highlighted.find((m) => m.start <= at + cuts[i] && at + cuts[i] < m.end);
        children.push({
          tag: 'span',
          className: [run.added ? 'added' : '', mark ? `problem ${mark.severity}` : ''].filter(Boolean).join(' ') || undefined,
          style: runStyle,
          text: piece,
          title: mark?.message,
        });
      }
      at += run.text.length;
    }
    const time = line.first && times.get(line.line);
    if (time && !seenTimes.has(line.line)) {
      seenTimes.add(line.line);
      children.push({ tag: 'span', className: 'time', text: time });
    }
    const unplaced = line.first ? unplacedByLine.get(line.line) : undefined;
    return {
      tag: 'div',
      className: ['line', `role-${line.role}`, unplaced ? 'has-problem' : ''].filter(Boolean).join(' '),
      data: { line: String(line.line) },
      title: unplaced?.join('\n'),
      style: {
        top: pt(line.row * style.lineSpacing),
        height: pt(style.lineSpacing),
        lineHeight: pt(style.lineSpacing),
        textAlign: align === 'justify' ? 'justify' : align,
        textAlignLast: align === 'justify' ? 'justify' : align,
        textIndent: line.first ? pt(role.indent * role.size) : '0',
      },
      children,
    };
  });
  const number = style.pageNumber;
  const odd = page.number % 2 === 1;
  const side = number.position === 'center' ? 'center' : odd ? 'right' : 'left';
  const numberNode: VNode = {
    tag: 'div',
    className: 'page-number',
    text: pageNumberText(page.number, number.dashes),
    style: {
      top: mm(margins.top + typeHeight + number.distance),
      left: mm(margins.left),
      width: mm(typeWidth),
      fontFamily: fontFamily(number.faces, number.generic),
      fontSize: pt(number.size),
      textAlign: side,
      padding: side === 'center' ? '0' : side === 'right' ? `0 ${pt(number.size * number.indent)} 0 0` : `0 0 0 ${pt(number.size * number.indent)}`,
      boxSizing: 'border-box',
    },
  };
  return {
    tag: 'section',
    className: 'page',
    data: { page: String(page.number) },
    style: { width: mm(paper.width), height: mm(paper.height) },
    children: [{ tag: 'div', className: 'area', style: { top: mm(margins.top), left: mm(margins.left), width: mm(typeWidth), height: mm(typeHeight) }, children: lines }, numberNode],
  };
}

/** The source line to show for an editor whose first visible line is `line`: the page line at or before it. */
export function lineAtOrBefore(lines: readonly number[], line: number): number | undefined {
  let best: number | undefined;
  for (const l of lines) if (l <= line && (best === undefined || l > best)) best = l;
  return best;
}
