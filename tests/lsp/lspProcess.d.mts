import type { ChildProcess } from 'node:child_process';
import type { MessageConnection, MessageReader, MessageWriter } from 'vscode-jsonrpc/node';

export interface LspOptions {
  initialize?: object;
  /** Answers the server's requests (workspace/configuration, workspace/applyEdit …). */
  onRequest?: (method: string, params: unknown) => unknown;
  /** Each publishDiagnostics, typed by the caller. */
  onPublish?: (params: never) => void;
}

/** What initialize answered, and the connection. */
export interface LspStarted {
  connection: MessageConnection;
  capabilities: Record<string, unknown>;
  serverInfo?: { name: string; version?: string };
}

export interface LspProcess extends LspStarted {
  child: ChildProcess;
  /** shutdown and exit; a server that does not answer is killed after 5 s. */
  close(): Promise<void>;
}

/** Connects to a server on `reader` / `writer` and initializes it with `initialize` (params beyond the process id). */
export function connectLsp(reader: MessageReader, writer: MessageWriter, options?: LspOptions): Promise<LspStarted>;

/** Spawns `node ...args` and initializes it as connectLsp does. */
export function startLsp(args: string[], options?: LspOptions): Promise<LspProcess>;
