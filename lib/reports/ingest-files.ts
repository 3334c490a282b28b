import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { getPrisma } from "../db/client";
import { createExtractPool, defaultWorkerCount } from "./extract-pool";
import type { PreparedFile } from "./prepare-file";
import { saveReportBatch } from "./save-report-batch";

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
  /** values written by this run */
  values: number;
  /** extraction time of each extracted file, ms (in its worker): for the benchmark */
  extractMs: number[];
}

export interface IngestOptions {
  /** extraction worker threads; 0 extracts in this thread (default: one per core) */
  workers?: number;
  /** reports per transaction */
  batchSize?: number;
}

const DEFAULT_BATCH = 200;

/**
 * Imports report files in batches: extraction runs in worker threads ahead of the database, each
 * batch is written in one transaction (see saveReportBatch). Texts already stored are skipped, so
 * an interrupted run can simply be started again; a file that cannot be read, placed or stored is
 * listed with its reason and the run goes on. Later files count as newer editions.
 */
export async function ingestFiles(
  files: string[],
  onProgress?: (p: IngestProgress) => void,
  uploadedBy = "bulk import",
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = { done: 0, total: files.length, created: 0, skipped: 0, failed: 0, failures: [], values: 0, extractMs: [] };
  if (files.length === 0) return summary;
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH);
  const known = await getPrisma().report.findMany({ select: { textSha256: true } });
  const pool = createExtractPool({ workers: options.workers ?? defaultWorkerCount(), files: files.length, knownHashes: known.map((r) => r.textSha256) });

  // keep two batches in flight so the workers extract the next batch while this one is written
  const pending: Promise<PreparedFile>[] = [];
  let submitted = 0;
  const submitAhead = () => {
    while (submitted < files.length && submitted < summary.done + 2 * batchSize) pending.push(pool.run({ file: files[submitted++], uploadedBy }));
  };
  const fail = (file: string, reason: string) => {
    summary.failed++;
    summary.failures.push({ file, reason });
  };
  try {
    while (summary.done < files.length) {
      submitAhead();
      const batch = await Promise.all(pending.splice(0, Math.min(batchSize, files.length - summary.done)));
      const toSave = batch.flatMap((p) => (p.ok && "save" in p ? [p] : []));
      const outcomes = await saveReportBatch(toSave.map((p) => p.save));
      const outcomeOf = new Map(toSave.map((p, i) => [p, outcomes[i]]));
      for (const p of batch) {
        if (!p.ok) fail(p.file, p.reason);
        else if (!("save" in p)) summary.skipped++;
        else {
          const outcome = outcomeOf.get(p)!;
          if ("error" in outcome) fail(p.file, outcome.error.message);
          else if (outcome.created) {
            summary.created++;
            summary.values += p.save.facts.indicators.length;
            summary.extractMs.push(p.extractMs);
          } else summary.skipped++;
        }
        summary.done++;
        onProgress?.(summary);
      }
    }
  } finally {
    await pool.close();
  }
  return summary;
}
