// Diagnostics of open documents: checked per speech (an edit re-checks only the speech it touched), once
// per version, and published `speech.diagnostics.delay` ms after the last change, so a burst of typing is
// checked once, at its last version, and requests such as the outline are not kept waiting behind it.
import { DiagnosticSeverity, type Diagnostic, type PublishDiagnosticsParams, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { mostImportant } from './lspConvert';
import type { ModelCache } from './modelCache';
import { DiagnosticsCache, getDiagnosticGroups, placeDiagnostics, type CheckOptions, type DiagnosticGroup, type SpeechDiagnostic } from './service';

export interface PublisherHost {
  documents: TextDocuments<TextDocument>;
  models: ModelCache;
  /** The check options that apply to a document (settings and its .speechrc.json). */
  optionsFor(uri: string): CheckOptions;
  settings(): { diagnosticsDelay: number; maxProblems: number };
  send(params: PublishDiagnosticsParams): void;
  /** Logs an error the server survives. */
  report(what: string, error: unknown): void;
}

/** A document's diagnostics for one version: by speech, and (once asked for) all of them in place. */
interface VersionDiagnostics {
  version: number;
  groups: DiagnosticGroup[];
  placed?: SpeechDiagnostic[];
}

export class DiagnosticsPublisher {
  private readonly byVersion = new Map<string, VersionDiagnostics>();
  /** Per document: each speech's diagnostics. */
  private readonly speechCaches = new Map<string, DiagnosticsCache>();
  private readonly pending = new Map<string, NodeJS.Timeout>();

  constructor(private readonly host: PublisherHost) {}

  /** The document's diagnostics by speech: what publishing needs, without moving any. */
  groupsOf(uri: string): DiagnosticGroup[] {
    return this.ofVersion(uri)?.groups ?? [];
  }

  /** The document's diagnostics at their places (code actions, fix all), made once per version. */
  diagnosticsOf(uri: string): SpeechDiagnostic[] {
    const cached = this.ofVersion(uri);
    return cached ? (cached.placed ??= placeDiagnostics(cached.groups)) : [];
  }

  /** Publishes the document's diagnostics after the delay, unless it changes again first. */
  schedule(uri: string): void {
    clearTimeout(this.pending.get(uri));
    this.pending.set(
      uri,
      setTimeout(() => {
        this.pending.delete(uri);
        this.publish(uri);
      }, this.host.settings().diagnosticsDelay),
    );
  }

  /** Checks every open document again (settings or a .speechrc.json changed). */
  revalidateAll(): void {
    this.byVersion.clear();
    for (const document of this.host.documents.all()) this.schedule(document.uri);
  }

  /** A closed document: its caches go and its diagnostics are cleared. */
  forget(uri: string): void {
    this.byVersion.delete(uri);
    this.speechCaches.delete(uri);
    this.host.send({ uri, diagnostics: [] });
  }

  private publish(uri: string): void {
    const document = this.host.documents.get(uri);
    if (!document) return;
    let diagnostics: Diagnostic[];
    try {
      diagnostics = mostImportant(uri, this.host.models.get(document), this.groupsOf(uri), this.host.settings().maxProblems);
    } catch (error) {
      // The file that caused it says so, where its writer looks.
      this.host.report(`checking ${uri}`, error);
      const message = `讲话稿检查出错，此文件暂无检查结果（${error instanceof Error ? error.message : String(error)}）；大纲、补全等其他功能不受影响`;
      diagnostics = [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Error, source: 'speech', code: 'internal-error', message }];
    }
    this.host.send({ uri, version: document.version, diagnostics });
  }

  private ofVersion(uri: string): VersionDiagnostics | undefined {
    const document = this.host.documents.get(uri);
    if (!document) return undefined;
    const cached = this.byVersion.get(uri);
    if (cached && cached.version === document.version) return cached;
    const options = this.host.optionsFor(uri);
    let speechCache = this.speechCaches.get(uri);
    if (speechCache?.options !== options) this.speechCaches.set(uri, (speechCache = new DiagnosticsCache(options)));
    const fresh: VersionDiagnostics = { version: document.version, groups: getDiagnosticGroups(this.host.models.get(document), options, speechCache) };
    this.byVersion.set(uri, fresh);
    return fresh;
  }
}
