import type { PageImage } from "./page-images";

/** A line of text the engine found, with its box in the page image's pixels. */
export interface OcrLine {
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
  /** 0–1 */
  confidence: number;
  /**
   * 0–1 for each character of `text` (code points), when the engine tells: what corrections
   * (ocr-corrections.ts) lean on to change only characters the engine was unsure of
   */
  characterConfidences?: number[];
}

/** What every OCR engine offers the reader: one page in, its lines out. */
export interface OcrEngine {
  readonly name: string;
  recognize(page: PageImage): Promise<OcrLine[]>;
  close(): Promise<void>;
}
