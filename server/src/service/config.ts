// Checker configuration: VS Code settings and .speechrc.json, merged over the rules' defaults.
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { DEFAULT_SEVERITY, DIAGNOSTIC_CODES, type DiagnosticCode, type SeveritySetting } from './diagnostics/rules';
import type { Span } from './model';
import { compileUserPattern } from './userPattern';
import { exportConfigProblems, type ExportConfig } from './presets';

export interface SpeechConfig {
  severities: Partial<Record<DiagnosticCode, SeveritySetting>>;
  /** Extra placeholder patterns (regular expressions). */
  placeholders: string[];
  /** Extra template-residue patterns (regular expressions), tested against whole lines. */
  residue: string[];
  /** Words never reported as placeholders (X光片, 某某公司 in a quoted name). */
  notPlaceholders: string[];
  /** The office's required forms: what is written wrong (a word or a regular expression), what is right. */
  terms?: Term[];
  /** Words never reported by any check (a name with a character the lists take for a typo). */
  allow?: string[];
  /** The `"export"` object: preset name, face names, custom presets (presets.ts). */
  export?: ExportConfig;
}

export interface Term {
  wrong: string;
  right: string;
  note?: string;
}

/** A term as the check uses it: a literal `wrong` is found through a word table, a pattern is compiled. */
export interface CheckTerm extends Term {
  pattern?: RegExp;
}

export const EMPTY_CONFIG: SpeechConfig = { severities: {}, placeholders: [], residue: [], notPlaceholders: [], terms: [], allow: [] };

/** The configuration the checks use: severities resolved, patterns compiled. */
export interface CheckOptions {
  severities: Record<DiagnosticCode, SeveritySetting>;
  extraPlaceholders: RegExp[];
  extraResidue: RegExp[];
  notPlaceholders: string[];
  terms: CheckTerm[];
  allow: string[];
}

const SEVERITIES: readonly SeveritySetting[] = ['off', 'hint', 'information', 'warning', 'error'];

