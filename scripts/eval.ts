// Scores the extractor against the hand-labelled reports: `npm run eval` (data/samples and
// data/corpus), or `npm run eval -- --dir some/dir`. Prints a line per report, what was wrong or
// missed, and the totals. With --min-precision / --min-recall it exits 1 when below (for CI).
// `--engine rules` scores lib/extract/rules-engine.ts whatever lib/extract/index.ts exports.
// Folders are searched recursively (a synthetic set: <dir>/<province>/<code>-<year>.txt); with
// `--sample N` only N reports, evenly spread over the sorted list, are scored. Over 200 reports
// the per-report table gives way to a table per key.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { decodeText } from "../lib/documents/decode-text";
import * as applicationEngine from "../lib/extract";
import * as rulesEngine from "../lib/extract/rules-engine";
import { formatByKey, formatReports, formatTotals, type ReportLine } from "../lib/eval/format";
import { parseLabels } from "../lib/eval/labels";
import { scoreReport } from "../lib/eval/score";
import { failedThresholds, totalScores } from "../lib/eval/totals";

interface Options {
  dirs: string[];
  engine: "index" | "rules";
  minPrecision?: number;
  minRecall?: number;
  sample?: number;
}

function parseArgs(argv: string[]): Options {
  const dirs: string[] = [];
  const opts: Options = { dirs, engine: "index" };
  for (let i = 0; i < argv.length; i++) {
    const next = () => argv[++i];
    if (argv[i] === "--dir") dirs.push(next());
    else if (argv[i] === "--min-precision") opts.minPrecision = Number(next());
    else if (argv[i] === "--min-recall") opts.minRecall = Number(next());
    else if (argv[i] === "--engine") opts.engine = next() === "rules" ? "rules" : "index";
    else if (argv[i] === "--sample") opts.sample = Number(next());
  }
  if (dirs.length === 0) dirs.push("data/samples", "data/corpus");
  return opts;
}

function labelledFiles(dir: string): { txt: string; json: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) return labelledFiles(file);
      const json = file.replace(/\.txt$/, ".json");
      return entry.name.endsWith(".txt") && existsSync(json) ? [{ txt: file, json }] : [];
    });
}

/** n items spread evenly over the list: the same subset every time */
export function evenSample<T>(items: readonly T[], n: number | undefined): T[] {
  if (n === undefined || !(n > 0) || n >= items.length) return [...items];
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]);
}

let extractReport = applicationEngine.extractReport;

/** median of three timed runs (after a warm-up pass over every report, outside the timing) */
function timedExtract(text: string): { facts: ReturnType<typeof extractReport>; ms: number } {
  const facts = extractReport(text);
  const runs = [0, 1, 2].map(() => {
    const started = performance.now();
    extractReport(text);
    return performance.now() - started;
  });
  return { facts, ms: runs.sort((a, b) => a - b)[1] };
}

function timedOnce(text: string): { facts: ReturnType<typeof extractReport>; ms: number } {
  const started = performance.now();
  const facts = extractReport(text);
  return { facts, ms: performance.now() - started };
}

function main(): number {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.engine === "rules") extractReport = rulesEngine.extractReport;
  const lines: ReportLine[] = [];
  const reports = evenSample(opts.dirs.flatMap(labelledFiles), opts.sample).map(({ txt, json }) => ({
    txt,
    text: decodeText(readFileSync(txt)).text,
    labels: parseLabels(JSON.parse(readFileSync(json, "utf8"))),
  }));
  // the first calls load the gazetteer and warm the JIT: not what a report costs
  const many = reports.length > 200;
  for (let i = 0; i < 3; i++) for (const r of many ? reports.slice(0, 50) : reports) extractReport(r.text);
  for (const { txt, text, labels } of reports) {
    // a large set is timed once per report: three runs each would triple the wait
    const { facts, ms } = many ? timedOnce(text) : timedExtract(text);
    lines.push({
      file: opts.dirs.length === 1 ? path.relative(opts.dirs[0], txt) || path.basename(txt) : path.basename(txt),
      jurisdiction: facts.jurisdiction?.name ?? "—",
      year: facts.year,
      kind: facts.kind,
      ms,
      score: scoreReport(facts, labels, text),
    });
  }
  if (lines.length === 0) {
    console.error(`no labelled reports (NNN.txt with NNN.json) in ${opts.dirs.join(", ")}`);
    return 1;
  }
  const totals = totalScores(lines.map((l) => l.score));
  console.log(many ? formatByKey(lines) : formatReports(lines));
  console.log(`\n${formatTotals(totals)}`);
  const failed = failedThresholds(totals, { precision: opts.minPrecision, recall: opts.minRecall });
  if (failed.length > 0) console.error(`\nbelow threshold: ${failed.join("; ")}`);
  return failed.length > 0 ? 1 : 0;
}

process.exitCode = main();
