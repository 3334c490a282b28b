import { detectDocumentType, isImageType, MIME, type DocumentType } from "./detect-type";
import { emptyFile, fileTooLarge, noText, noTextInImage } from "./document-errors";
import { MAX_UPLOAD_BYTES } from "./limits";
import { readText } from "./read-text";
import type { OcrProgress } from "./ocr/read-scan";
import type { ImageType } from "./ocr/page-images";
import type { OcrCorrection } from "./ocr/ocr-text";
import { isAppError } from "../errors/app-error";

export interface ReadDocument {
  /** plain text, one paragraph per line, table cells separated by tabs; not yet normalised */
  text: string;
  type: DocumentType;
  mime: string;
  /** the character encoding a .txt/.html was decoded from */
  encoding?: string;
  /** the page's or PDF's own title, when it has one */
  title?: string;
  /** the text was read by OCR from page images (a scanned PDF or an image) */
  ocr?: boolean;
  /** pages read by OCR */
  pages?: number;
  /** characters OCR misread that were corrected from the gazetteer or the catalogue's terms */
  ocrCorrections?: OcrCorrection[];
}

export interface ParseOptions {
  /** the type a caller already detected for these bytes, so it is not detected twice */
  detected?: DocumentType;
  /** the charset a web server declared for a fetched page (Content-Type), tried before the page's own */
  charset?: string | null;
  /** hears of each scanned page before OCR reads it */
  onOcrPage?: (progress: OcrProgress) => void;
  /** hears of each page of a PDF's text layer before it is read */
  onPdfPage?: (page: number, pages: number) => void;
}

const IMAGE_TYPES: Record<"png" | "jpg" | "tif", ImageType> = { png: "png", jpg: "jpeg", tif: "tiff" };

/**
 * An uploaded file's bytes to the report's plain text, in this thread. The type is decided by the
 * content (the file name only breaks ties); every failure is an AppError that tells the person
 * what to do. A PDF without a text layer, and an image, are read by OCR page by page. Callers use
 * readDocument or the upload worker, which run this under a time and memory limit.
 */
export async function parseDocument(bytes: Uint8Array, fileName?: string, options: ParseOptions = {}): Promise<ReadDocument> {
  if (bytes.length === 0) throw emptyFile();
  if (bytes.length > MAX_UPLOAD_BYTES) throw fileTooLarge(bytes.length, MAX_UPLOAD_BYTES);

  const type = options.detected ?? (await detectDocumentType(bytes, fileName));
  const read = await readAs(type, bytes, options);
  if (!/[\p{L}\p{N}]/u.test(read.text)) throw read.ocr ? noTextInImage(type, read.pages ?? 1) : noText(type);
  return { ...read, type, mime: MIME[type] };
}

// Each reader is loaded when a file needs it: their libraries (linkedom, the canvas and OCR of
// scans, PDF.js, mammoth) cost an upload worker ~60 MB, which a pasted or .txt report never uses.
async function readAs(type: DocumentType, bytes: Uint8Array, options: ParseOptions): Promise<Omit<ReadDocument, "type" | "mime">> {
  if (isImageType(type)) {
    const { readScan } = await import("./ocr/read-scan");
    return { ...(await readScan({ kind: "image", bytes, type: IMAGE_TYPES[type] }, options.onOcrPage)), ocr: true };
  }
  switch (type) {
    case "txt":
      return readText(bytes, options.charset);
    case "html":
      return (await import("./read-html")).readHtml(bytes, options.charset);
    case "docx":
      return { text: await (await import("./read-docx")).readDocx(bytes) };
    case "doc":
      return { text: await (await import("./read-doc")).readDoc(bytes) };
    case "pdf":
      return readPdfOrScan(bytes, options);
  }
}

/** A PDF's text layer; a PDF without one (a scan) is read by OCR instead. */
async function readPdfOrScan(bytes: Uint8Array, options: ParseOptions): Promise<Omit<ReadDocument, "type" | "mime">> {
  try {
    const { readPdf } = await import("./read-pdf");
    const { text, title } = await readPdf(bytes, options.onPdfPage);
    return { text, title };
  } catch (e) {
    if (!isAppError(e) || e.details?.scanned !== true) throw e;
    const { readScan } = await import("./ocr/read-scan");
    return { ...(await readScan({ kind: "pdf", bytes }, options.onOcrPage)), ocr: true };
  }
}
