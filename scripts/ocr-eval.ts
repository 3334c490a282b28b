// `npm run ocr-eval`: measures OCR engines on the scanned samples (data/scans, made from
// data/samples by scripts/build-scan-fixtures.mjs): character accuracy against the printed text,
// the extractor's precision and recall against the samples' labels, seconds per page and the
// process's peak memory. The same page images the upload path renders (lib/documents/ocr).
//   npm run ocr-eval                                   # every engine that is installed
//   npm run ocr-eval -- --engines tesseract --samples 000_ac45cf8051bb6945
//   npm run ocr-eval -- --json docs/ocr-results.json   # also the raw figures
//   npm run ocr-eval -- --dpi 300 --details            # render pages at 300 dpi; list missed and wrong values
//   npm run ocr-eval -- --save-text /tmp/ocr            # keep each sample's OCR text
//   npm run ocr-eval -- --lines /tmp/lines              # keep the engine's lines; a second run re-measures
//                                                       # the text corrections without reading the pages again
//   npm run ocr-eval -- --no-corrections                # the engine's text as read (no place/term corrections)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { normalizeReportText } from "../lib/documents/normalize-report-text";
import type { OcrEngine, OcrLine } from "../lib/documents/ocr/ocr-engine";
import { correctOcrPages } from "../lib/documents/ocr/correct-ocr";
import { ocrPagesToText } from "../lib/documents/ocr/ocr-layout";
import { pdfPageImages } from "../lib/documents/ocr/page-images";
import { createTesseractEngine } from "../lib/documents/ocr/tesseract-engine";
import { parseLabels } from "../lib/eval/labels";
import { scoreReport } from "../lib/eval/score";
import { totalScores } from "../lib/eval/totals";
import { extractReport } from "../lib/extract";
import { characterAccuracy } from "./ocr-eval/char-accuracy";
import { createPaddleEngine } from "./ocr-eval/paddle-engine";

const ENGINES: Record<string, () => Promise<OcrEngine>> = {
  tesseract: () => createTesseractEngine("4.0.0_best_int"),
  "tesseract-4.0.0": () => createTesseractEngine("4.0.0"),
  paddle: () => createPaddleEngine(2),
};

interface SampleResult {
  sample: string;
  pages: number;
  seconds: number[];
  characterAccuracy: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  jurisdiction: string | null;
  year: number | null;
}

interface EngineResult {
  engine: string;
  key: string;
  startSeconds: number;
  peakRssMb: number;
  samples: SampleResult[];
  error?: string;
}

const root = path.resolve(import.meta.dirname, "..");
const manifest = JSON.parse(readFileSync(path.join(root, "data/scans/manifest.json"), "utf8")) as { id: string; dpi: number; mode: string }[];

function peakRss(): { stop(): number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  return {
    stop() {
      clearInterval(timer);
      return Math.round(Math.max(peak, process.memoryUsage().rss) / 1024 / 1024);
    },
  };
}

let dpi: number | undefined;
let details = false;
/** --no-corrections: the engine's text as read, to measure what the corrections add */
let noCorrections = false;
/** --lines DIR: keep each sample's lines as the engine read them, and read them from there next time */
let linesDir: string | undefined;
/** --save-text DIR: each sample's OCR text as read, to see what a missed value's sentence became */
let saveTextDir: string | undefined;

async function runSample(engine: OcrEngine, id: string): Promise<SampleResult> {
  const truth = readFileSync(path.join(root, "data/samples", `${id}.txt`), "utf8");
  const labels = parseLabels(JSON.parse(readFileSync(path.join(root, "data/samples", `${id}.json`), "utf8")));
  const pages: { lines: OcrLine[]; width: number; height: number }[] = [];
  const seconds: number[] = [];
  const cached = linesDir ? path.join(linesDir, `${id}.${engine.name.replace(/\W+/g, "-")}.json`) : undefined;
  if (cached && existsSync(cached)) {
    const saved = JSON.parse(readFileSync(cached, "utf8")) as { pages: typeof pages; seconds: number[] };
    pages.push(...saved.pages);
    seconds.push(...saved.seconds);
  } else {
    for await (const page of pdfPageImages(new Uint8Array(readFileSync(path.join(root, "data/scans", `${id}.pdf`))), dpi)) {
      const started = performance.now();
      const lines = await engine.recognize(page);
      seconds.push((performance.now() - started) / 1000);
      pages.push({ lines, width: page.width, height: page.height });
      process.stderr.write(".");
    }
    if (cached) writeFileSync(cached, JSON.stringify({ pages, seconds }));
  }
  const corrected = noCorrections ? { pages, corrections: [] } : correctOcrPages(pages);
  const text = normalizeReportText(ocrPagesToText(corrected.pages));
  if (details) {
    for (const c of corrected.corrections) process.stderr.write(`\n  corrected (${c.rule}) ${c.read} -> ${c.corrected}${c.confidence === undefined ? "" : ` (confidence ${c.confidence.toFixed(2)})`}`);
  }
  if (saveTextDir) writeFileSync(path.join(saveTextDir, `${id}.${engine.name.replace(/\W+/g, "-")}.txt`), text);
  const facts = extractReport(text);
  const score = scoreReport(facts, labels, text);
  const totals = totalScores([score]);
  if (details) {
    for (const row of score.rows.filter((r) => r.outcome === "missed" || r.outcome === "wrong")) {
      process.stderr.write(`\n  ${row.outcome} ${row.key}/${row.scope}: ${row.predicted ?? "—"} vs ${row.expected ?? "—"} ${row.evidence ?? ""}`);
    }
  }
  return {
    sample: id,
    pages: pages.length,
    seconds,
    characterAccuracy: characterAccuracy(text, truth),
    truePositives: score.truePositives,
    falsePositives: score.falsePositives,
    falseNegatives: score.falseNegatives,
    precision: totals.precision,
    recall: totals.recall,
    jurisdiction: facts.jurisdiction?.officialName ?? null,
    year: facts.year,
  };
}

