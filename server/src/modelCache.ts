import { TextDocument, type Range, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { parse, type SpeechModel } from './service';

interface VersionedText {
  uri: string;
  version: number;
  getText(): string;
}

/** One parsed model per document version, shared by every feature; each built from the one before. */
export class ModelCache {
  private readonly models = new Map<string, { version: number; model: SpeechModel }>();

  get(document: VersionedText): SpeechModel {
    const cached = this.models.get(document.uri);
    if (cached && cached.version === document.version) return cached.model;
    const model = parse(document.getText(), cached?.model);
    this.models.set(document.uri, { version: document.version, model });
    return model;
  }

  delete(uri: string): void {
    this.models.delete(uri);
  }
}

/**
 * TextDocument as the text-document library keeps it, except where an edit joins a \r and a \n into one
 * line end (inserting \n after a lone \r, \r before a \n, or deleting what stood between them): the
 * library counts its inserted line ends apart from the text around them, so its line table would keep
 * one line too many and every later position would land elsewhere. Such a document is made afresh.
 */
export const SyncedTextDocument = {
  create: TextDocument.create,
  update(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
    for (const change of changes) {
      if (!('range' in change) || !joinsLineEnd(document, change)) {
        document = TextDocument.update(document, [change], version);
        continue;
      }
      const text = TextDocument.applyEdits(document, [{ range: change.range, newText: change.text }]);
      document = TextDocument.create(document.uri, document.languageId, version, text);
    }
    return document;
  },
};

function joinsLineEnd(document: TextDocument, change: { range: Range; text: string }): boolean {
  const text = document.getText();
  const start = document.offsetAt(change.range.start);
  const end = document.offsetAt(change.range.end);
  const before = text[start - 1];
  const after = text[end];
  const first = change.text[0] ?? after;
  const last = change.text[change.text.length - 1] ?? before;
  return (before === '\r' && first === '\n') || (last === '\r' && after === '\n');
}
