import { layoutPdfText, type PdfPageText } from "../pdf-layout";
import type { OcrLine } from "./ocr-engine";

/**
 * OCR lines back into paragraphs by the same rules as a PDF's text (pdf-layout.ts): a line that
 * reaches the right margin and is followed by an unindented one wraps on. The line boxes stand
 * for PDF text items, the image's y (growing downwards) turned to a baseline growing upwards.
 */
export function ocrPagesToText(pages: { lines: OcrLine[]; width: number; height: number }[]): string {
  const pdfPages: PdfPageText[] = pages.map(({ lines, width, height }) => ({
    items: [...lines]
      .sort((a, b) => a.top - b.top || a.left - b.left)
      .map((line) => ({
        str: line.text,
        x: line.left,
        y: height - line.bottom,
        width: line.right - line.left,
        size: Math.max(1, line.bottom - line.top),
        hasEOL: true,
      })),
    box: { left: 0, right: width },
  }));
  return layoutPdfText(pdfPages);
}
