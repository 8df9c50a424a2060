// <!-- speech-disable [codes] --> … <!-- speech-enable [codes] --> and <!-- speech-disable-next-line [codes] -->.
import type { SpeechModel } from '../model';
import type { SpeechDiagnostic } from './types';

// Only a comment that starts its line counts, so an example in inline code (`<!-- speech-disable -->`) does not.
const COMMENT = /^[ \t]*<!--\s*speech-(disable-next-line|disable|enable)\b([^>]*?)-->/gm;

interface Suppression {
  start: number;
  end: number;
  /** Codes suppressed; empty means all. */
  codes: string[];
}

function suppressions(model: SpeechModel): Suppression[] {
  const result: Suppression[] = [];
  const open = new Map<string, number>(); // code ('' for all) -> start offset
  for (const m of model.text.matchAll(COMMENT)) {
    const codes = m[2].split(/[\s,]+/).filter(Boolean);
    const at = m.index! + m[0].indexOf('<!--');
    if (m[1] === 'disable-next-line') {
      const line = model.lines.lineAt(at + m[0].length) + 1;
      if (line < model.lines.lineCount) result.push({ start: model.lines.starts[line], end: model.lines.ends[line], codes });
    } else if (m[1] === 'disable') {
      for (const code of codes.length ? codes : ['']) if (!open.has(code)) open.set(code, at);
    } else {
      for (const [code, start] of open) {
        if (!codes.length || codes.includes(code)) {
          result.push({ start, end: at, codes: code ? [code] : [] });
          open.delete(code);
        }
      }
    }
  }
  for (const [code, start] of open) result.push({ start, end: model.text.length, codes: code ? [code] : [] });
  return result;
}

/**
 * Whether a diagnostic is silenced by a comment, for a diagnostic that belongs `by` further on than its
 * offsets say (see DiagnosticGroup); undefined when the document has no such comment.
 */
export function suppressionTest(model: SpeechModel): ((d: SpeechDiagnostic, by: number) => boolean) | undefined {
  if (!model.text.includes('speech-')) return undefined;
  const all = suppressions(model);
  if (!all.length) return undefined;
  return (d, by) => all.some((s) => d.start + by >= s.start && d.start + by <= s.end && (!s.codes.length || s.codes.includes(d.code)));
}
