import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
// the same pool library as the document readers (lib/documents/read-document.ts)
import { Piscina } from "piscina";
import { bundledWorkerFile } from "../workers/bundle-worker";
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
    filename: pathToFileURL(bundledWorkerFile("lib/reports/prepare-file-task.ts")).href,
    minThreads: opts.workers,
    maxThreads: opts.workers,
    workerData: { knownHashes: opts.knownHashes },
    // the entry is plain JavaScript: a worker that inherited tsx's loader flags from a script
    // resolved every import through its hooks and took ~3 s instead of ~1 s to start
    execArgv: [],
  });
  return { run: (task) => pool.run(task), close: () => pool.destroy() };
}
