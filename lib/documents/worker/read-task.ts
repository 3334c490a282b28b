import { isAppError } from "../../errors/app-error";
import { parseDocument, type ReadDocument } from "../parse-document";

export interface ReadTask {
  bytes: Uint8Array;
  fileName?: string;
}

/** What crosses back from the worker: an AppError loses its class in structured cloning. */
export type ReadTaskResult =
  | { ok: true; document: ReadDocument }
  | { ok: false; error: { code: string; message: string; details?: Record<string, unknown> } };

/** One file in a reader worker; anything but an AppError is a bug and is thrown to the pool. */
export async function readTask({ bytes, fileName }: ReadTask): Promise<ReadTaskResult> {
  try {
    return { ok: true, document: await parseDocument(bytes, fileName) };
  } catch (e) {
    if (!isAppError(e)) throw e;
    return { ok: false, error: { code: e.code, message: e.message, ...(e.details ? { details: e.details } : {}) } };
  }
}

// the worker's entry point: piscina calls the default export
export default readTask;
