// Scores the extractor against the hand-labelled reports: `npm run eval` (data/samples and
// data/corpus), or `npm run eval -- --dir some/dir`. Prints a line per report, what was wrong or
// missed, and the totals. With --min-precision / --min-recall it exits 1 when below (for CI).
// `--engine rules` scores lib/extract/rules-engine.ts whatever lib/extract/index.ts exports.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { decodeText } from "../lib/documents/decode-text";
import * as applicationEngine from "../lib/extract";
import * as rulesEngine from "../lib/extract/rules-engine";
import { formatReports, formatTotals, type ReportLine } from "../lib/eval/format";
import { parseLabels } from "../lib/eval/labels";
import { scoreReport } from "../lib/eval/score";
import { failedThresholds, totalScores } from "../lib/eval/totals";

interface Options {
  dirs: string[];
  engine: "index" | "rules";
  minPrecision?: number;
  minRecall?: number;
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
  }
  if (dirs.length === 0) dirs.push("data/samples", "data/corpus");
  return opts;
}

function labelledFiles(dir: string): { txt: string; json: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt") && existsSync(path.join(dir, f.replace(/\.txt$/, ".json"))))
    .sort()
    .map((f) => ({ txt: path.join(dir, f), json: path.join(dir, f.replace(/\.txt$/, ".json")) }));
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

function main(): number {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.engine === "rules") extractReport = rulesEngine.extractReport;
  const lines: ReportLine[] = [];
  const reports = opts.dirs.flatMap(labelledFiles).map(({ txt, json }) => ({
    txt,
    text: decodeText(readFileSync(txt)).text,
    labels: parseLabels(JSON.parse(readFileSync(json, "utf8"))),
  }));
  // the first calls load the gazetteer and warm the JIT: not what a report costs
  for (let i = 0; i < 3; i++) for (const r of reports) extractReport(r.text);
  for (const { txt, text, labels } of reports) {
    const { facts, ms } = timedExtract(text);
    lines.push({
      file: path.basename(txt),
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
  console.log(formatReports(lines));
  console.log(`\n${formatTotals(totals)}`);
  const failed = failedThresholds(totals, { precision: opts.minPrecision, recall: opts.minRecall });
  if (failed.length > 0) console.error(`\nbelow threshold: ${failed.join("; ")}`);
  return failed.length > 0 ? 1 : 0;
}

process.exitCode = main();
