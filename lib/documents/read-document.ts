import { pathToFileURL } from "node:url";
import { Piscina } from "piscina";
import { AppError, type AppErrorCode } from "../errors/app-error";
import type { DocumentType } from "./detect-type";
import { emptyFile, fileTooLarge, readOutOfMemory, readTimedOut } from "./document-errors";
import { MAX_UPLOAD_BYTES, READ_MEMORY_MB, READ_TIME_LIMIT_MS, READ_WORKERS } from "./limits";
import type { ReadDocument } from "./parse-document";
import { bundledWorkerFile } from "../workers/bundle-worker";
import type { ReadTask, ReadTaskResult } from "./worker/read-task";

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
  const timeLimitMs = limits.timeLimitMs ?? READ_TIME_LIMIT_MS;
  const memoryLimitMb = limits.memoryLimitMb ?? READ_MEMORY_MB;

  const task: ReadTask = { bytes, fileName };
  let result: ReadTaskResult;
  try {
    result = await readers(memoryLimitMb).run(task, { signal: AbortSignal.timeout(timeLimitMs) });
  } catch (e) {
    const error = e as Error & { code?: string };
    if (error.name === "AbortError" || error.name === "TimeoutError") throw readTimedOut(Math.round(timeLimitMs / 100) / 10);
    if (error.code === "ERR_WORKER_OUT_OF_MEMORY") throw readOutOfMemory(memoryLimitMb);
    throw e;
  }
  if (!result.ok) throw new AppError(result.error.code as AppErrorCode, result.error.message, result.error.details);
  return result.document;
}

const pools = new Map<number, Piscina<ReadTask, ReadTaskResult>>();

function readers(memoryLimitMb: number): Piscina<ReadTask, ReadTaskResult> {
  let pool = pools.get(memoryLimitMb);
  if (!pool) {
    pool = new Piscina<ReadTask, ReadTaskResult>({
      filename: pathToFileURL(bundledWorkerFile("lib/documents/worker/read-task.ts")).href,
      minThreads: 0,
      maxThreads: READ_WORKERS,
      // plain JavaScript: no loader flags of a tsx script (see lib/reports/extract-pool.ts)
      execArgv: [],
      // a worker costs ~0.5–1 s to start (module loading): keep it for the next file of an upload
      idleTimeout: 60_000,
      // PDF.js keeps timers and promises between pages; atomics would pause the thread between tasks
      atomics: "disabled",
      resourceLimits: { maxOldGenerationSizeMb: memoryLimitMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
    });
    // A worker that dies between tasks (V8 may hit the heap ceiling while collecting after one) is
    // replaced by the pool; unheard, this event would end the server.
    pool.on("error", (e: Error) => console.error(`document reader worker ended: ${e.message}`));
    pools.set(memoryLimitMb, pool);
  }
  return pool;
}

/** Ends the reader workers (scripts and tests call this before they exit). */
export async function closeDocumentReaders(): Promise<void> {
  const all = [...pools.values()];
  pools.clear();
  await Promise.all(all.map((pool) => pool.close({ force: true })));
}
