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
