import { readFileSync } from "node:fs";
import path from "node:path";
import { detectDocumentType } from "../documents/detect-type";
import { parseDocument } from "../documents/parse-document";
import { MAX_UPLOAD_BYTES, readDocument } from "../documents/read-document";
import { normalizeReportText, sha256Hex } from "../documents/normalize-report-text";
import { prepareReport } from "./prepare-report";
import type { SaveReportInput } from "./save-report";

export interface PrepareFileTask {
  file: string;
  uploadedBy: string;
}

export type PreparedFile =
  | { file: string; ok: true; save: SaveReportInput; extractMs: number }
  /** the text is already stored (its hash was known when the run started): nothing to extract */
  | { file: string; ok: true; known: true; textSha256: string }
  | { file: string; ok: false; reason: string };

/**
 * One file -> the rows to store, or the reason it cannot be: read, decode, normalise, extract.
 * No database: the bulk importer runs this in worker threads. Never throws.
 */
export async function prepareFile(task: PrepareFileTask, knownHashes?: ReadonlySet<string>): Promise<PreparedFile> {
  const { file, uploadedBy } = task;
  try {
    const bytes = new Uint8Array(readFileSync(file));
    const name = path.basename(file);
    // plain text is decoded right here (linear work, bounded by the size limit); the parsers of the
    // richer formats run isolated under time and memory limits, as an upload's do
    const plainText = bytes.length > 0 && bytes.length <= MAX_UPLOAD_BYTES && (await detectDocumentType(bytes, name)) === "txt";
    const doc = plainText ? await parseDocument(bytes, name, { detected: "txt" }) : await readDocument(bytes, name);
    if (knownHashes?.size) {
      const textSha256 = sha256Hex(normalizeReportText(doc.text));
      if (knownHashes.has(textSha256)) return { file, ok: true, known: true, textSha256 };
    }
    const started = performance.now();
    const { save } = prepareReport({ text: doc.text, fileName: name, fileType: doc.type, uploadedBy });
    return { file, ok: true, save, extractMs: performance.now() - started };
  } catch (e) {
    return { file, ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
}
