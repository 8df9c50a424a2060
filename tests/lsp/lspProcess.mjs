// The one LSP client, shared by the tests (tests/lsp/lspClient.ts adds their helpers) and the benchmark
// (bench/bench.mjs): over stdio it spawns a server command like Neovim or Helix would; `connectLsp`
// initializes a server on any pair of message streams (the tests' in-process server).
import { spawn } from 'node:child_process';
import rpc from 'vscode-jsonrpc/node.js';

/** @type {import('./lspProcess.d.mts').connectLsp} */
export async function connectLsp(reader, writer, { initialize = {}, onRequest = () => null, onPublish = () => {} } = {}) {
  const connection = rpc.createMessageConnection(reader, writer);
  connection.onNotification('textDocument/publishDiagnostics', onPublish);
  connection.onRequest((method, params) => onRequest(method, params));
  connection.onNotification(() => {});
  connection.listen();
  const { capabilities, serverInfo } = await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, ...initialize });
  await connection.sendNotification('initialized', {});
  return { connection, capabilities, serverInfo };
}

/** @type {import('./lspProcess.d.mts').startLsp} */
export async function startLsp(args, options) {
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'inherit'] });
  const started = await connectLsp(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin), options);
  const { connection } = started;
  return {
    ...started,
    child,
    async close() {
      // A server that stopped answering (what the robustness tests look for) is killed, not awaited.
      const exited = new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(undefined) : child.once('exit', resolve)));
      const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await Promise.race([connection.sendRequest('shutdown').then(() => connection.sendNotification('exit')).catch(() => undefined), exited]);
      await exited;
      clearTimeout(killer);
      connection.dispose();
    },
  };
}
