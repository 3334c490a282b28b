import type { ReportScore, ValueRow } from "./score";
import type { Totals } from "./totals";

/** Plain-text tables for the terminal: one line per report, its misses and wrong values, totals. */
export interface ReportLine {
  file: string;
  jurisdiction: string;
  year: number | null;
  kind: string;
  ms: number;
  score: ReportScore;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

// CJK characters take two columns in a terminal
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\uffef]/.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, n: number): string {
  return s + " ".repeat(Math.max(0, n - width(s)));
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => width(r[c] ?? ""))));
  return rows.map((r) => r.map((cell, c) => pad(cell, widths[c])).join("  ").trimEnd()).join("\n");
}

function metaFlags(s: ReportScore): string {
  const m = s.meta;
  return [m.jurisdiction ? "J" : "j!", m.parents ? "P" : "p!", m.year ? "Y" : "y!", m.kind ? "K" : "k!"].join(" ");
}

function describeRow(r: ValueRow): string {
  const value = r.outcome === "missed" ? `expected ${r.expected}` : `got ${r.predicted}`;
  return `  ${r.outcome.padEnd(7)} ${r.key}@${r.scope} ${value} | ${r.evidence ?? ""}`;
}

export function formatReports(lines: readonly ReportLine[]): string {
  const header = ["file", "jurisdiction", "year", "kind", "meta", "TP", "FP", "FN", "ign", "ms"];
  const body = lines.map((l) => [
    l.file,
    l.jurisdiction,
    String(l.year ?? "—"),
    l.kind,
    metaFlags(l.score),
    String(l.score.truePositives),
    String(l.score.falsePositives),
    String(l.score.falseNegatives),
    String(l.score.ignored),
    l.ms.toFixed(1),
  ]);
  const details = lines.flatMap((l) => {
    const bad = l.score.rows.filter((r) => r.outcome === "wrong" || r.outcome === "missed" || (r.outcome === "match" && !r.evidenceAgrees));
    return bad.length === 0 ? [] : [`${l.file}:`, ...bad.map((r) => describeRow(r) + (r.outcome === "match" ? "  (evidence differs)" : ""))];
  });
  const summary = table([header, ...body]);
  return details.length ? `${summary}\n\nwrong, missed and evidence disagreements:\n${details.join("\n")}` : summary;
}

/** One line per labelled set: how many documents, and how well values and facts came out. */
export function formatSets(sets: readonly { name: string; totals: Totals }[]): string {
  const header = ["set", "docs", "values", "precision", "recall", "F1", "jurisdiction", "year", "kind", "scope"];
  const rows = sets.map(({ name, totals: t }) => [
    name,
    String(t.reports),
    String(t.truePositives + t.falseNegatives),
    pct(t.precision),
    pct(t.recall),
    pct(t.f1),
    pct(t.jurisdictionAccuracy),
    pct(t.yearAccuracy),
    pct(t.kindAccuracy),
    pct(t.scopeAccuracy),
  ]);
  return table([header, ...rows]);
}

export function formatTotals(t: Totals): string {
  return table([
    ["reports", String(t.reports)],
    ["values", `TP ${t.truePositives}  FP ${t.falsePositives}  FN ${t.falseNegatives}  ignored (ambiguous) ${t.ignored}`],
    ["precision", pct(t.precision)],
    ["recall", pct(t.recall)],
    ["F1", pct(t.f1)],
    ["scope accuracy", `${pct(t.scopeAccuracy)} (over matched key+value pairs)`],
    ["evidence agreement", pct(t.evidenceAgreement)],
    ["jurisdiction", pct(t.jurisdictionAccuracy)],
    ["parents", pct(t.parentsAccuracy)],
    ["year", pct(t.yearAccuracy)],
    ["kind", pct(t.kindAccuracy)],
  ]);
}

/**
 * For hundreds of reports: true positives, wrong and missed values per key (with the first few
 * examples of each mistake) and the reports whose jurisdiction, year or kind was wrong.
 */
export function formatByKey(lines: readonly ReportLine[], examples = 3): string {
  const keys = new Map<string, { tp: number; fp: number; fn: number; shown: string[] }>();
  for (const l of lines) {
    for (const r of l.score.rows) {
      const k = keys.get(r.key) ?? { tp: 0, fp: 0, fn: 0, shown: [] };
      if (r.outcome === "match") k.tp++;
      else if (r.outcome === "wrong") k.fp++;
      else if (r.outcome === "missed") k.fn++;
      if ((r.outcome === "wrong" || r.outcome === "missed") && k.shown.length < examples) k.shown.push(`  ${l.file}: ${describeRow(r).trim()}`);
      keys.set(r.key, k);
    }
  }
  const rows = [...keys.entries()].sort(([a], [b]) => a.localeCompare(b));
  const ratio = (a: number, b: number) => (b === 0 ? "—" : pct(a / b));
  const summary = table([
    ["key", "TP", "FP", "FN", "precision", "recall"],
    ...rows.map(([key, k]) => [key, String(k.tp), String(k.fp), String(k.fn), ratio(k.tp, k.tp + k.fp), ratio(k.tp, k.tp + k.fn)]),
  ]);
  const mistakes = rows.flatMap(([key, k]) => (k.shown.length ? [`${key}:`, ...k.shown] : []));
  const meta = lines.filter((l) => !(l.score.meta.jurisdiction && l.score.meta.parents && l.score.meta.year && l.score.meta.kind));
  const metaLines = meta.slice(0, 20).map((l) => `  ${l.file}  ${l.jurisdiction} ${l.year ?? "—"} ${l.kind}  ${metaFlags(l.score)}`);
  const ms = lines.map((l) => l.ms).sort((a, b) => a - b);
  return [
    summary,
    mistakes.length ? `\nexamples of wrong and missed values:\n${mistakes.join("\n")}` : "",
    meta.length ? `\nreports with a wrong jurisdiction, parents, year or kind: ${meta.length}\n${metaLines.join("\n")}` : "",
    `\nextraction time per report: median ${ms[Math.floor(ms.length / 2)].toFixed(1)} ms, p95 ${ms[Math.floor(ms.length * 0.95)].toFixed(1)} ms`,
  ].join("\n");
}
