/**
 * "Latest available", as Our World in Data's grapher shows patchy series in its maps and tables:
 * each place's most recent figure, with its year beside it, instead of one common year that most
 * places would leave blank (real places publish in different years and skip years). A tolerance
 * keeps only figures within that many years of the newest, so a figure from long ago is not set
 * beside this year's unawares.
 */

/** The largest tolerance a URL may ask for; beyond it "any year" says the same. */
export const MAX_TOLERANCE = 20;

/** `tol` from a URL: a whole number of years 0–20, else no tolerance (any year). */
export function parseTolerance(raw: string | undefined): number | undefined {
  if (raw === undefined || !/^\d{1,2}$/.test(raw.trim())) return undefined;
  const n = Number(raw);
  return n <= MAX_TOLERANCE ? n : undefined;
}

/** Of each group's rows, the newest year's; between rows of one year the first in the list is kept. */
export function latestPerGroup<T extends { year: number }>(rows: readonly T[], groupOf: (row: T) => string): Map<string, T> {
  const latest = new Map<string, T>();
  for (const row of rows) {
    const id = groupOf(row);
    const kept = latest.get(id);
    if (!kept || row.year > kept.year) latest.set(id, row);
  }
  return latest;
}

export interface ToleranceSplit<T> {
  /** figures within the tolerance of the newest year (all of them without a tolerance) */
  kept: T[];
  /** figures older than the tolerance allows: shown as such, never compared */
  tooOld: T[];
  /** the newest year among the figures; null when there are none */
  newest: number | null;
}

/** Splits places' latest figures by a tolerance in years from the newest of them. */
export function applyTolerance<T extends { year: number }>(latest: readonly T[], tolerance: number | undefined | null): ToleranceSplit<T> {
  if (latest.length === 0) return { kept: [], tooOld: [], newest: null };
  const newest = Math.max(...latest.map((r) => r.year));
  if (tolerance === undefined || tolerance === null) return { kept: [...latest], tooOld: [], newest };
  const kept: T[] = [];
  const tooOld: T[] = [];
  for (const r of latest) (r.year >= newest - tolerance ? kept : tooOld).push(r);
  return { kept, tooOld, newest };
}

/** "2019–2024", or "2024" when the figures share one year; "" for none. */
export function yearSpan(years: readonly number[]): string {
  if (years.length === 0) return "";
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}
