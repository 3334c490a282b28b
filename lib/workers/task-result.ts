import { AppError, isAppError, type AppErrorCode } from "../errors/app-error";

/** What crosses back from a worker thread: an AppError loses its class in structured cloning. */
export type TaskResult<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string; details?: Record<string, unknown> } };

/** Runs a worker's task: an AppError becomes a result for the person; anything else is a bug and is thrown to the pool. */
export async function settle<T>(work: () => T | Promise<T>): Promise<TaskResult<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (e) {
    if (!isAppError(e)) throw e;
    return { ok: false, error: { code: e.code, message: e.message, ...(e.details ? { details: e.details } : {}) } };
  }
}

/** Back on the calling thread: the value, or the AppError rebuilt. */
export function unwrap<T>(result: TaskResult<T>): T {
  if (result.ok) return result.value;
  throw new AppError(result.error.code as AppErrorCode, result.error.message, result.error.details);
}
