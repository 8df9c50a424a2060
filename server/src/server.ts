// Language server: thin LSP wiring over the speech language service, on a given connection and file
// system. main.ts starts it on stdio (`node dist/server.js --stdio`); the LSP tests start it in-process.
import { basename, join } from 'node:path';
import {
  CodeActionKind,
  CodeLensRefreshRequest,
  CompletionItemKind,
  FileChangeType,
  InsertTextFormat,
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import { PHRASES_REQUEST, SERVER_COMMANDS as COMMANDS, STATISTICS_REQUEST, type PhraseItem, type PhrasesParams, type StatisticsParams, type StatisticsResult } from './protocol';
import { version } from '../../package.json';
import { ModelCache, SyncedTextDocument } from './modelCache';
import {
  fixAllToFixedPoint,
  FIX_ALL_KIND,
  getCodeActions,
  getCompletions,
  getDocumentSymbols,
  getFoldingRanges,
  getStatistics,
  getWorkspaceSymbols,
  languageOf,
  PhraseIndex,
  placeDiagnostics,
  renumberDocument,
  resolveOptions,
  partFigures,
  type CheckOptions,
  type ExportConfig,
  type SpeechModel,
} from './service';
import { SPEECHRC, SpeechrcLoader, type LoadedSpeechrc } from './speechrc';
import { loadUserPhrases, phraseFiles, type LoadedPhrases } from './userPhrases';
import { pathOfUri, WorkspaceIndex } from './workspaceIndex';
import { registerPages } from './pageRequests';
import { registerExport } from './exportRequests';
import { registerImport } from './importRequests';
import { loggedWith } from './logged';
import { readSettings, type Settings } from './settings';
import { FileProblems } from './fileProblems';
import { toLsp, toLspEdit, toLspEdits } from './lspConvert';
import { DiagnosticsPublisher } from './diagnosticsPublisher';
import { nodeFileSystem, type FileSystem } from './fileSystem';

/** Serves the speech language on `connection`, reading workspace files through `fileSystem`. */
export function createServer(connection: Connection, fileSystem: FileSystem = nodeFileSystem): { report: (what: string, error: unknown) => void } {
  /** An error the server survives: a log line in the client's output; the server carries on. */
  function report(what: string, error: unknown): void {
    try {
      connection.console.error(`${what}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    } catch {
      // the connection itself is gone: nothing to tell
    }
  }
  const documents = new TextDocuments(SyncedTextDocument);
  const models = new ModelCache();
  const workspace = new WorkspaceIndex(fileSystem);
  const speechrc = new SpeechrcLoader(fileSystem);

  let settings: Settings = readSettings(undefined);
  let canPullConfiguration = false;
  /** In an untrusted workspace its files (.speechrc.json patterns, phrase files) are not read. */
  let trusted = true;
  let uiLanguage = languageOf(undefined);
  let hasWorkspaceFolders = false;
  let canRefreshCodeLens = false;

  async function refreshSettings(pushed?: unknown): Promise<void> {
    if (pushed !== undefined) settings = readSettings(pushed);
    else if (canPullConfiguration) settings = readSettings(await connection.workspace.getConfiguration('speech'));
  }

  connection.onInitialize((params) => {
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    uiLanguage = languageOf(params.locale);
    hasWorkspaceFolders = params.capabilities.workspace?.workspaceFolders === true;
    canRefreshCodeLens = params.capabilities.workspace?.codeLens?.refreshSupport === true;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspace.setFolders(folders);
    const init = params.initializationOptions as { settings?: unknown; trusted?: unknown } | undefined;
    settings = readSettings(init?.settings);
    trusted = init?.trusted !== false;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        documentSymbolProvider: { label: '讲话稿' },
        foldingRangeProvider: true,
        workspaceSymbolProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        // No trigger characters: completion must never interrupt pinyin composition. VS Code asks as
        // ASCII letters are typed (pinyin initials) and on Ctrl+Space.
        completionProvider: { resolveProvider: false },
        executeCommandProvider: { commands: Object.values(COMMANDS) },
        codeLensProvider: { resolveProvider: false },
        hoverProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'speech-writer', version },
    };
  });

  // Requests wait for the first settings, so an early request already honours them.
  let settingsReady: Promise<void> = Promise.resolve();

  const logged = loggedWith(report);

  /** A logged request handler that runs once the settings are in, unless the client cancelled meanwhile. */
  const afterSettings = <P, R>(method: string, handler: (params: P, token: CancellationToken) => R) =>
    logged(method, async (params: P, token: CancellationToken): Promise<R> => {
      await settingsReady;
      stopIfCancelled(token);
      return handler(params, token);
    });

  connection.onInitialized(async () => {
    settingsReady = refreshSettings();
    await settingsReady;
    phraseIndexes.clear(); // built before the settings came, they may hold disabled categories
    if (hasWorkspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        workspace.setFolders([...workspace.folderUris.filter((uri) => !event.removed.some((f) => f.uri === uri)), ...event.added.map((f) => f.uri)]);
        phraseIndexes.clear();
      });
    }
    revalidateAll();
  });

  connection.onDidChangeConfiguration(async (change) => {
    await refreshSettings((change.settings as { speech?: unknown } | null)?.speech);
    phraseIndexes.clear();
    revalidateAll();
    if (canRefreshCodeLens) void connection.sendRequest(CodeLensRefreshRequest.type);
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    // Paths, not URIs: a file named 常用语.json arrives percent-encoded.
    const pathOf = (uri: string) => pathOfUri(uri) ?? uri;
    const files = phraseFiles(workspace.folderPaths, settings.phrases.paths);
    const configs: string[] = [];
    for (const change of changes.filter((c) => c.uri.endsWith('/' + SPEECHRC))) {
      const path = pathOfUri(change.uri);
      if (!path) continue;
      configs.push(path);
      speechrc.forget(path);
      if (change.type === FileChangeType.Deleted) for (const source of ['speechrc', 'phrases'] as const) fileProblems.set(path, '', [], source);
    }
    if (configs.length || changes.some((c) => files.has(pathOf(c.uri)))) {
      phraseIndexes.clear();
      // Read now, so a broken file is reported when it is saved.
      phrasesOf(undefined);
      for (const path of configs) if (trusted) phrasesOf(speechrc.load(path));
    }
    if (configs.length) revalidateAll();
  });

  /**
   * Throws RequestCancelled when the client cancelled a request while it waited behind others (the
   * outline and CodeLens of a version typed over): on a long speech that skips work nobody will see.
   */
  function stopIfCancelled(token: CancellationToken): void {
    if (token.isCancellationRequested) throw cancelled();
  }

  const cancelled = () => new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');

  const modelOf = (uri: string): SpeechModel | undefined => {
    const document = documents.get(uri);
    return document && models.get(document);
  };

  // ---- diagnostics ----

  /** Resolved options per .speechrc.json (undefined: none applies), for the current settings. */
  const checkOptionsCache = new Map<object | undefined, CheckOptions>();

  /** The .speechrc.json that applies to a document (none in an untrusted workspace). */
  function speechrcOf(uri: string) {
    const path = trusted ? pathOfUri(uri) : undefined;
    return path ? speechrc.find(path, workspace.folderOf(path)) : undefined;
  }

  function checkOptionsFor(uri: string): CheckOptions {
    const loaded = speechrcOf(uri);
    if (loaded) fileProblems.set(loaded.path, loaded.text, loaded.problems, 'speechrc');
    let options = checkOptionsCache.get(loaded);
    if (!options) checkOptionsCache.set(loaded, (options = loaded ? resolveOptions(settings.checks, loaded.config) : resolveOptions(settings.checks)));
    return options;
  }

  // Nothing is sent after shutdown, though a debounced check may still be due.
  let shutDown = false;
  connection.onShutdown(() => void (shutDown = true));
  const sendDiagnostics = (params: PublishDiagnosticsParams) => void (shutDown || connection.sendDiagnostics(params));

  const fileProblems = new FileProblems((uri, diagnostics) => sendDiagnostics({ uri, diagnostics }));

  const publisher = new DiagnosticsPublisher({
    documents,
    models,
    optionsFor: checkOptionsFor,
    settings: () => settings,
    send: sendDiagnostics,
    report,
  });
  const diagnosticsOf = (uri: string) => publisher.diagnosticsOf(uri);

  function revalidateAll(): void {
    checkOptionsCache.clear();
    publisher.revalidateAll();
  }

  documents.onDidChangeContent(({ document }) => publisher.schedule(document.uri));
  documents.onDidClose(({ document }) => {
    models.delete(document.uri);
    publisher.forget(document.uri);
  });

  connection.onCodeAction(logged('textDocument/codeAction', ({ textDocument, range, context }, token) => {
    stopIfCancelled(token);
    const document = documents.get(textDocument.uri);
    if (!document) return null;
    const model = models.get(document);
    const span = { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
    const diagnostics = diagnosticsOf(textDocument.uri);
    const fixAll = () => fixAllToFixedPoint(model, checkOptionsFor(textDocument.uri), diagnostics);
    return getCodeActions(diagnostics, span, context.only, fixAll).map((action) => ({
      title: action.title,
      kind: action.kind,
      isPreferred: action.isPreferred,
      diagnostics: action.diagnostics.map((d) => toLsp(textDocument.uri, model, d)),
      edit: { changes: { [textDocument.uri]: toLspEdits(model, action.edits) } },
    }));
  }));

  connection.onExecuteCommand(logged('workspace/executeCommand', async ({ command, arguments: args }) => {
    const uri = typeof args?.[0] === 'string' ? args[0] : undefined;
    const document = uri && documents.get(uri);
    if (!document) return { applied: false };
    const model = models.get(document);
    const edits = command === COMMANDS.renumber ? renumberDocument(model) : command === COMMANDS.fixAll ? fixAllToFixedPoint(model, checkOptionsFor(uri), diagnosticsOf(uri)) : [];
    if (!edits.length) return { applied: true, edits: 0 };
    const label = command === COMMANDS.renumber ? '重新编号' : '修正全部问题';
    const result = await connection.workspace.applyEdit({ label, edit: { changes: { [uri]: toLspEdits(model, edits) } } });
    return { applied: result.applied, edits: edits.length };
  }));

  // ---- completion ----

  /** Per .speechrc.json that applies (undefined: none), the phrases; emptied after a phrase file, .speechrc.json or a setting changes. */
  const phraseIndexes = new Map<LoadedSpeechrc | undefined, PhraseIndex>();

  /** Built-in phrases, the phrase files' and those of `rc`: the document's .speechrc.json, as for the checks. */
  function phrasesOf(rc: LoadedSpeechrc | undefined): PhraseIndex {
    let index = phraseIndexes.get(rc);
    if (!index) phraseIndexes.set(rc, (index = loadPhrases(rc ? [rc] : [])));
    return index;
  }

  function loadPhrases(speechrcs: LoadedSpeechrc[]): PhraseIndex {
    let loaded: LoadedPhrases = { phrases: [], problems: new Map() };
    try {
      if (trusted) loaded = loadUserPhrases(workspace.folderPaths, settings.phrases.paths, speechrcs, fileSystem);
    } catch (error) {
      report('reading phrase files', error); // the built-in phrases still complete
    }
    for (const [path, { text, problems }] of loaded.problems) fileProblems.set(path, text, problems, 'phrases');
    // A phrase file that had problems and is gone now, or no longer named by the setting: clear them.
    for (const path of fileProblems.pathsWith('phrases')) if (!loaded.problems.has(path) && basename(path) !== SPEECHRC) fileProblems.set(path, '', [], 'phrases');
    return PhraseIndex.create(loaded.phrases, settings.phrases.disabledCategories);
  }

  const COMPLETION_KIND = { phrase: CompletionItemKind.Text, snippet: CompletionItemKind.Snippet, marker: CompletionItemKind.EnumMember };

  connection.onCompletion(afterSettings('textDocument/completion', ({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return null;
    const model = models.get(document);
    const items = getCompletions(model, document.offsetAt(position), phrasesOf(speechrcOf(textDocument.uri))).map((item) => ({
      label: item.label,
      kind: COMPLETION_KIND[item.kind],
      detail: item.detail,
      documentation: { kind: 'markdown' as const, value: item.documentation },
      filterText: item.filterText,
      sortText: item.sortText,
      preselect: item.preselect,
      insertTextFormat: item.isSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      textEdit: toLspEdit(model, item.edit),
    }));
    // Incomplete: what was typed decides the replaced range, so the list is asked for again as typing goes on.
    return { isIncomplete: true, items };
  }));

  // ---- statistics, pages, preview, hover ----

  /** Settings, then the document's .speechrc.json: the later wins. */
  const exportConfigsOf = (uri: string): ExportConfig[] => [settings.export, speechrcOf(uri)?.config.export].filter((c) => c !== undefined);
  registerExport(connection, { documents, models, diagnosticsOf, checkOptionsFor, exportConfigs: exportConfigsOf, speakingRate: () => settings.speakingRate, ready: () => settingsReady, logged });
  registerImport(connection, logged);

  const pages = registerPages(connection, {
    documents,
    models,
    diagnosticsOf,
    exportConfigs: exportConfigsOf,
    speakingRate: () => settings.speakingRate,
    language: () => uiLanguage,
    ready: () => settingsReady,
    logged,
  });

  function statisticsOf(uri: string): StatisticsResult {
    const document = documents.get(uri);
    if (!document) return null;
    // The placeholders the Problems panel shows: severity and speech-disable comments applied.
    const placeholders = placeDiagnostics(publisher.groupsOf(uri), (d) => d.code === 'placeholder');
    return getStatistics(models.get(document), placeholders, settings.speakingRate, pages.pagesOf(uri));
  }

  connection.onRequest(STATISTICS_REQUEST, afterSettings(STATISTICS_REQUEST, ({ textDocument }: StatisticsParams) => statisticsOf(textDocument.uri)));

  // The client's insert-phrase picker names its document: that document's phrases, as completion offers
  // them. Without params, each folder's own .speechrc.json; the token is then the handler's only argument,
  // so not afterSettings.
  connection.onRequest(PHRASES_REQUEST, logged(PHRASES_REQUEST, async (params?: PhrasesParams): Promise<PhraseItem[]> => {
    await settingsReady;
    const uri = params?.textDocument?.uri;
    const folderSpeechrcs = () => (trusted ? workspace.folderPaths.map((folder) => speechrc.load(join(folder, SPEECHRC))).filter((rc) => rc !== undefined) : []);
    const index = uri ? phrasesOf(speechrcOf(uri)) : loadPhrases(folderSpeechrcs());
    return index.phrases.map(({ text, category, initials, full }) => ({ text, category, initials, full }));
  }));

  /** A CodeLens above each level-1 section: 1,024 字 · 约 3 分 20 秒 · 第 2–3 页; clicking opens the per-section figures. */
  connection.onCodeLens(afterSettings('textDocument/codeLens', ({ textDocument }) => {
    if (!settings.codeLens) return [];
    const model = modelOf(textDocument.uri);
    // Section figures only: no placeholders, so no checks run before the diagnostics delay would run them.
    return (model ? getStatistics(model, [], settings.speakingRate, pages.pagesOf(textDocument.uri)).sections : [])
      .filter((s) => s.level === 1)
      .map((s) => ({
        range: { start: s.range.start, end: s.range.start },
        command: { title: partFigures(s, uiLanguage), command: 'speech.showStatistics', arguments: [textDocument.uri] },
      }));
  }));

  // ---- outline ----

  connection.onDocumentSymbol(
    afterSettings('textDocument/documentSymbol', ({ textDocument }) => {
      const model = modelOf(textDocument.uri);
      return model ? getDocumentSymbols(model, settings.outline) : null;
    }),
  );

  connection.onFoldingRanges(logged('textDocument/foldingRange', ({ textDocument }, token) => {
    stopIfCancelled(token);
    const model = modelOf(textDocument.uri);
    return model ? getFoldingRanges(model) : null;
  }));

  connection.onWorkspaceSymbol(logged('workspace/symbol', async ({ query }, token) => {
    const openByPath = new Map(documents.all().map((d) => [pathOfUri(d.uri), d] as const));
    const onDisk = await workspace.documents(
      (uri) => {
        const open = openByPath.get(pathOfUri(uri));
        return open && models.get(open);
      },
      () => token.isCancellationRequested,
    );
    // The editor asks again as the query grows; an answer to a query it dropped is not wanted.
    if (!onDisk) throw cancelled();
    const seen = new Set(onDisk.map((d) => pathOfUri(d.uri)));
    const unsaved = documents
      .all()
      .filter((d) => !seen.has(pathOfUri(d.uri) ?? d.uri))
      .filter((d) => d.languageId === 'speech' || d.uri.endsWith('.speech.md'))
      .map((d) => ({ uri: d.uri, model: models.get(d) }));
    return getWorkspaceSymbols([...onDisk, ...unsaved], query);
  }));

  documents.listen(connection);
  connection.listen();
  return { report };
}
