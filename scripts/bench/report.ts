// Turns the bench's figures into the printed table with targets (issue 7).
import type { ExtractionFigures } from "./extraction";
import { formatTable, mb, ms, percentile, ratio, verdict, type Row } from "./stats";

export const TARGETS = { extractP50Per15KB: 2, importPerSecond: 300, pageP95: 150, pageVsFloor: 5, serverRssBytes: 600 * 2 ** 20, afterWriteMs: 300 };

export interface BenchResult {
  extraction: ExtractionFigures;
  import: { created: number; values: number; failed: number; seconds: number };
  copy: { ms: number | null; error: string | null };
  timings: { name: string; path: string; coldMs: number; samples: number[]; bytes: number; floor?: boolean }[];
  /** issue 16: uploads through the API, each followed by the first request of each page */
  afterWrite?: { uploadMs: number[]; pages: { name: string; path: string; samples: number[] }[] } | null;
  memory: { serverPeakBytes: number | null; dbPeakBytes: number | null; importerPeakBytes: number | null };
}

export function buildTable(r: BenchResult): { table: string; notes: string[]; failed: boolean } {
  const rows: Row[] = [];
  const notes: string[] = [];
  const e = r.extraction;
  rows.push({
    what: `extraction p50 (median report ${(e.medianBytes / 1024).toFixed(1)} KB)`,
    measured: `${ms(e.p50)} (${ms(e.p50Per15KB)} per 15 KB)`,
    floor: `${ms(e.regexP50)} regex pass`,
    ratio: ratio(e.p50, e.regexP50),
    target: `≤ ${TARGETS.extractP50Per15KB} ms per 15 KB`,
    verdict: verdict(e.p50Per15KB <= TARGETS.extractP50Per15KB),
  });
  rows.push({ what: "extraction p95", measured: ms(e.p95) });
  rows.push({ what: "extraction, one core", measured: `${e.perSecond.toFixed(0)} reports/s` });

  const importRate = r.import.created / r.import.seconds;
  const copySeconds = r.copy.ms === null ? null : r.copy.ms / 1000;
  rows.push({
    what: "import, end to end",
    measured: `${importRate.toFixed(0)} reports/s`,
    floor: copySeconds === null ? "COPY failed" : `${(r.import.created / copySeconds).toFixed(0)} reports/s by COPY`,
    ratio: copySeconds === null ? "—" : ratio(r.import.seconds, copySeconds),
    target: `≥ ${TARGETS.importPerSecond} reports/s`,
    verdict: verdict(importRate >= TARGETS.importPerSecond),
  });
  rows.push({
    what: "import values",
    measured: `${(r.import.values / r.import.seconds).toFixed(0)} values/s`,
    floor: copySeconds === null ? "" : `${(r.import.values / copySeconds).toFixed(0)} values/s`,
  });
  if (r.copy.error) notes.push(`COPY floor not measured: ${r.copy.error}`);
  if (r.import.failed) notes.push(`${r.import.failed} files failed to import (see .cache/bench/import.json)`);

  const floor = r.timings.find((t) => t.floor);
  const floorP95 = floor ? percentile(floor.samples, 95) : NaN;
  for (const t of r.timings) {
    const p50 = percentile(t.samples, 50);
    const p95 = percentile(t.samples, 95);
    rows.push({
      what: `${t.name} p50 / p95`,
      measured: `${ms(p50)} / ${ms(p95)}`,
      floor: t.floor ? "" : ms(floorP95),
      ratio: t.floor ? "" : ratio(p95, floorP95),
      target: t.floor ? "" : `≤ ${TARGETS.pageP95} ms, ≤ ${TARGETS.pageVsFloor}× floor`,
      verdict: t.floor ? "" : verdict(p95 <= TARGETS.pageP95, p95 <= TARGETS.pageVsFloor * floorP95),
    });
    notes.push(`${t.name}: ${t.path} · first request after the import ${ms(t.coldMs)} · ${(t.bytes / 1024).toFixed(0)} KB`);
  }

  if (r.afterWrite) {
    const pages = r.afterWrite.pages;
    const worst = Math.max(...pages.flatMap((p) => p.samples));
    rows.push({
      what: "first request after a write",
      measured: `${pages.map((p) => `${p.name.replace(/ \/$/, "")} ${ms(Math.max(...p.samples))}`).join(" · ")}`,
      target: `≤ ${TARGETS.afterWriteMs} ms`,
      verdict: verdict(worst <= TARGETS.afterWriteMs),
    });
    notes.push(
      `first request after a write: the slowest of ${pages[0]?.samples.length ?? 0} uploads, each followed by one request per page ` +
        `(p50 ${pages.map((p) => `${p.name.replace(/ \/$/, "")} ${ms(percentile(p.samples, 50))}`).join(" · ")}; the upload itself p50 ${ms(percentile(r.afterWrite.uploadMs, 50))})`,
    );
  } else if (r.afterWrite === null) notes.push("first request after a write: not measured (no report file of the profiled place in the corpus)");

  const m = r.memory;
  rows.push({
    what: "server peak RSS (next start)",
    measured: m.serverPeakBytes === null ? "—" : mb(m.serverPeakBytes),
    target: `≤ ${mb(TARGETS.serverRssBytes)}`,
    verdict: verdict(m.serverPeakBytes === null ? null : m.serverPeakBytes <= TARGETS.serverRssBytes),
  });
  rows.push({ what: "database process peak RSS", measured: m.dbPeakBytes === null ? "external server" : mb(m.dbPeakBytes) });
  rows.push({ what: "importer peak RSS (with its workers)", measured: m.importerPeakBytes === null ? "—" : mb(m.importerPeakBytes) });
  return { table: formatTable(rows), notes, failed: rows.some((row) => row.verdict === "FAIL") };
}
