// Requests the extension adds to LSP, shared by the server and the VS Code client.
import type { PageView } from './service/pages';
import type { Alignment, BlockRole, Preset } from './service/presets';
import type { Statistics } from './service/statistics';

export const SERVER_COMMANDS = { renumber: '_speech.renumber', fixAll: '_speech.fixAll' } as const;

/** speech/statistics: 字数, speaking time, placeholders and per-section figures of a document. */
export const STATISTICS_REQUEST = 'speech/statistics';
export interface StatisticsParams {
  textDocument: { uri: string };
}
export type StatisticsResult = Statistics | null;

/** speech/phrases: every phrase offered in completion, for the insert-phrase picker. */
export const PHRASES_REQUEST = 'speech/phrases';
/** With a document (as the picker sends it), its .speechrc.json's phrases, as completion offers them; without, each folder's own. */
export interface PhrasesParams {
  textDocument?: { uri: string };
}
export interface PhraseItem {
  text: string;
  category: string;
  initials: string;
  full: string;
}

/** speech/preview: the document set on pages in a preset, for the preview. */
export const PREVIEW_REQUEST = 'speech/preview';
export interface PreviewParams {
  textDocument: { uri: string };
  /** A preset name; the document's own (settings, .speechrc.json) when absent. */
  preset?: string;
}
/** A face's names, fallbacks after, and the generic CSS family drawn when none is installed. */
export interface PreviewFaces {
  faces: string[];
  generic: 'serif' | 'sans-serif';
}
/** A preset's numbers as the preview draws them: millimetres, points, face names with fallbacks. */
export interface PreviewStyle extends Pick<Preset, 'name' | 'paper' | 'margins' | 'lineSpacing' | 'characterSpacing'> {
  roles: Record<BlockRole, PreviewFaces & { size: number; bold: boolean; align: Alignment; indent: number }>;
  pageNumber: PreviewFaces & { size: number; position: 'outside' | 'center'; dashes: boolean; indent: number; distance: number };
}
export interface PreviewResult {
  uri: string;
  version: number;
  style: PreviewStyle;
  /** Presets to switch to. */
  presets: string[];
  pages: PageView[];
  /** Problems by source line, with the text they are about (highlighted where it prints). */
  problems: { line: number; text: string; severity: string; message: string }[];
  /** The figures of each level-1 and level-2 section, by its heading's source line. */
  times: { line: number; text: string }[];
}

/** speech/export: a speech file (open or on disk) written as .docx at `target`, unless problems stand in the way. */
export const EXPORT_REQUEST = 'speech/export';
export interface ExportParams {
  textDocument: { uri: string };
  /** File path of the .docx to write (replaced whole if it exists: the client asks first). */
  target: string;
  /** A preset name; the document's own (settings, .speechrc.json) when absent. */
  preset?: string;
  /** Write even when problems remain (the writer chose 仍然导出). */
  force?: boolean;
}
export interface ExportResult {
  /** Whether the file was written. */
  written: boolean;
  /** Placeholders, residue, numbering and error-level problems left, by source line (1-based). */
  problems: { line: number; severity: string; code: string; message: string }[];
  /** Why nothing was written, when it was not for the problems. */
  error?: string;
}

/** speech/importList: the files an import of these paths takes (folders walked), and paths that give none. */
export const IMPORT_LIST_REQUEST = 'speech/importList';
export interface ImportListParams {
  paths: string[];
}
export interface ImportListResult {
  sources: string[];
  problems: { path: string; message: string }[];
}

/** speech/importFile: one Word or text file written as NAME.speech.md beside it or in `outDir`. */
export const IMPORT_FILE_REQUEST = 'speech/importFile';
export interface ImportFileParams {
  source: string;
  outDir?: string;
  /** Replace an existing NAME.speech.md (the client asked the user first). */
  overwrite?: boolean;
}
export type { ImportOutcome as ImportFileResult } from './import';
