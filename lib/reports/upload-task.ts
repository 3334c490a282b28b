// Entry of the upload workers (prepare-upload.ts), bundled by lib/workers/bundle-worker.ts:
// piscina calls the default export with each uploaded file or text.
import { parseDocument } from "../documents/parse-document";
import { settle, type TaskResult } from "../workers/task-result";
import { prepareReport, type IngestTextInput, type PreparedReport } from "./prepare-report";

export interface UploadTask {
  /** a file's bytes, read here; or `input.text`, pasted */
  bytes?: Uint8Array;
  input: IngestTextInput;
}

/** One upload: read the file (when it is one), normalise, extract. No database here. */
export default function run({ bytes, input }: UploadTask): Promise<TaskResult<PreparedReport>> {
  return settle(async () => {
    if (!bytes) return prepareReport(input);
    const doc = await parseDocument(bytes, input.fileName ?? undefined);
    return prepareReport({ ...input, text: doc.text, fileType: doc.type });
  });
}
