import type { CheckOptions } from '../config';
import type { Span, SpeechModel } from '../model';
import type { DiagnosticCode, Severity } from './rules';

export interface TextEdit extends Span {
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: TextEdit[];
  /** The obvious fix: offered as preferred and applied by fix-all when also safe. */
  readonly preferred: boolean;
  /** Safe to apply without looking (source.fixAll.speech, `speech-writer check --fix`). */
  readonly safe: boolean;
}

export interface RelatedSpan extends Span {
  readonly message: string;
}

/** A diagnostic of the service: offsets into the model's text; the server turns them into LSP ranges. */
export interface SpeechDiagnostic extends Span {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly related: RelatedSpan[];
  readonly fixes: Fix[];
}

/** What a check returns: a diagnostic before severities are applied. */
export type Finding = Omit<SpeechDiagnostic, 'severity' | 'related' | 'fixes'> & Partial<Pick<SpeechDiagnostic, 'related' | 'fixes'>>;

/**
 * A check: the rules it reports and a function of one speech's model and the options. It runs when
 * one of its rules is on; diagnostics/checks.ts lists every check.
 */
export interface Check {
  readonly rules: readonly DiagnosticCode[];
  readonly find: (model: SpeechModel, options: CheckOptions) => Finding[];
}

/** The common fix: replace one span, titled 改为“…” (删除“…” when the text goes). */
export function replaceFix(text: string, start: number, end: number, newText: string, safe: boolean, title?: string): Fix {
  return { title: title ?? (newText ? `改为“${newText}”` : `删除“${text.slice(start, end)}”`), edits: [{ start, end, newText }], preferred: true, safe };
}
