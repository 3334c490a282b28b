// word-extractor ships no types; this declares the part lib/documents uses.
declare module "word-extractor" {
  interface TextOptions {
    /** true (the default) turns “curly quotes” and dashes into ASCII; we keep the original */
    filterUnicode?: boolean;
  }
  class WordDocument {
    getBody(options?: TextOptions): string;
    getFootnotes(options?: TextOptions): string;
    getEndnotes(options?: TextOptions): string;
    getTextboxes(options?: TextOptions & { includeHeadersAndFooters?: boolean; includeBody?: boolean }): string;
  }
  export default class WordExtractor {
    extract(source: string | Buffer): Promise<WordDocument>;
  }
}
