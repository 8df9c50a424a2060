// Requests the extension adds to LSP, shared by the server and the VS Code client.
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
export interface PhraseItem {
  text: string;
  category: string;
  initials: string;
  full: string;
}
