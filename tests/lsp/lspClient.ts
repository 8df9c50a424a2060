// A minimal LSP client over stdio for tests: spawns dist/server.js --stdio like Neovim or Helix would.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { root } from '../helpers';

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
  const child = spawn(process.execPath, [join(root, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const serverRequests: string[] = [];
  const published: Published[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: Published) => published.push(p));
  connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => {
    serverRequests.push('workspace/configuration');
    return params.items.map(() => options.settings ?? null);
  });
  connection.onRequest((method) => {
    serverRequests.push(method);
    return null;
  });
  connection.listen();
  const { capabilities } = await connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
    processId: process.pid,
    rootUri: options.rootUri ?? null,
    workspaceFolders: options.rootUri ? [{ uri: options.rootUri, name: 'ws' }] : null,
    capabilities: options.capabilities ?? {},
    initializationOptions: options.initializationOptions,
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    published,
    async diagnostics(filter) {
      for (let waited = 0; !published.some(filter); waited += 5) {
        if (waited > 5000) throw new Error('no matching publishDiagnostics within 5 s');
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      return published.filter(filter).at(-1)!;
    },
    process: child,
    serverRequests,
    capabilities,
    async close() {
      // A server that stopped answering (the bugs the robustness tests look for) is killed, not awaited.
      const exited = new Promise((resolve) => (child.exitCode !== null ? resolve(undefined) : child.once('exit', resolve)));
      const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await Promise.race([connection.sendRequest('shutdown').then(() => connection.sendNotification('exit')).catch(() => undefined), exited]);
      await exited;
      clearTimeout(killer);
      connection.dispose();
    },
  };
}
