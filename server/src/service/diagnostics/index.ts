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

export function getDiagnostics(model: SpeechModel, options: CheckOptions): SpeechDiagnostic[] {
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
  const diagnostics = findings
    .map((f): SpeechDiagnostic => ({ ...f, severity: options.severities[f.code] as SpeechDiagnostic['severity'], related: f.related ?? [], fixes: f.fixes ?? [] }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  return applySuppressions(model, diagnostics);
}

export { RULES, DIAGNOSTIC_CODES, DEFAULT_SEVERITY, type DiagnosticCode, type Severity, type SeveritySetting } from './rules';
export type { SpeechDiagnostic, Fix, TextEdit, RelatedSpan } from './types';
