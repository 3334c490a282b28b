import { pathToFileURL } from "node:url";
import { Piscina } from "piscina";
import { bundledWorkerFile } from "./bundle-worker";
import { unwrap, type TaskResult } from "./task-result";

export interface Bounds {
  /** wall clock for one task; past it the worker is terminated */
  timeLimitMs: number;
  /** V8 heap ceiling of each worker */
  memoryLimitMb: number;
  /** workers at once; further tasks wait their turn */
  maxThreads: number;
}

export interface BoundFailures {
  timedOut(seconds: number): Error;
  outOfMemory(mb: number): Error;
}

const pools = new Map<string, Piscina>();

function poolFor(entry: string, bounds: Bounds): Piscina {
  const id = `${entry}:${bounds.memoryLimitMb}:${bounds.maxThreads}`;
  let pool = pools.get(id);
  if (!pool) {
    pool = new Piscina({
      filename: pathToFileURL(bundledWorkerFile(entry)).href,
      minThreads: 0,
      maxThreads: bounds.maxThreads,
      // plain JavaScript: no loader flags of a tsx script (see lib/reports/extract-pool.ts)
      execArgv: [],
      // a worker costs ~0.5–1 s to start (module loading): keep it for the next task
      idleTimeout: 60_000,
      // PDF.js keeps timers and promises between pages; atomics would pause the thread between tasks
      atomics: "disabled",
      resourceLimits: { maxOldGenerationSizeMb: bounds.memoryLimitMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
    });
    // A worker that dies between tasks (V8 may hit the heap ceiling while collecting after one) is
    // replaced by the pool; unheard, this event would end the server.
    pool.on("error", (e: Error) => console.error(`worker of ${entry} ended: ${e.message}`));
    pools.set(id, pool);
  }
  return pool;
}

/**
 * Runs one task of a worker entry (TypeScript, relative to the project root, whose default
 * export returns a TaskResult) in a reused worker thread under `bounds`: a task that loops or
 * balloons costs its worker, never the server's thread, and the caller gets the error `failures`
 * words for the bound it hit. The task's own AppError comes back as that AppError.
 */
export async function runBounded<T, R>(entry: string, task: T, bounds: Bounds, failures: BoundFailures): Promise<R> {
  let result: TaskResult<R>;
  try {
    result = await poolFor(entry, bounds).run(task, { signal: AbortSignal.timeout(bounds.timeLimitMs) });
  } catch (e) {
    const error = e as Error & { code?: string };
    if (error.name === "AbortError" || error.name === "TimeoutError") throw failures.timedOut(Math.round(bounds.timeLimitMs / 100) / 10);
    if (error.code === "ERR_WORKER_OUT_OF_MEMORY") throw failures.outOfMemory(bounds.memoryLimitMb);
    throw e;
  }
  return unwrap(result);
}

/** Ends every bounded pool's workers (scripts and tests may call this before they exit). */
export async function closeBoundedPools(): Promise<void> {
  const all = [...pools.values()];
  pools.clear();
  await Promise.all(all.map((pool) => pool.close({ force: true })));
}
