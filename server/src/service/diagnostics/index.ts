// getDiagnostics: every check over one model, severities and suppression comments applied.
import type { CheckOptions } from '../config';
import type { SpeechModel } from '../model';
import { findCountMismatches } from './counts';
import { findDigitsInIdioms } from './idioms';
import { findMarkerPunctuation, findMixedHeadingStyles } from './markerStyle';
import { findNumberingProblems } from './numbering';
import { findPlaceholders } from './placeholders';
import { findHalfwidthPunctuation } from './punctuation';
import { findResidue } from './residue';
import { applySuppressions } from './suppressions';
import type { Finding, SpeechDiagnostic } from './types';

/**
 * Diagnostics of each speech, by its text, for one configuration: a speech checks the same wherever it
 * stands, so after an edit only the speech that changed is checked again (the rest are moved into place).
 */
export class DiagnosticsCache {
  private entries = new Map<string, Cached>();
  private previous = new Map<string, Cached>();

  constructor(readonly options: CheckOptions) {}

  get(text: string): Cached | undefined {
    const found = this.entries.get(text) ?? this.previous.get(text);
    if (found) this.entries.set(text, found);
    return found;
  }

  set(text: string, cached: Cached): void {
    this.entries.set(text, cached);
  }

  /** Called once per document version: what the last two versions did not use is let go. */
  nextVersion(): void {
    this.previous = this.entries;
    this.entries = new Map();
  }
}

/** A speech's diagnostics as computed when the speech started at `base`. */
interface Cached {
  base: number;
  diagnostics: SpeechDiagnostic[];
}

const shift = <T extends { start: number; end: number }>(span: T, by: number): T => ({ ...span, start: span.start + by, end: span.end + by });

/** A diagnostic moved by `by` (one object shape, so the copies are cheap to make). */
function shiftDiagnostic(d: SpeechDiagnostic, by: number): SpeechDiagnostic {
  return {
    code: d.code,
    severity: d.severity,
    message: d.message,
    start: d.start + by,
    end: d.end + by,
    related: d.related.length ? d.related.map((r) => shift(r, by)) : d.related,
    fixes: d.fixes.map((f) => ({ title: f.title, edits: f.edits.map((e) => shift(e, by)), preferred: f.preferred, safe: f.safe })),
  };
}

/**
 * Diagnostics of a document. With a cache, each speech is checked on its own and its results kept
 * for the next version; a check never looks across speeches, so the result is the same.
 */
export function getDiagnostics(model: SpeechModel, options: CheckOptions, cache?: DiagnosticsCache): SpeechDiagnostic[] {
  if (!cache || model.speeches.length < 2) return applySuppressions(model, checkAll(model, options));
  cache.nextVersion();
  const all: SpeechDiagnostic[] = [];
  let lineAt = 0;
  for (const speech of model.speeches) {
    const key = model.text.slice(speech.start, speech.end);
    let cached = cache.get(key);
    if (!cached) {
      // The speech alone: its own residue and text lines, the same text and line index.
      const within = <T extends { start: number }>(list: T[]) => list.filter((x) => x.start >= speech.start && x.start < speech.end);
      while (lineAt < model.textLines.length && model.textLines[lineAt].start < speech.start) lineAt++;
      const part: SpeechModel = { ...model, speeches: [speech], residue: within(model.residue), textLines: within(model.textLines.slice(lineAt)) };
      cached = { base: speech.start, diagnostics: checkAll(part, options) };
    } else if (cached.base !== speech.start) {
      // Moved by an edit before it: move its diagnostics too (before the edit nothing is copied).
      const by = speech.start - cached.base;
      cached = { base: speech.start, diagnostics: cached.diagnostics.map((d) => shiftDiagnostic(d, by)) };
    }
    cache.set(key, cached);
    for (const d of cached.diagnostics) all.push(d);
  }
  return applySuppressions(model, all);
}

function checkAll(model: SpeechModel, options: CheckOptions): SpeechDiagnostic[] {
  const on = (code: Finding['code']) => options.severities[code] !== 'off';
  const findings: Finding[] = [];
  if (on('template-residue')) findings.push(...findResidue(model, options.extraResidue));
  if (on('placeholder')) findings.push(...findPlaceholders(model, { extraPatterns: options.extraPlaceholders, notPlaceholders: options.notPlaceholders }));
  findings.push(...findNumberingProblems(model).filter((f) => on(f.code)));
  if (on('count-mismatch')) findings.push(...findCountMismatches(model));
  const mixedStyles = on('mixed-numbering-style') ? findMixedHeadingStyles(model) : [];
  findings.push(...mixedStyles);
  const markerPunctuation = findMarkerPunctuation(model);
  if (on('marker-punctuation')) findings.push(...markerPunctuation);
  // A mark another check already reports (一, ; (二) among （一）（三）) is not reported again as half-width.
  const reported = new Set([...markerPunctuation, ...mixedStyles].map((f) => f.start));
  if (on('halfwidth-punctuation')) findings.push(...findHalfwidthPunctuation(model, reported));
  if (on('digit-in-idiom')) findings.push(...findDigitsInIdioms(model));
  // One object shape for every diagnostic (a spread over findings of many shapes is slow).
  return findings
    .map(
      (f): SpeechDiagnostic => ({
        code: f.code,
        severity: options.severities[f.code] as SpeechDiagnostic['severity'],
        message: f.message,
        start: f.start,
        end: f.end,
        related: f.related ?? [],
        fixes: f.fixes ?? [],
      }),
    )
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

export { RULES, DIAGNOSTIC_CODES, DEFAULT_SEVERITY, type DiagnosticCode, type Severity, type SeveritySetting } from './rules';
export type { SpeechDiagnostic, Fix, TextEdit, RelatedSpan } from './types';
