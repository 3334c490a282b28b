import type { WithProgressPort } from "../../workers/bounded-pool";
import { settle, type TaskResult } from "../../workers/task-result";
import { parseDocument, type ReadDocument } from "../parse-document";
import { pdfPageClock } from "../pdf-page-clock";

export interface ReadTask extends WithProgressPort {
  bytes: Uint8Array;
  fileName?: string;
}

/** One file in a reader worker; anything but an AppError is a bug and is thrown to the pool. */
export function readTask({ bytes, fileName, progress }: ReadTask): Promise<TaskResult<ReadDocument>> {
  return settle(() => parseDocument(bytes, fileName, { onPdfPage: pdfPageClock(progress) }));
}

// the worker's entry point: piscina calls the default export
export default readTask;
