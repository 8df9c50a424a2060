// Language server: thin LSP wiring over the speech language service.
// `node dist/server.js --stdio` (or --node-ipc / --socket=N) serves any LSP client.
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'node:url';
import { ModelCache } from './modelCache';
import { getDocumentSymbols, getFoldingRanges, getWorkspaceSymbols, type OutlineOptions } from './service';
import { WorkspaceIndex } from './workspaceIndex';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const models = new ModelCache();
const workspace = new WorkspaceIndex();

interface Settings {
  outline: OutlineOptions;
}
const DEFAULT_SETTINGS: Settings = { outline: { inlineItems: true } };
let settings = DEFAULT_SETTINGS;
let canPullConfiguration = false;
let hasWorkspaceFolders = false;

function readSettings(raw: unknown): Settings {
  const speech = (raw ?? {}) as { outline?: { inlineItems?: unknown } };
  const inlineItems = speech.outline?.inlineItems;
  return { outline: { inlineItems: typeof inlineItems === 'boolean' ? inlineItems : DEFAULT_SETTINGS.outline.inlineItems } };
}

async function refreshSettings(pushed?: unknown): Promise<void> {
  if (pushed !== undefined) settings = readSettings(pushed);
  else if (canPullConfiguration) settings = readSettings(await connection.workspace.getConfiguration('speech'));
}

connection.onInitialize((params) => {
  canPullConfiguration = params.capabilities.workspace?.configuration === true;
  hasWorkspaceFolders = params.capabilities.workspace?.workspaceFolders === true;
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  workspace.setFolders(folders);
  settings = readSettings((params.initializationOptions as { settings?: unknown } | undefined)?.settings);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      documentSymbolProvider: { label: '讲话稿' },
      foldingRangeProvider: true,
      workspaceSymbolProvider: true,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'speech-writer', version: '0.1.0' },
  };
});

// Requests wait for the first settings, so an early documentSymbol already honours them.
let settingsReady: Promise<void> = Promise.resolve();

connection.onInitialized(async () => {
  settingsReady = refreshSettings();
  await settingsReady;
  if (hasWorkspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      workspace.setFolders([...workspace.folderUris.filter((uri) => !event.removed.some((f) => f.uri === uri)), ...event.added.map((f) => f.uri)]);
    });
  }
});

connection.onDidChangeConfiguration(async (change) => {
  const pushed = (change.settings as { speech?: unknown } | null)?.speech;
  await refreshSettings(pushed);
});

const modelOf = (uri: string) => {
  const document = documents.get(uri);
  return document && models.get(document);
};

connection.onDocumentSymbol(async ({ textDocument }) => {
  await settingsReady;
  const model = modelOf(textDocument.uri);
  return model ? getDocumentSymbols(model, settings.outline) : null;
});

connection.onFoldingRanges(({ textDocument }) => {
  const model = modelOf(textDocument.uri);
  return model ? getFoldingRanges(model) : null;
});

connection.onWorkspaceSymbol(async ({ query }) => {
  const openByPath = new Map(documents.all().filter((d) => d.uri.startsWith('file:')).map((d) => [fileURLToPath(d.uri), d]));
  const onDisk = await workspace.documents((uri) => {
    const open = openByPath.get(fileURLToPath(uri));
    return open && models.get(open);
  });
  const seen = new Set(onDisk.map((d) => fileURLToPath(d.uri)));
  const unsaved = documents
    .all()
    .filter((d) => !d.uri.startsWith('file:') || !seen.has(fileURLToPath(d.uri)))
    .filter((d) => d.languageId === 'speech' || d.uri.endsWith('.speech.md'))
    .map((d) => ({ uri: d.uri, model: models.get(d) }));
  return getWorkspaceSymbols([...onDisk, ...unsaved], query);
});

documents.onDidClose(({ document }) => models.delete(document.uri));
documents.listen(connection);
connection.listen();
