import { databaseFailure } from "../db/database-errors";
import { AppError, INTERNAL_ERROR, isAppError } from "../errors/app-error";
import type { ReportKind } from "../extract/types";
import { getStoredFacts } from "../queries/get-stored-facts";
import { storePrepared, type IngestResult } from "./ingest-text";
import { STORED_TEXT } from "./prepare-report";
import { prepareUpload } from "./prepare-upload";

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
 * and does not stop the others; each good one is written in its own transaction. Reading and
 * extraction run in worker threads (prepare-upload.ts). The outcomes say what happened to each
 * file, whatever failed: a file stored before another one failed unexpectedly is reported stored.
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
      const prepared = await prepareUpload({
        bytes: item.bytes,
        input: { text: item.text ?? "", fileName: item.fileName, fileType: "txt", sourceUrl: item.sourceUrl ?? null, uploadedBy, overrides },
      });
      outcomes.push({ fileName: item.fileName, ok: true, ...(await storePrepared(prepared)) });
    } catch (e) {
      const stored = await storedInstead(e);
      if (stored) {
        outcomes.push({ fileName: item.fileName, ok: true, ...stored });
        continue;
      }
      const error = isAppError(e) ? withoutHash(e) : databaseFailure(e);
      if (!error) console.error(e);
      outcomes.push({
        fileName: item.fileName,
        ok: false,
        status: error?.status ?? 500,
        error: error ? { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } : { ...INTERNAL_ERROR },
      });
    }
  }
  return outcomes;
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

