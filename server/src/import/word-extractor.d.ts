declare module 'word-extractor' {
  interface TextOptions {
    /** true (the default) replaces curly quotes, dashes and wide spaces with ASCII ones. */
    filterUnicode?: boolean;
  }
  interface ExtractedDocument {
    getBody(options?: TextOptions): string;
    getFootnotes(options?: TextOptions): string;
    getEndnotes(options?: TextOptions): string;
  }
  export default class WordExtractor {
    extract(source: string | Buffer): Promise<ExtractedDocument>;
  }
}
