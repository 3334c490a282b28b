import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { readDocument } from "../documents/read-document";
import { isAppError } from "../errors/app-error";
import { ingestText } from "./ingest-text";

const REPORT_FILE = /\.(txt|html?|docx?|pdf)$/i;

/** Files and folders (searched recursively) -> the report files in them, sorted, each once. */
export function listReportFiles(paths: string[]): string[] {
  const found = new Set<string>();
  const walk = (p: string) => {
    const st = statSync(p);
    if (st.isDirectory()) for (const name of readdirSync(p).sort()) walk(path.join(p, name));
    else if (REPORT_FILE.test(p)) found.add(path.resolve(p));
  };
  for (const p of paths) walk(p);
  return [...found];
}

export interface IngestProgress {
  done: number;
  total: number;
  created: number;
  skipped: number;
  failed: number;
}

export interface IngestSummary extends IngestProgress {
  failures: { file: string; reason: string }[];
}

/**
 * Imports report files one by one through the same path as an upload. Already-stored reports
 * (same text) are skipped, so an interrupted run can simply be started again; a file that
 * cannot be read or placed is listed with its reason and the run goes on.
 */
export async function ingestFiles(files: string[], onProgress?: (p: IngestProgress) => void, uploadedBy = "bulk import"): Promise<IngestSummary> {
  const summary: IngestSummary = { done: 0, total: files.length, created: 0, skipped: 0, failed: 0, failures: [] };
  for (const file of files) {
    try {
      const doc = await readDocument(new Uint8Array(readFileSync(file)), path.basename(file));
      const result = await ingestText({ text: doc.text, fileName: path.basename(file), fileType: doc.type, uploadedBy });
      if (result.created) summary.created++;
      else summary.skipped++;
    } catch (e) {
      if (!isAppError(e) && !(e instanceof Error && "code" in e && (e as NodeJS.ErrnoException).code === "ENOENT")) throw e;
      summary.failed++;
      summary.failures.push({ file, reason: e.message });
    }
    summary.done++;
    onProgress?.(summary);
  }
  return summary;
}
