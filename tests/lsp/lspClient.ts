// The tests' LSP client, through the shared client (lspProcess.mjs), with every publishDiagnostics kept
// and the server's requests recorded: `startServer` runs dist/server.js --stdio, `startInProcess` the
// server's source in this process on a file system in memory (fast: no process, no disk).
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { createServer } from '../../server/src/server';
import { root } from '../helpers';
import { connectLsp, startLsp, type LspOptions } from './lspProcess.mjs';
import { MemoryFileSystem } from './memoryFileSystem';

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

/** A session with the server, wherever it runs. */
export interface Session {
  connection: MessageConnection;
  /** Every publishDiagnostics the server sent, in order. */
  published: Published[];
  /** The latest publication matching `filter`, once there is one (waits up to 5 s). */
  diagnostics(filter: (p: Published) => boolean): Promise<Published>;
  /** Requests the server sent us (method names), e.g. workspace/configuration. */
  serverRequests: string[];
  /** What the server answered to initialize. */
  capabilities: Record<string, unknown>;
  serverInfo?: { name: string; version?: string };
  close(): Promise<void>;
}

/** A session with dist/server.js in a process of its own. */
export interface LspSession extends Session {
  process: ChildProcess;
}

export interface ServerOptions {
  rootUri?: string;
  /** What the server's workspace/configuration requests are answered. */
  settings?: unknown;
  capabilities?: object;
  initializationOptions?: object;
}

/** dist/server.js --stdio, as an editor runs it. */
export async function startServer(options: ServerOptions = {}): Promise<LspSession> {
  const recorder = new Recorder(options);
  const server = await startLsp([join(root, 'dist/server.js'), '--stdio'], recorder.lspOptions({}));
  return { ...recorder.session(server), process: server.child, close: server.close };
}

/**
 * The server built from source in this process, reading `files` (no workspace folder unless `rootUri`
 * names one, usually the files' root). Never sent `exit`: that ends the process it runs in.
 */
export async function startInProcess(options: ServerOptions & { files?: MemoryFileSystem } = {}): Promise<Session> {
  const files = options.files ?? new MemoryFileSystem('/ws');
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const server = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  createServer(server, files);
  const recorder = new Recorder(options);
  // No process id: with one, the server would watch that process (this one) on a timer.
  const client = await connectLsp(new StreamMessageReader(toClient), new StreamMessageWriter(toServer), recorder.lspOptions({ processId: null }));
  return {
    ...recorder.session(client),
    async close() {
      await client.connection.sendRequest('shutdown');
      client.connection.dispose();
      server.dispose();
    },
  };
}

/** What both kinds of session record: the publications and the server's requests. */
class Recorder {
  readonly published: Published[] = [];
  readonly serverRequests: string[] = [];

  constructor(private readonly options: ServerOptions) {}

  lspOptions(initialize: object): LspOptions {
    const { rootUri, capabilities, initializationOptions, settings } = this.options;
    return {
      initialize: {
        rootUri: rootUri ?? null,
        workspaceFolders: rootUri ? [{ uri: rootUri, name: 'ws' }] : null,
        capabilities: capabilities ?? {},
        initializationOptions,
        ...initialize,
      },
      onPublish: (p: Published) => this.published.push(p),
      onRequest: (method, params) => {
        this.serverRequests.push(method);
        return method === 'workspace/configuration' ? (params as { items: unknown[] }).items.map(() => settings ?? null) : null;
      },
    };
  }

  session(server: Pick<Session, 'connection' | 'capabilities' | 'serverInfo'>): Omit<Session, 'close'> {
    const published = this.published;
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
      serverRequests: this.serverRequests,
      capabilities: server.capabilities,
      serverInfo: server.serverInfo,
    };
  }
}