async function runEngine(key: string, samples: string[]): Promise<EngineResult> {
  const memory = peakRss();
  const started = performance.now();
  let engine: OcrEngine;
  try {
    engine = await ENGINES[key]();
  } catch (e) {
    return { engine: key, key, startSeconds: 0, peakRssMb: memory.stop(), samples: [], error: (e as Error).message.split("\n")[0] };
  }
  const startSeconds = (performance.now() - started) / 1000;
  const results: SampleResult[] = [];
  try {
    for (const id of samples) {
      process.stderr.write(`${key} ${id} `);
      results.push(await runSample(engine, id));
      process.stderr.write("\n");
    }
  } finally {
    await engine.close();
  }
  return { engine: engine.name, key, startSeconds, peakRssMb: memory.stop(), samples: results };
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function table(results: EngineResult[]): string {
  const rows = ["| engine | sample | dpi, kind | pages | character accuracy | values found / labelled | wrong | precision | recall | place, year read | s/page (median) |", "|---|---|---|---|---|---|---|---|---|---|---|"];
  for (const r of results) {
    if (r.error) {
      rows.push(`| ${r.key} | — | — | — | could not run: ${r.error} | | | | | | |`);
      continue;
    }
    for (const s of r.samples) {
      const scan = manifest.find((m) => m.id === s.sample);
      rows.push(
        `| ${r.key} | ${s.sample.slice(0, 3)} | ${scan?.dpi} dpi, ${scan?.mode} | ${s.pages} | ${pct(s.characterAccuracy)} | ${s.truePositives} / ${s.truePositives + s.falseNegatives} | ${s.falsePositives} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.jurisdiction ?? "—"}, ${s.year ?? "—"} | ${median(s.seconds).toFixed(1)} |`,
      );
    }
    const tp = r.samples.reduce((a, s) => a + s.truePositives, 0);
    const fp = r.samples.reduce((a, s) => a + s.falsePositives, 0);
    const fn = r.samples.reduce((a, s) => a + s.falseNegatives, 0);
    const all = r.samples.flatMap((s) => s.seconds);
    const chars = r.samples.reduce((a, s) => a + s.characterAccuracy, 0) / Math.max(1, r.samples.length);
    rows.push(
      `| **${r.key}** | **all** | | ${all.length} | **${pct(chars)}** | **${tp} / ${tp + fn}** | **${fp}** | **${(tp / Math.max(1, tp + fp)).toFixed(3)}** | **${(tp / Math.max(1, tp + fn)).toFixed(3)}** | | **${median(all).toFixed(1)}** (start ${r.startSeconds.toFixed(1)} s, peak RSS ${r.peakRssMb} MB) |`,
    );
  }
  return rows.join("\n");
}

async function main() {
  const { values } = parseArgs({ options: { engines: { type: "string" }, samples: { type: "string" }, json: { type: "string" }, dpi: { type: "string" }, details: { type: "boolean" }, "no-corrections": { type: "boolean" }, lines: { type: "string" }, "save-text": { type: "string" } } });
  dpi = values.dpi ? Number(values.dpi) : undefined;
  details = Boolean(values.details);
  noCorrections = Boolean(values["no-corrections"]);
  linesDir = values.lines;
  if (linesDir) mkdirSync(linesDir, { recursive: true });
  saveTextDir = values["save-text"];
  if (saveTextDir) mkdirSync(saveTextDir, { recursive: true });
  const keys = values.engines ? values.engines.split(",") : Object.keys(ENGINES);
  const unknown = keys.filter((k) => !ENGINES[k]);
  if (unknown.length) throw new Error(`unknown engine ${unknown.join(", ")}; known: ${Object.keys(ENGINES).join(", ")}`);
  const samples = values.samples ? values.samples.split(",") : manifest.map((m) => m.id);
  const results: EngineResult[] = [];
  for (const key of keys) results.push(await runEngine(key, samples));
  console.log(table(results));
  if (values.json) writeFileSync(values.json, `${JSON.stringify({ measuredAt: new Date().toISOString(), results }, null, 2)}\n`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
