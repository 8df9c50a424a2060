import { applyEdits, getDiagnostics, parse, resolveOptions, type SpeechConfig, type SpeechDiagnostic } from '../../server/src/service';

export const diagnose = (text: string, ...configs: SpeechConfig[]): SpeechDiagnostic[] => getDiagnostics(parse(text), resolveOptions(...configs));

/** `code 「text」` for each diagnostic, optionally of one code only. */
export function found(text: string, code?: string, ...configs: SpeechConfig[]): string[] {
  return diagnose(text, ...configs)
    .filter((d) => !code || d.code === code)
    .map((d) => `${d.code} 「${text.slice(d.start, d.end)}」`);
}

/** The whole text after applying the first fix of the first diagnostic with `code`. */
export function afterFix(text: string, code: string, fixIndex = 0, ...configs: SpeechConfig[]): string {
  const diagnostic = diagnose(text, ...configs).find((d) => d.code === code);
  if (!diagnostic) throw new Error(`no ${code} diagnostic`);
  return applyEdits(text, diagnostic.fixes[fixIndex].edits);
}
