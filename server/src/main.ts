// The language server's process: `node dist/server.js --stdio` (or --node-ipc / --socket=N) serves any LSP client.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createServer } from './server';

const { report } = createServer(createConnection(ProposedFeatures.all));
// Whatever escapes a handler or a timer is logged, never the end of the process: an editor restarts a
// crashed server only a few times, then every feature of every speech is gone.
process.on('uncaughtException', (error) => report('uncaught exception', error));
process.on('unhandledRejection', (error) => report('unhandled rejection', error));
