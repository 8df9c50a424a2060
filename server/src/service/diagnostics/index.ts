// getDiagnostics: every check over one model, severities and suppression comments applied.
import type { CheckOptions } from '../config';
import type { Span, Speech, SpeechModel } from '../model';
import { speechIdentity } from '../parse';
import { firstStartingAt } from '../sorted';
import { CHECKS } from './checks';
import { insideWord } from './wordTable';
import { RULES, type DiagnosticCode, type Rule } from './rules';
import { suppressionTest } from './suppressions';
import type { Finding, SpeechDiagnostic, TextEdit } from './types';

/**
 * Diagnostics of each speech, for one configuration: a speech checks the same wherever it stands, so
 * after an edit only the speech that changed is checked again. Keyed by speechIdentity, which a speech
 * keeps while parse carries it unchanged from version to version; its diagnostics keep the offsets they
 * had where it was checked.
 */
export class DiagnosticsCache {
  private readonly entries = new WeakMap<object, Cached>();

  constructor(readonly options: CheckOptions) {}

  get(speech: Speech): Cached | undefined {
    return this.entries.get(speechIdentity(speech));
  }

  set(speech: Speech, cached: Cached): void {
    this.entries.set(speechIdentity(speech), cached);
  }
}

/** A speech's diagnostics as computed when the speech started at `base`. */
interface Cached {
  base: number;
  diagnostics: SpeechDiagnostic[];
}

/**
 * A diagnostic moved by `by`, written out field by field (a spread copy is several times slower). An edit
 * list that fixes share (one renumbering per sequence) is moved once and stays shared, through `moved`.
 */
function shiftDiagnostic(d: SpeechDiagnostic, by: number, moved: Map<TextEdit[], TextEdit[]>): SpeechDiagnostic {
  const shift = (edits: TextEdit[]) => {
    let shifted = moved.get(edits);
    if (!shifted) moved.set(edits, (shifted = edits.map((e) => ({ start: e.start + by, end: e.end + by, newText: e.newText }))));
    return shifted;
  };
  return {
    code: d.code,
    severity: d.severity,
    message: d.message,
    start: d.start + by,
    end: d.end + by,
    related: d.related.length ? d.related.map((r) => ({ start: r.start + by, end: r.end + by, message: r.message })) : d.related,
    fixes: d.fixes.map((f) => ({ title: f.title, edits: shift(f.edits), preferred: f.preferred, safe: f.safe })),
  };
}

/**
 * Diagnostics of a document, a group per speech. With a cache, each speech is checked on its own and its
 * results kept for the next version; a check never looks across speeches, so the result is the same. A
 * speech moved by an edit before it keeps its diagnostics as they are, with `by` saying how far to move
 * them: after a keystroke nothing is copied, and the server moves only those it sends.
 */
export function getDiagnosticGroups(model: SpeechModel, options: CheckOptions, cache?: DiagnosticsCache): DiagnosticGroup[] {
  const suppressed = suppressionTest(model);
  const group = (diagnostics: SpeechDiagnostic[], by: number): DiagnosticGroup => ({ by, diagnostics: suppressed ? diagnostics.filter((d) => !suppressed(d, by)) : diagnostics });
  if (!cache || model.speeches.length < 2) return [group(checkAll(model, options), 0)];
  return model.speeches.map((speech) => {
    let cached = cache.get(speech);
    if (!cached) {
      // The speech alone: its own residue and text lines, the same text and line index.
      const part: SpeechModel = { ...model, speeches: [speech], residue: within(model.residue, speech), textLines: within(model.textLines, speech) };
      cache.set(speech, (cached = { base: speech.start, diagnostics: checkAll(part, options) }));
    }
    return group(cached.diagnostics, speech.start - cached.base);
  });
}

/** Diagnostics whose offsets are to be moved `by` to where they stand in the document. */
export interface DiagnosticGroup {
  by: number;
  diagnostics: readonly SpeechDiagnostic[];
}

