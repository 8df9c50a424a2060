// Plain data shaped like the LSP types, so the service needs no protocol library.

export interface Position {
  line: number;
  /** UTF-16 code units, as LSP defines it. */
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export const SymbolKind = {
  File: 1,
  Module: 2,
  Namespace: 3,
  Class: 5,
  Method: 6,
  Property: 7,
  Field: 8,
  String: 15,
  EnumMember: 22,
} as const;
export type SymbolKind = (typeof SymbolKind)[keyof typeof SymbolKind];

export interface DocumentSymbol {
  name: string;
  detail: string;
  kind: SymbolKind;
  range: Range;
  selectionRange: Range;
  children: DocumentSymbol[];
}

export interface FoldingRange {
  startLine: number;
  endLine: number;
  kind?: 'region' | 'comment';
}

export interface WorkspaceSymbol {
  name: string;
  kind: SymbolKind;
  containerName?: string;
  location: { uri: string; range: Range };
}