function isSeverity(value: unknown): value is SeveritySetting {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

/** Later configurations win: defaults < VS Code settings < .speechrc.json. */
export function resolveOptions(...configs: SpeechConfig[]): CheckOptions {
  const severities = { ...DEFAULT_SEVERITY } as Record<DiagnosticCode, SeveritySetting>;
  for (const config of configs) Object.assign(severities, config.severities);
  const compile = (sources: string[]) => sources.flatMap((source) => {
    const compiled = compileUserPattern(source);
    return 'regex' in compiled ? [compiled.regex] : [];
  });
  return {
    severities,
    extraPlaceholders: compile(configs.flatMap((c) => c.placeholders)),
    extraResidue: compile(configs.flatMap((c) => c.residue)),
    notPlaceholders: configs.flatMap((c) => c.notPlaceholders),
    terms: configs.flatMap((c) => c.terms ?? []).flatMap((term) => {
      if (!isPattern(term.wrong)) return [term];
      const compiled = compileUserPattern(term.wrong);
      return 'regex' in compiled ? [{ ...term, pattern: compiled.regex }] : [];
    }),
    allow: configs.flatMap((c) => c.allow ?? []),
  };
}

/** Whether a term's `wrong` is a regular expression rather than the word itself. */
export const isPattern = (wrong: string): boolean => /[\\^$.*+?()[\]{}|]/.test(wrong);

/** VS Code settings `speech.diagnostics.<code>`, read leniently: unknown values are ignored. */
export function configFromSettings(diagnostics: unknown): SpeechConfig {
  const severities: SpeechConfig['severities'] = {};
  if (diagnostics && typeof diagnostics === 'object') {
    for (const code of DIAGNOSTIC_CODES) {
      const value = (diagnostics as Record<string, unknown>)[code];
      if (isSeverity(value)) severities[code] = value;
    }
  }
  return { ...EMPTY_CONFIG, severities };
}

export interface ConfigProblem extends Span {
  message: string;
}

/**
 * Reads a .speechrc.json (comments allowed). Problems come with offsets so they can be shown on the
 * file; the parts that are valid still apply, a file that does not parse gives the defaults.
 */
export function parseSpeechrc(text: string): { config: SpeechConfig; problems: ConfigProblem[] } {
  const errors: ParseError[] = [];
  const raw = parseJsonc(text, errors, { allowTrailingComma: true });
  if (errors.length) {
    const e = errors[0];
    return { config: EMPTY_CONFIG, problems: [{ start: e.offset, end: e.offset + Math.max(1, e.length), message: `.speechrc.json 不是有效的 JSON（${printParseErrorCode(e.error)}），已改用默认设置` }] };
  }
  const problems: ConfigProblem[] = [];
  const whole = { start: 0, end: text.length };
  const at = (key: string) => {
    const offset = text.indexOf(`"${key}"`);
    return offset >= 0 ? { start: offset, end: offset + key.length + 2 } : whole;
  };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { config: EMPTY_CONFIG, problems: [{ ...whole, message: '.speechrc.json 应是一个 JSON 对象，已改用默认设置' }] };
  }
  const config: SpeechConfig = { severities: {}, placeholders: [], residue: [], notPlaceholders: [] };
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (key === '$schema' || key === 'phrases') continue;
    if (key === 'export') {
      const found = exportConfigProblems(value);
      for (const p of found) problems.push({ ...at(p.path[p.path.length - 1] ?? key), message: p.message });
      // With a problem the whole object is left out: a wrong number would misprint every page.
      if (!found.length) config.export = value as ExportConfig;
      continue;
    }
    if (key === 'diagnostics') {
      if (!value || typeof value !== 'object' || Array.isArray(value)) {
        problems.push({ ...at(key), message: '“diagnostics”应是对象，例如 {"placeholder": "error"}' });
        continue;
      }
      for (const [code, severity] of Object.entries(value)) {
        if (!(DIAGNOSTIC_CODES as readonly string[]).includes(code)) problems.push({ ...at(code), message: `未知的检查项“${code}”，可用：${DIAGNOSTIC_CODES.join(', ')}` });
        else if (!isSeverity(severity)) problems.push({ ...at(code), message: `“${code}”的级别应为 ${SEVERITIES.join(' | ')}` });
        else config.severities[code as DiagnosticCode] = severity;
      }
    } else if (key === 'terms') {
      readTerms(value, (config.terms = []), (message) => problems.push({ ...at(key), message }));
    } else if (key === 'placeholders' || key === 'residue' || key === 'notPlaceholders' || key === 'allow') {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
        problems.push({ ...at(key), message: `“${key}”应是字符串数组` });
        continue;
      }
      for (const source of value as string[]) {
        const compiled = key === 'notPlaceholders' || key === 'allow' ? undefined : compileUserPattern(source);
        if (compiled && 'problem' in compiled) problems.push({ ...at(key), message: `“${key}”中的正则表达式 ${source} 未采用：${compiled.problem}` });
        else (config[key] ??= []).push(source);
      }
    } else {
      problems.push({ ...at(key), message: `未知的设置项“${key}”` });
    }
  }
  return { config, problems };
}

/** `"terms": [{ "wrong", "right", "note" }]`: the valid entries into `terms`, a problem for each other. */
function readTerms(value: unknown, terms: Term[], problem: (message: string) => void): void {
  if (!Array.isArray(value)) return problem('“terms”应是数组，例如 [{"wrong": "…", "right": "…"}]');
  for (const entry of value as unknown[]) {
    const { wrong, right, note } = (entry ?? {}) as Record<string, unknown>;
    if (typeof wrong !== 'string' || !wrong || typeof right !== 'string' || (note !== undefined && typeof note !== 'string')) {
      problem('“terms”的每一项应是 {"wrong": "…", "right": "…", "note": "…"}（note 可省略）');
      continue;
    }
    const compiled = isPattern(wrong) ? compileUserPattern(wrong) : undefined;
    if (compiled && 'problem' in compiled) problem(`“terms”中的正则表达式 ${wrong} 未采用：${compiled.problem}`);
    else terms.push(note === undefined ? { wrong, right } : { wrong, right, note });
  }
}
