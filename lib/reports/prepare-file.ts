import { readFileSync } from "node:fs";
import path from "node:path";
import { readDocument } from "../documents/read-document";
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
    const doc = await readDocument(new Uint8Array(readFileSync(file)), path.basename(file));
    if (knownHashes?.size) {
      const textSha256 = sha256Hex(normalizeReportText(doc.text));
      if (knownHashes.has(textSha256)) return { file, ok: true, known: true, textSha256 };
    }
    const started = performance.now();
    const { save } = prepareReport({ text: doc.text, fileName: path.basename(file), fileType: doc.type, uploadedBy });
    return { file, ok: true, save, extractMs: performance.now() - started };
  } catch (e) {
    return { file, ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
}
