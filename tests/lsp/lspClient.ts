// The tests' LSP client: dist/server.js --stdio through the shared client (lspProcess.mjs), with every
// publishDiagnostics kept and the server's requests recorded.
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { root } from '../helpers';
import { startLsp } from './lspProcess.mjs';

export interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  source: string;
  message: string;
  relatedInformation?: { location: { uri: string; range: LspDiagnostic['range'] }; message: string }[];
}

export interface Published {
  uri: string;
  version?: number;
  diagnostics: LspDiagnostic[];
}

export interface LspSession {
  connection: MessageConnection;
  /** Every publishDiagnostics the server sent, in order. */
  published: Published[];
  /** The latest publication matching `filter`, once there is one (waits up to 5 s). */
  diagnostics(filter: (p: Published) => boolean): Promise<Published>;
  process: ChildProcess;
  /** Requests the server sent us (method names), e.g. workspace/configuration. */
  serverRequests: string[];
  /** What the server answered to initialize. */
  capabilities: Record<string, unknown>;
  close(): Promise<void>;
}

export async function startServer(options: { rootUri?: string; settings?: unknown; capabilities?: object; initializationOptions?: object } = {}): Promise<LspSession> {
  const serverRequests: string[] = [];
  const published: Published[] = [];
  const server = await startLsp([join(root, 'dist/server.js'), '--stdio'], {
    initialize: {
      rootUri: options.rootUri ?? null,
      workspaceFolders: options.rootUri ? [{ uri: options.rootUri, name: 'ws' }] : null,
      capabilities: options.capabilities ?? {},
      initializationOptions: options.initializationOptions,
    },
    onPublish: (p: Published) => published.push(p),
    onRequest: (method, params) => {
      serverRequests.push(method);
      return method === 'workspace/configuration' ? (params as { items: unknown[] }).items.map(() => options.settings ?? null) : null;
    },
  });
  return {
    connection: server.connection,
    published,
    async diagnostics(filter) {
      for (let waited = 0; !published.some(filter); waited += 5) {
        if (waited > 5000) throw new Error('no matching publishDiagnostics within 5 s');
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      return published.filter(filter).at(-1)!;
    },
    process: server.child,
    serverRequests,
    capabilities: server.capabilities,
    close: server.close,
  };
}
