/**
 * The shape of one indicator's values across places: a histogram and outlier flags. Counts
 * (cases, events) span orders of magnitude between a province and a county, so when they do,
 * both work on a log scale; rates stay linear.
 */

export interface HistogramBin {
  from: number;
  /** exclusive, except for the last bin */
  to: number;
  count: number;
}

export type OutlierSide = "high" | "low";

export interface Fences {
  low: number;
  high: number;
  /** the fences were computed on log10 of the values */
  log: boolean;
}

/** Below this many values quartiles say little, and nothing is flagged. */
export const MIN_FOR_OUTLIERS = 8;

const quantile = (sorted: number[], p: number) => {
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  return sorted[lo] + (sorted[Math.ceil(at)] - sorted[lo]) * (at - lo);
};

/** Positive values over two orders of magnitude read better on a log scale. */
export function wantsLogScale(values: number[], isRate: boolean): boolean {
  if (isRate || values.length === 0 || values.some((v) => v <= 0)) return false;
  return Math.max(...values) / Math.min(...values) >= 100;
}

/** Tukey's fences (1.5 × IQR beyond the quartiles); null when there are too few values. */
export function outlierFences(values: number[], isRate: boolean): Fences | null {
  if (values.length < MIN_FOR_OUTLIERS) return null;
  const log = wantsLogScale(values, isRate);
  const sorted = values.map((v) => (log ? Math.log10(v) : v)).sort((a, b) => a - b);
  const q1 = quantile(sorted, 0.25);
  const q3 = quantile(sorted, 0.75);
  const iqr = q3 - q1;
  const back = (x: number) => (log ? 10 ** x : x);
  return { low: back(q1 - 1.5 * iqr), high: back(q3 + 1.5 * iqr), log };
}

export function outlierSide(value: number, fences: Fences | null, isRate: boolean): OutlierSide | null {
  // a rate beyond 0–100 % cannot be right whatever the other places say
  if (isRate && (value < 0 || value > 100)) return value > 100 ? "high" : "low";
  if (!fences) return null;
  if (value > fences.high) return "high";
  if (value < fences.low) return "low";
  return null;
}

/** 1, 2, 2.5, 5 × 10^k: bin widths a reader can add up in their head. */
function niceStep(span: number, bins: number): number {
  const raw = span / bins;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * magnitude >= raw)!;
  return step * magnitude;
}

/** Linear bins of a round width, or decades split 1–2–5 on a log scale; empty bins kept so gaps show. */
export function histogram(values: number[], isRate: boolean, targetBins = 10): HistogramBin[] {
  if (values.length === 0) return [];
  const min = Math.min(...values);
  const max = Math.max(...values);
  let edges: number[];
  if (wantsLogScale(values, isRate)) {
    edges = [];
    for (let decade = 10 ** Math.floor(Math.log10(min)); decade <= max; decade *= 10) {
      for (const m of [1, 2, 5]) edges.push(m * decade);
    }
    edges = edges.filter((e, i) => e <= max || i === 0);
    while (edges[1] !== undefined && edges[1] <= min) edges.shift();
    edges.push(edges.at(-1)! * (edges.at(-1)!.toString().startsWith("2") ? 2.5 : 2));
  } else if (min === max) {
    edges = [min, min + 1];
  } else {
    const step = niceStep(max - min, targetBins);
    const start = Math.floor(min / step) * step;
    edges = [];
    for (let e = start; e <= max; e += step) edges.push(Number(e.toPrecision(12)));
    edges.push(Number((edges.at(-1)! + step).toPrecision(12)));
  }
  const bins = edges.slice(0, -1).map((from, i) => ({ from, to: edges[i + 1], count: 0 }));
  for (const v of values) {
    const i = bins.findIndex((b, j) => v >= b.from && (v < b.to || j === bins.length - 1));
    if (i >= 0) bins[i].count++;
  }
  return bins;
}