/** The diagnostics of groups (those `wanted`) at their places in the document, in document order. */
export function placeDiagnostics(groups: readonly DiagnosticGroup[], wanted?: (d: SpeechDiagnostic) => boolean): SpeechDiagnostic[] {
  const placed: SpeechDiagnostic[] = [];
  for (const { by, diagnostics } of groups) {
    const moved = new Map<TextEdit[], TextEdit[]>();
    for (const d of diagnostics) if (!wanted || wanted(d)) placed.push(by ? shiftDiagnostic(d, by, moved) : d);
  }
  return placed;
}

/** Diagnostics of a document at their places, in document order. */
export function getDiagnostics(model: SpeechModel, options: CheckOptions, cache?: DiagnosticsCache): SpeechDiagnostic[] {
  return placeDiagnostics(getDiagnosticGroups(model, options, cache));
}

/** The spans of a list in document order that start inside `speech`. */
const within = <T extends Span>(list: T[], speech: Span): T[] => list.slice(firstStartingAt(list, speech.start), firstStartingAt(list, speech.end));

function checkAll(model: SpeechModel, options: CheckOptions): SpeechDiagnostic[] {
  const on = (code: DiagnosticCode) => options.severities[code] !== 'off';
  const findings: Finding[] = [];
  // A loop, not push(...list): a spread passes one argument per finding and overflows the stack past ~125,000.
  for (const check of CHECKS) {
    if (!check.rules.some(on)) continue;
    for (const f of check.find(model, options)) if (on(f.code) && !allowed(model.text, f, options.allow)) findings.push(f);
  }
  // One object shape for every diagnostic (a spread over findings of many shapes is slow).
  return withoutYielding(findings)
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

/** Whether a finding lies inside one of the words the user allows (.speechrc.json "allow"). */
const allowed = (text: string, f: Finding, allow: readonly string[]): boolean => allow.length > 0 && allow.some((word) => insideWord(text, f.start, f.end, word));

/**
 * Findings without those that yield (rules.ts, `yieldsTo`) to an overlapping finding of another rule,
 * so one problem is reported once (一, is marker-punctuation, not half-width too). Only findings of
 * rules that are on were made: a rule that is off claims nothing, and the other rule reports the place.
 */
function withoutYielding(findings: Finding[]): Finding[] {
  const winners = new Map<DiagnosticCode, Span[]>();
  for (const rule of RULES) for (const code of (rule as Rule).yieldsTo ?? []) winners.set(code as DiagnosticCode, []);
  if (![...winners.keys()].some((code) => findings.some((f) => f.code === code))) return findings;
  for (const f of findings) winners.get(f.code)?.push(f);
  const claimed = new Map<DiagnosticCode, Span[]>();
  for (const rule of RULES as readonly Rule[]) {
    if (!rule.yieldsTo) continue;
    const spans = rule.yieldsTo.flatMap((code) => winners.get(code as DiagnosticCode)!).sort((a, b) => a.start - b.start);
    claimed.set(rule.code as DiagnosticCode, spans);
  }
  return findings.filter((f) => {
    const spans = claimed.get(f.code);
    return !spans?.length || !overlapsAny(spans, f);
  });
}

/** Whether `span` overlaps one of `spans` (sorted by start): a walk back over those that start before it ends. */
function overlapsAny(spans: readonly Span[], span: Span): boolean {
  for (let i = firstStartingAt(spans, span.end) - 1; i >= 0; i--) {
    if (spans[i].end > span.start) return true;
    // Claims are markers, a few characters long: one that ends before `span` starts ends the walk.
    if (spans[i].start < span.start) return false;
  }
  return false;
}

export { RULES, type DiagnosticCode, type Severity, type SeveritySetting } from './rules';
export type { SpeechDiagnostic, Fix, TextEdit, RelatedSpan } from './types';
