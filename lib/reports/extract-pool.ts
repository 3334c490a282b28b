import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
// the same pool library as the document readers (lib/documents/read-document.ts)
import { Piscina } from "piscina";
import { prepareFile, type PrepareFileTask, type PreparedFile } from "./prepare-file";

export interface ExtractPool {
  run(task: PrepareFileTask): Promise<PreparedFile>;
  close(): Promise<void>;
}

/** Below this many files starting worker threads costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 40;

/** Extraction is CPU-bound and pure: one worker per core, the main thread keeps the database busy. */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Runs prepareFile in `workers` worker threads, or in this thread when workers is 0 or the run is
 * small. `knownHashes`: texts already stored, skipped without extraction (a resumed run).
 */
export function createExtractPool(opts: { workers: number; files: number; knownHashes: string[] }): ExtractPool {
  const known = new Set(opts.knownHashes);
  if (opts.workers <= 0 || opts.files < MIN_FILES_FOR_WORKERS) {
    return { run: (task) => prepareFile(task, known), close: async () => {} };
  }
  const pool = new Piscina<PrepareFileTask, PreparedFile>({
    filename: fileURLToPath(new URL("./prepare-file-worker.mjs", import.meta.url)),
    minThreads: opts.workers,
    maxThreads: opts.workers,
    workerData: { knownHashes: opts.knownHashes },
  });
  return { run: (task) => pool.run(task), close: () => pool.destroy() };
}
