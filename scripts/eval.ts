// Scores the extractor against every hand-labelled report in data/ (each NNN.txt beside NNN.json)
// and prints precision, recall and F1 of indicator values and the accuracy of jurisdiction, year,
// kind and scope. `--min-precision 0.98 --min-recall 0.9` makes it exit 1 below those.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { extractReport } from "../lib/extract";
import { normalizeReportText } from "../lib/documents/normalize-report-text";
import { scoreReport, totals, type ReportLabel, type ReportScore } from "../lib/eval/score-report";

const root = path.resolve(import.meta.dirname, "..");
// `npm run eval -- --dir data/heldout` scores another folder of labelled reports
const dirArgs = process.argv.flatMap((a, i) => (process.argv[i - 1] === "--dir" ? [a] : []));
const dirs = (dirArgs.length ? dirArgs : ["data/samples", "data/corpus"]).map((d) => path.resolve(root, d));
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : null;
};
const verbose = process.argv.includes("--verbose");

const rows: { file: string; score: ReportScore; ms: number }[] = [];
for (const dir of dirs) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
    const labelPath = path.join(dir, file.replace(/\.txt$/, ".json"));
    if (!existsSync(labelPath)) continue;
    const label = JSON.parse(readFileSync(labelPath, "utf8")) as ReportLabel;
    const text = normalizeReportText(readFileSync(path.join(dir, file), "utf8"));
    const t0 = performance.now();
    const facts = extractReport(text);
    const ms = performance.now() - t0;
    rows.push({ file: path.relative(root, path.join(dir, file)), score: scoreReport(facts, label), ms });
  }
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log("file                                     TP  FP  FN  jur year kind   ms");
for (const { file, score, ms } of rows) {
  const ok = (b: boolean) => (b ? " ✓ " : " ✗ ");
  console.log(
    `${file.padEnd(40)} ${String(score.truePositives).padStart(2)}  ${String(score.falsePositives.length).padStart(2)}  ${String(score.falseNegatives.length).padStart(2)}  ${ok(score.jurisdictionCorrect)} ${ok(score.yearCorrect)} ${ok(score.kindCorrect)} ${ms.toFixed(1).padStart(5)}`,
  );
  if (verbose || score.falsePositives.length || score.falseNegatives.length) {
    for (const fp of score.falsePositives) console.log(`    FP ${fp.key} ${fp.value} (${fp.scope}) «${fp.evidence}»`);
    for (const fn of score.falseNegatives) console.log(`    FN ${fn.key} ${fn.value} (${fn.scope}) «${fn.evidence}»`);
  }
}
const t = totals(rows.map((r) => r.score));
const scores = rows.map((r) => r.score);
const share = (f: (s: ReportScore) => boolean) => scores.filter(f).length / scores.length;
const wrongScope = scores.reduce((n, s) => n + s.wrongScope, 0);
const evidence = scores.reduce((n, s) => n + s.evidenceAgrees, 0);
console.log(`\nreports: ${rows.length}   values: ${t.truePositives} right, ${t.falsePositives} wrong, ${t.falseNegatives} missed`);
console.log(`precision ${pct(t.precision)}   recall ${pct(t.recall)}   F1 ${pct(t.f1)}`);
console.log(
  `scope accuracy ${pct(t.truePositives / Math.max(1, t.truePositives + wrongScope))}   evidence agreement ${pct(evidence / Math.max(1, t.truePositives))}`,
);
console.log(
  `jurisdiction ${pct(share((s) => s.jurisdictionCorrect))}   year ${pct(share((s) => s.yearCorrect))}   kind ${pct(share((s) => s.kindCorrect))}   mean ${(rows.reduce((n, r) => n + r.ms, 0) / rows.length).toFixed(2)} ms/report`,
);

const minP = arg("--min-precision");
const minR = arg("--min-recall");
if ((minP !== null && t.precision < minP) || (minR !== null && t.recall < minR)) process.exit(1);
