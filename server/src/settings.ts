// The server's settings (the client's `speech.*` section), read leniently: a value of the wrong type or
// out of bounds gives the default.
import { configFromSettings, DEFAULT_SPEAKING_RATE, exportConfigFromSettings, type ExportConfig, type OutlineOptions, type SpeechConfig } from './service';

export interface Settings {
  outline: OutlineOptions;
  checks: SpeechConfig;
  phrases: { paths: string[]; disabledCategories: string[] };
  /** Milliseconds of quiet after a change before the document is checked. */
  diagnosticsDelay: number;
  speakingRate: number;
  codeLens: boolean;
  /** Most diagnostics shown per document (the CLI reports all). */
  maxProblems: number;
  /** speech.export.*: preset name, face names, custom presets. */
  export?: ExportConfig;
}
const DEFAULT_DIAGNOSTICS_DELAY = 100;
const DEFAULT_MAX_PROBLEMS = 1000;

export function readSettings(raw: unknown): Settings {
  const speech = (raw ?? {}) as {
    outline?: { inlineItems?: unknown };
    diagnostics?: { delay?: unknown; maxProblems?: unknown };
    phrases?: { paths?: unknown; disabledCategories?: unknown };
    speakingRate?: unknown;
    codeLens?: { enabled?: unknown };
    export?: unknown;
  };
  const delay = speech.diagnostics?.delay;
  const inlineItems = speech.outline?.inlineItems;
  const strings = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  return {
    outline: { inlineItems: typeof inlineItems === 'boolean' ? inlineItems : true },
    checks: configFromSettings(speech.diagnostics),
    phrases: { paths: strings(speech.phrases?.paths), disabledCategories: strings(speech.phrases?.disabledCategories) },
    diagnosticsDelay: typeof delay === 'number' && delay >= 0 && delay <= 5000 ? delay : DEFAULT_DIAGNOSTICS_DELAY,
    speakingRate: typeof speech.speakingRate === 'number' && speech.speakingRate >= 30 && speech.speakingRate <= 600 ? speech.speakingRate : DEFAULT_SPEAKING_RATE,
    codeLens: speech.codeLens?.enabled !== false,
    maxProblems: typeof speech.diagnostics?.maxProblems === 'number' && speech.diagnostics.maxProblems >= 1 ? Math.floor(speech.diagnostics.maxProblems) : DEFAULT_MAX_PROBLEMS,
    export: exportConfigFromSettings(speech.export),
  };
}
