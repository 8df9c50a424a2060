// The speech language service: one facade over the document model and its features.
export { parse } from './parse';
export { getDocumentSymbols, type OutlineOptions } from './outline';
export { getFoldingRanges } from './folding';
export { getWorkspaceSymbols, matchesQuery, type WorkspaceDocument } from './workspaceSymbols';
export type * from './model';
export type * from './types';
export { SymbolKind } from './types';
export { LineIndex } from './lines';
