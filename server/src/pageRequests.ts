// Pages on the server: the page model of each open document in its preset (for the statistics, the
// CodeLens and the hover), the preview's pages (speech/preview), and hover.
import type { Connection, HoverParams, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Logged } from './logged';
import type { ModelCache } from './modelCache';
import { PREVIEW_REQUEST, type PreviewParams, type PreviewResult, type PreviewStyle } from './protocol';
import { getHover } from './service/hover';
import { getPageModel, pageViews, type PageModel } from './service/pages';
import { BLOCK_ROLES, BUILT_IN_PRESETS, faceNames, genericFamily, resolvePreset, roleStyle, type ExportConfig, type Preset } from './service/presets';
import { getStatistics } from './service/statistics';
import { partFigures, type SpeechDiagnostic, type UiLanguage } from './service';

export interface PageDependencies {
  documents: TextDocuments<TextDocument>;
  models: ModelCache;
  /** The document's diagnostics at their places. */
  diagnosticsOf(uri: string): SpeechDiagnostic[];
  /** The `"export"` configurations that apply to a document, later ones winning. */
  exportConfigs(uri: string): ExportConfig[];
  speakingRate(): number;
  language(): UiLanguage;
  /** Resolves once the first settings are in. */
  ready(): Promise<void>;
  logged: Logged;
}

export function registerPages(connection: Connection, deps: PageDependencies) {
  // One Preset object per configuration and name: the page model caches by preset object.
  const presets = new Map<string, Preset>();
  const presetFor = (uri: string, name?: string): Preset => {
    const configs = deps.exportConfigs(uri);
    const key = JSON.stringify([configs, name ?? null]);
    let preset = presets.get(key);
    if (!preset) presets.set(key, (preset = resolvePreset(configs, name)));
    return preset;
  };

  /** The document set on pages in its preset (or `name`), as the page model caches it per speech. */
  const pagesOf = (uri: string, name?: string): PageModel | undefined => {
    const document = deps.documents.get(uri);
    if (!document) return undefined;
    return getPageModel(deps.models.get(document), presetFor(uri, name), { speakingRate: deps.speakingRate() });
  };

  connection.onRequest(PREVIEW_REQUEST, deps.logged(PREVIEW_REQUEST, async ({ textDocument, preset }: PreviewParams): Promise<PreviewResult | null> => {
    await deps.ready();
    const document = deps.documents.get(textDocument.uri);
    const pages = document && pagesOf(textDocument.uri, preset);
    if (!document || !pages) return null;
    const model = deps.models.get(document);
    const language = deps.language();
    const statistics = getStatistics(model, [], deps.speakingRate(), pages);
    const custom = deps.exportConfigs(textDocument.uri).flatMap((c) => Object.keys(c.presets ?? {}));
    return {
      uri: textDocument.uri,
      version: document.version,
      style: previewStyle(pages.preset),
      presets: [...new Set([...BUILT_IN_PRESETS, ...custom])],
      pages: pageViews(pages),
      problems: deps.diagnosticsOf(textDocument.uri).map((d) => ({
        line: model.lines.lineAt(d.start),
        text: model.text.slice(d.start, d.end),
        severity: d.severity,
        message: d.message,
      })),
      times: statistics.sections.filter((s) => s.kind === 'section').map((s) => ({ line: s.range.start.line, text: partFigures(s, language) })),
    };
  }));

  connection.onHover(deps.logged('textDocument/hover', async ({ textDocument, position }: HoverParams) => {
    await deps.ready();
    const document = deps.documents.get(textDocument.uri);
    if (!document) return null;
    const model = deps.models.get(document);
    const hover = getHover(model, document.offsetAt(position), {
      diagnostics: deps.diagnosticsOf(textDocument.uri),
      rate: deps.speakingRate(),
      pages: pagesOf(textDocument.uri),
      language: deps.language(),
    });
    return hover && { contents: { kind: 'markdown' as const, value: hover.contents }, range: { start: document.positionAt(hover.span.start), end: document.positionAt(hover.span.end) } };
  }));

  return { pagesOf };
}

/** The numbers of a preset the preview needs, with each role's face names (fallbacks after). */
export function previewStyle(preset: Preset): PreviewStyle {
  const facesOf = (face: string) => ({ faces: faceNames(preset, face), generic: genericFamily(preset, face) });
  const roles = Object.fromEntries(
    BLOCK_ROLES.map((role) => {
      const style = roleStyle(preset, role);
      return [role, { ...facesOf(style.face), size: style.size, bold: style.bold, align: style.align, indent: style.indent }];
    }),
  ) as PreviewStyle['roles'];
  const { pageNumber } = preset;
  return {
    name: preset.name,
    paper: preset.paper,
    margins: preset.margins,
    lineSpacing: preset.lineSpacing,
    characterSpacing: preset.characterSpacing,
    roles,
    pageNumber: { ...facesOf(pageNumber.face), size: pageNumber.size, position: pageNumber.position, dashes: pageNumber.dashes, indent: pageNumber.indent, distance: pageNumber.distance },
  };
}
