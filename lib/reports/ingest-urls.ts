import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { getPrisma } from "../db/client";
import { uploadReports, type UploadItemProgress } from "./upload-reports";

export interface UrlIngestProgress {
  done: number;
  total: number;
  created: number;
  skipped: number;
  failed: number;
  /** pages that only link their report, left for a person to choose from */
  choices: number;
  /** the address being read, and OCR's page when it is a scan */
  current?: { url: string; page?: number; pages?: number };
}

export interface UrlIngestSummary extends UrlIngestProgress {
  failures: { url: string; reason: string }[];
  /** pages that offer attachments (without --attachments): each with its documents */
  offered: { url: string; attachments: string[] }[];
}

export interface UrlIngestOptions {
  /** a file recording each address's outcome as it happens; addresses stored before are skipped on the next run */
  journal?: string;
  /** fetch every attachment a page offers instead of listing them (they join the list) */
  attachments?: boolean;
  uploadedBy?: string;
}

/** An address list: one per line; blank lines and # comments skipped; each address once. */
export function parseUrlList(text: string): string[] {
  const seen = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const url = line.replace(/#.*$/, "").trim();
    if (url) seen.add(url);
  }
  return [...seen];
}

/** Addresses the journal says were stored (or were already there) in an earlier run. */
function journalled(journal: string | undefined): Set<string> {
  if (!journal || !existsSync(journal)) return new Set();
  return new Set(
    readFileSync(journal, "utf8")
      .split("\n")
      .map((line) => line.split("\t"))
      .filter(([, outcome]) => outcome === "stored" || outcome === "present")
      .map(([url]) => url),
  );
}

/**
 * Fetches and stores reports by address, one after another, through the upload path (the address
 * policy, limits, reading in workers, OCR, the original kept). Resumable: an address the journal
 * or the database (a report's source address) already has is skipped. A failure is recorded with
 * its reason and the run goes on; a database that goes away stops it (a re-run resumes).
 */
export async function ingestUrls(urls: string[], options: UrlIngestOptions = {}, onProgress?: (p: UrlIngestProgress) => void): Promise<UrlIngestSummary> {
  const queue = [...urls];
  const summary: UrlIngestSummary = { done: 0, total: queue.length, created: 0, skipped: 0, failed: 0, choices: 0, failures: [], offered: [] };
  const done = journalled(options.journal);
  const stored = new Set(
    (await getPrisma().report.findMany({ where: { sourceUrl: { in: queue } }, select: { sourceUrl: true } })).map((r) => r.sourceUrl as string),
  );
  const record = (url: string, outcome: string, detail = "") => {
    if (options.journal) appendFileSync(options.journal, `${url}\t${outcome}\t${detail.replace(/[\t\n]/g, " ")}\n`);
  };
  for (let i = 0; i < queue.length; i++) {
    const url = queue[i];
    summary.current = { url };
    if (done.has(url) || stored.has(url)) {
      summary.skipped++;
    } else {
      const onPage = (p: UploadItemProgress) => onProgress?.({ ...summary, current: { url, page: p.page, pages: p.pages } });
      onProgress?.(summary);
      const [outcome] = await uploadReports([{ fileName: url, url }], {}, options.uploadedBy ?? "bulk import", onPage);
      if (outcome.ok) {
        if (outcome.created) summary.created++;
        else summary.skipped++;
        record(url, outcome.created ? "stored" : "present", String(outcome.id));
      } else if ("choose" in outcome) {
        const found = outcome.attachments.map((a) => a.url).filter((a) => !queue.includes(a));
        if (options.attachments) {
          queue.push(...found);
          summary.total = queue.length;
        } else {
          summary.choices++;
          summary.offered.push({ url, attachments: outcome.attachments.map((a) => a.url) });
        }
        record(url, "attachments", outcome.attachments.map((a) => a.url).join(" "));
      } else {
        // the database went away (or is overwhelmed): stop here; a re-run resumes (P1001 marks it for isDatabaseUnavailable)
        if (outcome.error.code === "service_unavailable") throw Object.assign(new Error(outcome.error.message), { code: "P1001" });
        summary.failed++;
        summary.failures.push({ url, reason: outcome.error.message });
        record(url, "failed", outcome.error.message);
      }
    }
    summary.done++;
    onProgress?.(summary);
  }
  delete summary.current;
  return summary;
}
