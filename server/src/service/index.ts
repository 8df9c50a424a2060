// The speech language service: one facade over the document model and its features.
export { parse } from './parse';
export { getDocumentSymbols, type OutlineOptions } from './outline';
export { getFoldingRanges } from './folding';
export { getWorkspaceSymbols, matchesQuery, type WorkspaceDocument } from './workspaceSymbols';
export type * from './model';
export type * from './types';
export { SymbolKind } from './types';
export { LineIndex } from './lines';
export { getDiagnostics, RULES, DIAGNOSTIC_CODES, DEFAULT_SEVERITY } from './diagnostics';
export type { SpeechDiagnostic, Fix, TextEdit, RelatedSpan, DiagnosticCode, Severity, SeveritySetting } from './diagnostics';
export { resolveOptions, parseSpeechrc, configFromSettings, EMPTY_CONFIG, type SpeechConfig, type CheckOptions, type ConfigProblem } from './config';
export { renumberDocument } from './renumber';
export { getCodeActions, fixAllEdits, FIX_ALL_KIND, type SpeechCodeAction } from './codeActions';
export { applyEdits, mergeEdits } from './edits';
export { getCompletions, type SpeechCompletion } from './completion';
export { PhraseIndex, parsePhraseFile, BUILT_IN_PHRASES, BUILT_IN_CATEGORIES, USER_CATEGORY, type Phrase, type PhraseFileProblem } from './phrases';
export { pinyinOf } from './pinyin';
