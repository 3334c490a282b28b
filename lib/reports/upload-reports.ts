import { AppError, isAppError } from "../errors/app-error";
import { readDocument } from "../documents/read-document";
import type { ReportKind } from "../extract/types";
import { ingestText, type IngestResult } from "./ingest-text";

import { MAX_FILES_PER_UPLOAD, tooManyFiles } from "./limits";

export interface UploadItem {
  fileName: string;
  bytes?: Uint8Array;
  /** pasted text instead of a file */
  text?: string;
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
  | ({ fileName: string; ok: true } & IngestResult)
  | { fileName: string; ok: false; status: number; error: { code: string; message: string; details?: Record<string, unknown> } };

/**
 * Reads, extracts and stores each uploaded report on its own: one bad file gets its own error
 * and does not stop the others; each good one is written in its own transaction.
 */
export async function uploadReports(items: UploadItem[], overrides: UploadOverrides, uploadedBy: string): Promise<UploadOutcome[]> {
  if (items.length === 0) throw new AppError("bad_request", "没有收到文件。No file was received (field `files`).");
  if (items.length > MAX_FILES_PER_UPLOAD) {
    throw tooManyFiles();
  }
  const outcomes: UploadOutcome[] = [];
  for (const item of items) {
    try {
      if (item.refused) throw item.refused;
      const doc = item.bytes ? await readDocument(item.bytes, item.fileName) : null;
      const result = await ingestText({
        text: doc ? doc.text : (item.text ?? ""),
        fileName: item.fileName,
        fileType: doc?.type ?? "txt",
        sourceUrl: item.sourceUrl ?? null,
        uploadedBy,
        overrides,
      });
      outcomes.push({ fileName: item.fileName, ok: true, ...result });
    } catch (e) {
      if (!isAppError(e)) throw e;
      outcomes.push({
        fileName: item.fileName,
        ok: false,
        status: e.status,
        error: { code: e.code, message: e.message, ...(e.details ? { details: e.details } : {}) },
      });
    }
  }
  return outcomes;
}
