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

/** Beyond this many decades a log histogram is a smear of empty bins: such values are binned linearly. */
const MAX_DECADES = 12;

/** A histogram never has more bins than this, whatever the values (the bins are counted, never looped to a float). */
export const MAX_BINS = 3 * (MAX_DECADES + 2);

/** Positive values over two orders of magnitude (and at most MAX_DECADES) read better on a log scale. */
export function wantsLogScale(values: number[], isRate: boolean): boolean {
  if (isRate || values.length === 0 || !values.every((v) => v > 0 && Number.isFinite(v))) return false;
  const min = Math.min(...values);
  const max = Math.max(...values);
  return max / min >= 100 && Math.log10(max) - Math.log10(min) <= MAX_DECADES;
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

/** 1–2–5 edges per decade from the one holding min to past max; the loop runs over integer exponents. */
function logEdges(min: number, max: number): number[] {
  const low = Math.floor(Math.log10(min));
  const high = Math.floor(Math.log10(max));
  let edges: number[] = [];
  for (let k = low; k <= high; k++) for (const m of [1, 2, 5]) edges.push(m * 10 ** k);
  edges = edges.filter((e, i) => e <= max || i === 0);
  while (edges[1] !== undefined && edges[1] <= min) edges.shift();
  edges.push(edges.at(-1)! * (edges.at(-1)!.toString().startsWith("2") ? 2.5 : 2));
  return edges;
}

/**
 * Round-width edges from below min to past max. The number of bins is computed first, as an
 * integer, and each edge from its index: adding the step to a float until it passes max never
 * ends when the step is below the float spacing near max (1e17 and 1e17+32 once hung the server).
 */
function linearEdges(min: number, max: number, targetBins: number): number[] {
  const step = niceStep(max - min, targetBins);
  const start = Math.floor(min / step) * step;
  const bins = Math.min(MAX_BINS, Math.max(1, Math.floor((max - start) / step) + 1));
  return Array.from({ length: bins + 1 }, (_, i) => Number((start + i * step).toPrecision(12)));
}

/** Linear bins of a round width, or decades split 1–2–5 on a log scale; empty bins kept so gaps show. */
export function histogram(values: number[], isRate: boolean, targetBins = 10): HistogramBin[] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return [];
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  // one value, however many places give it, is one bin of that value ("100 %", not "100–101 %")
  if (min === max) return [{ from: min, to: max, count: finite.length }];
  let edges = wantsLogScale(finite, isRate) ? logEdges(min, max) : linearEdges(min, max, targetBins);
  // a rate's last bin ends at 100 %, which it holds (the last bin is closed): 95–100 %, never 100–105 %
  if (isRate && max <= 100 && edges.at(-1)! > 100) edges = [...edges.filter((e) => e < 100), 100];
  // edges that float rounding left unordered or equal (values beyond 2^53, subnormals): one bin
  // holding everything says no more than they would, and says nothing false
  if (edges.length > MAX_BINS + 1 || edges.some((e, i) => i > 0 && !(e > edges[i - 1])) || edges[0] > min) edges = [min, max];
  if (!(edges.at(-1)! > edges[0])) return [{ from: min, to: max, count: finite.length }];
  const bins = edges.slice(0, -1).map((from, i) => ({ from, to: edges[i + 1], count: 0 }));
  for (const v of finite) {
    const i = bins.findIndex((b, j) => v >= b.from && (v < b.to || j === bins.length - 1));
    if (i >= 0) bins[i].count++;
  }
  return bins;
}
