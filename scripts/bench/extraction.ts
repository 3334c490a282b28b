// Extraction speed on one core (this thread), beside its floor: one regular-expression pass
// over the same texts.
import { readFileSync } from "node:fs";
import { normalizeReportText } from "../../lib/documents/normalize-report-text";
import { extractReport } from "../../lib/extract";
import { percentile } from "./stats";

export interface ExtractionFigures {
  reports: number;
  medianBytes: number;
  p50: number;
  p95: number;
  perSecond: number;
  /** p50 scaled to a 15 KB report (the target's size) */
  p50Per15KB: number;
  regexP50: number;
}

/** Times up to `limit` files spread over the list, each extracted once after a warm-up. */
export function measureExtraction(files: string[], limit = 2000): ExtractionFigures {
  const step = Math.max(1, Math.floor(files.length / limit));
  const texts = files.filter((_, i) => i % step === 0).slice(0, limit).map((f) => normalizeReportText(readFileSync(f, "utf8")));
  for (const t of texts.slice(0, 50)) extractReport(t);
  const times: number[] = [];
  const floor: number[] = [];
  const number = /[0-9]+(?:\.[0-9]+)?/g;
  let found = 0;
  for (const t of texts) {
    let started = performance.now();
    extractReport(t);
    times.push(performance.now() - started);
    started = performance.now();
    found += t.match(number)?.length ?? 0;
    floor.push(performance.now() - started);
  }
  void found;
  const bytes = texts.map((t) => Buffer.byteLength(t));
  const medianBytes = percentile(bytes, 50);
  const p50 = percentile(times, 50);
  return {
    reports: texts.length,
    medianBytes,
    p50,
    p95: percentile(times, 95),
    perSecond: 1000 / (times.reduce((a, b) => a + b, 0) / times.length),
    p50Per15KB: (p50 * 15 * 1024) / medianBytes,
    regexP50: percentile(floor, 50),
  };
}
