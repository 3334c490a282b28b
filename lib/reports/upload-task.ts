// Entry of the upload workers (prepare-upload.ts), bundled by lib/workers/bundle-worker.ts:
// piscina calls the default export with each uploaded or fetched file, or pasted text.
import { createHash } from "node:crypto";
import type { Attachment } from "../documents/find-attachments";
import { OCR_PAGE_TIME_LIMIT_MS } from "../documents/ocr/ocr-limits";
import type { OcrCorrection } from "../documents/ocr/ocr-text";
import type { OcrProgress } from "../documents/ocr/read-scan";
import { parseDocument, type ReadDocument } from "../documents/parse-document";
import { pdfPageClock, type PdfPageProgress } from "../documents/pdf-page-clock";
import { isAppError } from "../errors/app-error";
import { noReportOnPage } from "../fetch/fetch-errors";
import type { WithProgressPort } from "../workers/bounded-pool";
import { settle, type TaskResult } from "../workers/task-result";
import { prepareReport, type IngestTextInput, type PreparedReport } from "./prepare-report";

export interface UploadTask extends WithProgressPort {
  /** a file's bytes, read here; or `input.text`, pasted */
  bytes?: Uint8Array;
  input: IngestTextInput;
  /** a file fetched by address: where it came from, and the charset its server declared */
  fetched?: { url: string; charset: string | null };
}

export type UploadProgress = OcrProgress & { stage: "ocr" };
/** What the worker posts: OCR pages, which the caller shows, and PDF pages, which only restart its clock. */
export type WorkerProgress = UploadProgress | PdfPageProgress;

/** A file's identity, kept with its report (the bytes stay on the calling thread). */
export interface FileIdentity {
  sha256: string;
  mediaType: string;
}

export type PreparedUpload =
  | { kind: "report"; prepared: PreparedReport; file?: FileIdentity; ocrCorrections?: OcrCorrection[] }
  /** a fetched page that only links its report: the documents to choose from */
  | { kind: "choose"; attachments: Attachment[] };

/** A page with fewer Chinese characters than this is a page about a report, not the report. */
const MIN_REPORT_HAN = 200;
/** …and with fewer than this and no attachment, a page with no report on it. */
const MIN_PAGE_HAN = 50;

/** One upload: read the file (when it is one; by OCR when it is a scan), normalise, extract. No database here. */
export default function run({ bytes, input, fetched, progress }: UploadTask): Promise<TaskResult<PreparedUpload>> {
  return settle(async (): Promise<PreparedUpload> => {
    if (!bytes) return { kind: "report", prepared: prepareReport(input) };
    const onOcrPage = (p: OcrProgress) => progress?.postMessage({ stage: "ocr", ...p, extendMs: OCR_PAGE_TIME_LIMIT_MS });
    const doc = await parseDocument(bytes, input.fileName ?? undefined, { charset: fetched?.charset, onOcrPage, onPdfPage: pdfPageClock(progress) });
    const file = { sha256: createHash("sha256").update(bytes).digest("hex"), mediaType: doc.mime };
    const prepare = () => prepareReport({ ...input, text: doc.text, fileType: doc.type, ocr: doc.ocr ?? false });
    // a scan's misread names and terms that were put right, for the reviewer to see
    if (doc.ocr) return { kind: "report", prepared: prepare(), file, ocrCorrections: doc.ocrCorrections ?? [] };
    if (!fetched || doc.type !== "html") return { kind: "report", prepared: prepare(), file };
    return readFetchedPage(bytes, doc, fetched, () => ({ kind: "report", prepared: prepare(), file }));
  });
}

/**
 * A fetched web page is the report when it carries the report's text; a page that carries little
 * but links documents offers them, and so does one whose text cannot be placed or dated.
 */
async function readFetchedPage(bytes: Uint8Array, doc: ReadDocument, fetched: NonNullable<UploadTask["fetched"]>, asReport: () => PreparedUpload): Promise<PreparedUpload> {
  // loaded for fetched pages only (linkedom): see parse-document.ts
  const { findAttachments } = await import("../documents/find-attachments");
  const attachments = findAttachments(bytes, fetched.url, fetched.charset);
  const han = doc.text.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (attachments.length > 0 && han < MIN_REPORT_HAN) return { kind: "choose", attachments };
  if (attachments.length === 0 && han < MIN_PAGE_HAN) throw noReportOnPage(fetched.url);
  try {
    return asReport();
  } catch (e) {
    if (attachments.length > 0 && isAppError(e) && e.status === 422) return { kind: "choose", attachments };
    throw e;
  }
}
