import { databaseFailure } from "../db/database-errors";
import type { Attachment } from "../documents/find-attachments";
import type { OcrCorrection } from "../documents/ocr/ocr-text";
import { AppError, INTERNAL_ERROR, isAppError } from "../errors/app-error";
import type { ReportKind } from "../extract/types";
import { fetchBytes } from "../fetch/fetch-bytes";
import { sourceUrlField } from "../http/input-fields";
import { getStoredFacts } from "../queries/get-stored-facts";
import { storePrepared, type IngestResult } from "./ingest-text";
import { STORED_TEXT } from "./prepare-report";
import { prepareUpload } from "./prepare-upload";
import type { UploadProgress, UploadTask } from "./upload-task";

import { MAX_FILES_PER_UPLOAD, tooManyFiles } from "./limits";

export interface UploadItem {
  fileName: string;
  bytes?: Uint8Array;
  /** pasted text instead of a file */
  text?: string;
  /** an address to fetch the file from instead (checked, then fetched: lib/fetch) */
  url?: string;
  sourceUrl?: string | null;
  /** refused before reading (e.g. over the size limit): reported as this file's error */
  refused?: AppError;
}

export interface UploadOverrides {
  jurisdictionCode?: string;
  year?: number;
  kind?: ReportKind;
}

export type UploadOutcome =
  | ({ fileName: string; ok: true; sourceUrl?: string | null; ocr: boolean; ocrCorrections?: OcrCorrection[] } & IngestResult)
  | { fileName: string; ok: false; sourceUrl?: string | null; status: number; error: { code: string; message: string; details?: Record<string, unknown> } }
  /** a fetched page that only links its report: nothing stored, the attachments to choose from */
  | { fileName: string; ok: false; sourceUrl: string; status: 300; choose: true; attachments: Attachment[] };

/** An item's progress while it is read: OCR's page, out of pages. */
export type UploadItemProgress = UploadProgress & { item: number };

/**
 * Reads, extracts and stores each uploaded or fetched report on its own: one bad file gets its own
 * error and does not stop the others; each good one is written in its own transaction, with the
 * file as it came. Reading and extraction run in worker threads (prepare-upload.ts); an address is
 * fetched first (lib/fetch: the address policy, time and size limits). The outcomes say what
 * happened to each file, whatever failed: a file stored before another one failed unexpectedly is
 * reported stored.
 */
export async function uploadReports(
  items: UploadItem[],
  overrides: UploadOverrides,
  uploadedBy: string,
  onProgress?: (progress: UploadItemProgress) => void,
): Promise<UploadOutcome[]> {
  if (items.length === 0) throw new AppError("bad_request", "没有收到文件。No file was received (field `files`).");
  if (items.length > MAX_FILES_PER_UPLOAD) {
    throw tooManyFiles();
  }
  const outcomes: UploadOutcome[] = [];
  for (const [index, item] of items.entries()) {
    let { fileName, sourceUrl = null } = item;
    try {
      if (item.refused) throw item.refused;
      const task: UploadTask = {
        bytes: item.bytes,
        input: { text: item.text ?? "", fileName, fileType: "txt", sourceUrl, uploadedBy, overrides },
      };
      if (item.url) {
        const fetched = await fetchBytes(item.url);
        fileName = fetched.dispositionName ? safeFileName(fetched.dispositionName) : fileNameOf(fetched.url);
        sourceUrl = storableAddress(fetched.url) ?? item.url;
        task.bytes = fetched.bytes;
        task.input = { ...task.input, fileName, sourceUrl };
        task.fetched = { url: fetched.url, charset: fetched.charset };
      }
      const prepared = await prepareUpload(task, (p) => onProgress?.({ ...p, item: index }));
      if (prepared.kind === "choose") {
        outcomes.push({ fileName, ok: false, sourceUrl: sourceUrl ?? item.url ?? "", status: 300, choose: true, attachments: prepared.attachments });
        continue;
      }
      const original = prepared.file && task.bytes ? { ...prepared.file, bytes: task.bytes } : null;
      const stored = await storePrepared({ ...prepared.prepared, save: { ...prepared.prepared.save, original } });
      const ocrCorrections = prepared.ocrCorrections ? { ocrCorrections: prepared.ocrCorrections } : {};
      outcomes.push({ fileName, ok: true, sourceUrl, ocr: prepared.prepared.save.ocr ?? false, ...ocrCorrections, ...stored });
    } catch (e) {
      const stored = await storedInstead(e);
      if (stored) {
        outcomes.push({ fileName, ok: true, sourceUrl, ocr: false, ...stored });
        continue;
      }
      const error = isAppError(e) ? withoutHash(e) : databaseFailure(e);
      if (!error) console.error(e);
      outcomes.push({
        fileName,
        ok: false,
        ...(item.url ? { sourceUrl: sourceUrl ?? item.url } : {}),
        status: error?.status ?? 500,
        error: error ? { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } : { ...INTERNAL_ERROR },
      });
    }
  }
  return outcomes;
}

/** A file name is shown back to people and stored: its last path part, no control characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  return base.replace(/[\u0000-\u001f\u007f]/g, "").slice(0, 255) || "upload";
}

/** The last part of an address's path (decoded), else its host: what a fetched file is called. */
function fileNameOf(address: string): string {
  const url = new URL(address);
  const last = url.pathname.split("/").filter(Boolean).pop();
  let name = last ?? url.hostname;
  try {
    name = decodeURIComponent(name);
  } catch {
    // keep it encoded
  }
  return safeFileName(name);
}

/** A redirect may lead to an address the report row cannot hold (too long): then the one asked for is kept. */
function storableAddress(address: string): string | null {
  const parsed = sourceUrlField.safeParse(address);
  return parsed.success ? parsed.data : null;
}

/**
 * A text refused because extraction could not tell its place or year, but already stored (a
 * person gave them at the first upload): answered with the stored report, as any re-upload is.
 */
async function storedInstead(e: unknown): Promise<IngestResult | null> {
  const hash = isAppError(e) ? e.details?.[STORED_TEXT] : undefined;
  if (typeof hash !== "string") return null;
  const stored = await getStoredFacts({ textSha256: hash });
  return stored ? { id: stored.id, created: false, facts: stored.facts } : null;
}

function withoutHash(e: AppError): AppError {
  if (!e.details || !(STORED_TEXT in e.details)) return e;
  const { [STORED_TEXT]: _hash, ...details } = e.details;
  return new AppError(e.code, e.message, details);
}

