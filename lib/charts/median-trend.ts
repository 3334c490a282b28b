import { MIN_PEERS } from "../indicators/peer-standing";

/**
 * An indicator's median year by year, honest about who is in it. A line across years reads as a
 * change in the same places; when one year is a single province and the next two cities it is
 * not, so: a year with fewer than MIN_TREND_PLACES places gets a point but no line through it,
 * and the balanced panel keeps only the places that reported in every year shown, so each
 * point is the median of the same set.
 */

export const MIN_TREND_PLACES = MIN_PEERS;

export interface PlaceYearValue {
  code: string;
  year: number;
  value: number;
}

export interface TrendPoint {
  year: number;
  /** places in the median that year */
  count: number;
  median: number;
  /** the median where a line may pass through (count ≥ MIN_TREND_PLACES), else null: a gap */
  line: number | null;
  /** the median of a year with too few places: a lone point */
  few: number | null;
}

export interface MedianTrend {
  points: TrendPoint[];
  /** the balanced panel's places (null when the trend is of every place) */
  panel: string[] | null;
  /** the places differ from one year to the next: the balanced panel says more */
  setsDiffer: boolean;
}

export function median(sorted: number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** One figure per place and year (the first given), grouped by year, ascending. */
function byYear(values: PlaceYearValue[]): Map<number, Map<string, number>> {
  const years = new Map<number, Map<string, number>>();
  for (const v of [...values].sort((a, b) => a.year - b.year)) {
    const places = years.get(v.year) ?? new Map<string, number>();
    if (!places.has(v.code)) places.set(v.code, v.value);
    years.set(v.year, places);
  }
  return years;
}

export function medianTrend(values: PlaceYearValue[], { balanced = false }: { balanced?: boolean } = {}): MedianTrend {
  const years = byYear(values);
  const sets = [...years.values()].map((places) => [...places.keys()].sort().join(","));
  const setsDiffer = new Set(sets).size > 1;
  let panel: string[] | null = null;
  if (balanced) {
    const [first, ...rest] = [...years.values()];
    panel = first ? [...first.keys()].filter((code) => rest.every((places) => places.has(code))).sort() : [];
  }
  const inPanel = panel ? new Set(panel) : null;
  const points = [...years].flatMap(([year, places]) => {
    const sorted = [...places].filter(([code]) => !inPanel || inPanel.has(code)).map(([, v]) => v).sort((a, b) => a - b);
    if (sorted.length === 0) return [];
    const m = median(sorted);
    const enough = sorted.length >= MIN_TREND_PLACES;
    return [{ year, count: sorted.length, median: m, line: enough ? m : null, few: enough ? null : m }];
  });
  return { points, panel, setsDiffer };
}
