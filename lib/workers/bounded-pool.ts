import { pathToFileURL } from "node:url";
import { MessageChannel, type MessagePort } from "node:worker_threads";
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

export interface BoundFailures<P = unknown> {
  /** `during`: the last progress the task reported before its time ran out, if any */
  timedOut(seconds: number, during?: P): Error;
  outOfMemory(mb: number): Error;
}

/**
 * What a task may post on its `progress` port while it runs. `extendMs` starts its wall clock
 * again with that many milliseconds from now: a task of many steps (pages of a scan) bounds each
 * step rather than guessing the whole at the start.
 */
export type ProgressMessage<P> = P & { extendMs?: number };

/** Every task gets a port to report progress on (and restart its clock: ProgressMessage). */
export interface WithProgressPort {
  progress?: MessagePort;
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
 * words for the bound it hit. The task's own AppError comes back as that AppError. The task gets a
 * `progress` port: what it posts there reaches `onProgress`, if given, and may give it more time
 * (ProgressMessage).
 */
export async function runBounded<T extends object, R, P = unknown>(
  entry: string,
  task: T,
  bounds: Bounds,
  failures: BoundFailures<P>,
  onProgress?: (progress: P) => void,
): Promise<R> {
  const abort = new AbortController();
  let windowMs = bounds.timeLimitMs;
  let timer = setTimeout(() => abort.abort(), windowMs);
  let last: P | undefined;
  const channel = new MessageChannel();
  channel.port1.on("message", (message: ProgressMessage<P>) => {
    const { extendMs, ...progress } = message;
    if (typeof extendMs === "number" && extendMs > 0 && !abort.signal.aborted) {
      clearTimeout(timer);
      windowMs = extendMs;
      timer = setTimeout(() => abort.abort(), windowMs);
    }
    last = progress as P;
    onProgress?.(last);
  });
  let result: TaskResult<R>;
  try {
    result = await poolFor(entry, bounds).run({ ...task, progress: channel.port2 }, { signal: abort.signal, transferList: [channel.port2] });
  } catch (e) {
    const error = e as Error & { code?: string };
    if (abort.signal.aborted || error.name === "AbortError") throw failures.timedOut(Math.round(windowMs / 100) / 10, last);
    if (error.code === "ERR_WORKER_OUT_OF_MEMORY") throw failures.outOfMemory(bounds.memoryLimitMb);
    throw e;
  } finally {
    clearTimeout(timer);
    channel.port1.close();
  }
  return unwrap(result);
}

/** Ends every bounded pool's workers (scripts and tests may call this before they exit). */
export async function closeBoundedPools(): Promise<void> {
  const all = [...pools.values()];
  pools.clear();
  await Promise.all(all.map((pool) => pool.close({ force: true })));
}
