import { AppError } from "../../errors/app-error";
import type { OcrEngine, OcrLine } from "./ocr-engine";
import { correctOcrPages, type OcrPage } from "./correct-ocr";
import { ocrPagesToText } from "./ocr-layout";
import type { OcrCorrection } from "./ocr-text";
import { MAX_OCR_PAGES } from "./ocr-limits";
import { imagePages, pdfPageImages, type ImageType, type PageImage } from "./page-images";
import { createTesseractEngine } from "./tesseract-engine";

/** Where OCR is on a file: before `page` starts, out of `pages`. */
export interface OcrProgress {
  page: number;
  pages: number;
}

export type ScanSource = { kind: "pdf"; bytes: Uint8Array } | { kind: "image"; bytes: Uint8Array; type: ImageType };

// One engine per reader thread, made at the first scan and reused (loading the model costs ~1 s).
let engine: Promise<OcrEngine> | undefined;

function ocrEngine(): Promise<OcrEngine> {
  engine ??= createTesseractEngine().catch((e: unknown) => {
    engine = undefined;
    throw e;
  });
  return engine;
}

/** Ends this thread's engine (tests and scripts, before they exit). */
export async function closeOcrEngine(): Promise<void> {
  const running = engine;
  engine = undefined;
  if (running) await (await running).close();
}

/**
 * A scan's text: each page rendered (PDF) or decoded (image), read by the OCR engine, misread
 * place names and catalogue terms corrected (listed in `ocrCorrections`), and the lines laid out
 * into paragraphs as a PDF's text is. `onPage` hears of each page before it is
 * read, so the caller can show progress and give the page its time.
 */
export async function readScan(
  source: ScanSource,
  onPage?: (progress: OcrProgress) => void,
): Promise<{ text: string; pages: number; ocrCorrections: OcrCorrection[] }> {
  const ocr = await ocrEngine();
  const read: OcrPage[] = [];
  for await (const page of pagesOf(source)) {
    if (page.pages > MAX_OCR_PAGES) throw tooManyPages(page.pages);
    onPage?.({ page: read.length + 1, pages: page.pages });
    const lines = await ocr.recognize(page);
    read.push({ lines: lines.filter(isText), width: page.width, height: page.height });
  }
  const { pages, corrections } = correctOcrPages(read);
  return { text: ocrPagesToText(pages), pages: read.length, ocrCorrections: corrections };
}

async function* pagesOf(source: ScanSource): AsyncGenerator<PageImage & { pages: number }> {
  if (source.kind === "pdf") {
    yield* pdfPageImages(source.bytes);
    return;
  }
  const pages = await imagePages(source.bytes, source.type);
  for (const page of pages) yield { ...page, pages: pages.length };
}

/** Specks and ruled lines come back as lone marks the engine is unsure of: not text. */
function isText(line: OcrLine): boolean {
  return /[\p{L}\p{N}]/u.test(line.text) && !(line.confidence < 0.4 && line.text.replace(/\s/g, "").length <= 2);
}

function tooManyPages(pages: number): AppError {
  return new AppError(
    "unprocessable",
    `扫描件共 ${pages} 页,超过文字识别上限(${MAX_OCR_PAGES} 页),请分册上传或提供文字版。The scan has ${pages} pages, more than the ${MAX_OCR_PAGES} pages OCR reads at once: upload it in parts, or the text version.`,
    { pages, limit: MAX_OCR_PAGES },
  );
}
