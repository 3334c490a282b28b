import type { DocumentType } from "./detect-type";
import { emptyFile, fileTooLarge, readOutOfMemory, readTimedOut } from "./document-errors";
import { MAX_UPLOAD_BYTES, READ_MEMORY_MB, READ_TIME_LIMIT_MS, READ_WORKERS } from "./limits";
import type { ReadDocument } from "./parse-document";
import { runBounded } from "../workers/bounded-pool";
import type { ReadTask } from "./worker/read-task";

export { MAX_UPLOAD_BYTES };
export type { DocumentType, ReadDocument };

export interface ReadLimits {
  /** wall-clock limit for this file (default READ_TIME_LIMIT_MS) */
  timeLimitMs?: number;
  /** heap ceiling of the worker that reads it (default READ_MEMORY_MB) */
  memoryLimitMb?: number;
}

/**
 * An uploaded file's bytes to the report's plain text. The parsers (mammoth, word-extractor,
 * PDF.js, linkedom + Readability) run in a reused worker thread, so a crafted file that makes one
 * of them loop or balloon costs that worker, never the server: past the time limit the worker is
 * terminated, past the heap ceiling V8 kills it, and the file gets a 422 saying which bound it hit.
 * Every other failure is the reader's own AppError (see parse-document.ts).
 */
export async function readDocument(bytes: Uint8Array, fileName?: string, limits: ReadLimits = {}): Promise<ReadDocument> {
  if (bytes.length === 0) throw emptyFile();
  if (bytes.length > MAX_UPLOAD_BYTES) throw fileTooLarge(bytes.length, MAX_UPLOAD_BYTES);
  const task: ReadTask = { bytes, fileName };
  return runBounded<ReadTask, ReadDocument>(
    "lib/documents/worker/read-task.ts",
    task,
    { timeLimitMs: limits.timeLimitMs ?? READ_TIME_LIMIT_MS, memoryLimitMb: limits.memoryLimitMb ?? READ_MEMORY_MB, maxThreads: READ_WORKERS },
    { timedOut: readTimedOut, outOfMemory: readOutOfMemory },
  );
}

export { closeBoundedPools as closeDocumentReaders } from "../workers/bounded-pool";
