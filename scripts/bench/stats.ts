// Pure helpers of `npm run bench`: percentiles, verdicts and the printed table.

/** Nearest-rank percentile (p in 0..100) of unsorted numbers; NaN for none. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export type Verdict = "PASS" | "FAIL" | "";

/** PASS when every check holds, FAIL when any fails, blank when nothing is checked. */
export function verdict(...checks: (boolean | null)[]): Verdict {
  const real = checks.filter((c): c is boolean => c !== null);
  if (real.length === 0) return "";
  return real.every(Boolean) ? "PASS" : "FAIL";
}

export interface Row {
  what: string;
  measured: string;
  floor?: string;
  ratio?: string;
  target?: string;
  verdict?: Verdict;
}

const HEADER: Row = { what: "measure", measured: "measured", floor: "floor", ratio: "ratio", target: "target", verdict: "" };
const COLUMNS = ["what", "measured", "floor", "ratio", "target", "verdict"] as const;

/** Display width: CJK characters take two columns in a terminal. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

/** A Markdown table whose columns also line up in a terminal. */
export function formatTable(rows: Row[]): string {
  const all = [HEADER, ...rows];
  const widths = COLUMNS.map((c) => Math.max(...all.map((r) => displayWidth(r[c] ?? ""))));
  const line = (r: Row) => `| ${COLUMNS.map((c, i) => (r[c] ?? "") + " ".repeat(widths[i] - displayWidth(r[c] ?? ""))).join(" | ")} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`;
  return [line(HEADER), rule, ...rows.map(line)].join("\n");
}

export const ms = (n: number) => (Number.isFinite(n) ? `${n < 10 ? n.toFixed(2) : n.toFixed(0)} ms` : "—");
export const ratio = (a: number, b: number) => (b > 0 && Number.isFinite(a) ? `${(a / b).toFixed(1)}×` : "—");
export const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
