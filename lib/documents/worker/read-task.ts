import type { WithProgressPort } from "../../workers/bounded-pool";
import { settle, type TaskResult } from "../../workers/task-result";
import { PDF_PAGE_TIME_LIMIT_MS } from "../limits";
import { parseDocument, type ReadDocument } from "../parse-document";

export interface ReadTask extends WithProgressPort {
  bytes: Uint8Array;
  fileName?: string;
}

/** One file in a reader worker; anything but an AppError is a bug and is thrown to the pool. */
export function readTask({ bytes, fileName, progress }: ReadTask): Promise<TaskResult<ReadDocument>> {
  // each PDF page restarts the caller's clock with the time of one page
  const onPdfPage = (page: number, pages: number) => progress?.postMessage({ page, pages, extendMs: PDF_PAGE_TIME_LIMIT_MS });
  return settle(() => parseDocument(bytes, fileName, { onPdfPage }));
}

// the worker's entry point: piscina calls the default export
export default readTask;
