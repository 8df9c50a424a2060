import type { ChildProcess } from 'node:child_process';
import type { MessageConnection } from 'vscode-jsonrpc/node';

export interface LspProcess {
  child: ChildProcess;
  connection: MessageConnection;
  /** What the server answered to initialize. */
  capabilities: Record<string, unknown>;
  /** shutdown and exit; a server that does not answer is killed after 5 s. */
  close(): Promise<void>;
}

/** Spawns `node ...args` and initializes it with `initialize` (params beyond the process id). */
export function startLsp(
  args: string[],
  options?: {
    initialize?: object;
    /** Answers the server's requests (workspace/configuration, workspace/applyEdit …). */
    onRequest?: (method: string, params: unknown) => unknown;
    /** Each publishDiagnostics, typed by the caller. */
    onPublish?: (params: never) => void;
  },
): Promise<LspProcess>;
