import { getPrisma } from "../db/client";
import { cachedQuery } from "./cached-query";
import type { JurisdictionLevel, Scope } from "../db/client";
import { INDICATORS, getIndicator } from "../indicators";
import { applyTolerance, latestPerGroup } from "../indicators/latest-available";

export interface ComparedJurisdiction {
  code: string;
  name: string;
  level: JurisdictionLevel;
  parentCode: string | null;
  /** official names from the province down, excluding the jurisdiction itself */
  parentNames: string[];
  /** years it has a current report for */
  years: number[];
}

export interface ComparedValue {
  id: number;
  /** the year of the report the figure is from */
  year: number;
  value: number;
  unit: string;
  approx: boolean;
  derived: boolean;
  reportId: number;
  /** a person has reviewed it */
  reviewed: boolean;
}

export interface ComparisonCell {
  /** the place's figure at the row's scope (the latest, or the chosen year's); null when it gives none (never 0) */
  value: ComparedValue | null;
  /** the place gives only the other scope's figure: shown as a mark, never compared */
  otherScope: ComparedValue | null;
  /** its latest figure is older than the tolerance allows: shown with its year, never compared */
  tooOld: ComparedValue | null;
}

export interface ComparisonHistoryPoint {
  year: number;
  /** one per jurisdiction, in order; null where it gives no figure that year */
  values: (number | null)[];
}

export interface ComparisonRow {
  key: string;
  scope: Scope;
  /** one cell per jurisdiction, in the order of `jurisdictions` */
  cells: ComparisonCell[];
  /** the newest year among the row's figures: the tolerance counts back from it */
  newestYear: number | null;
  /** every year any of them gives the figure at the row's scope, ascending: the lines across years */
  history: ComparisonHistoryPoint[];
}

export interface Comparison {
  jurisdictions: ComparedJurisdiction[];
  /** codes asked for that are not in the database */
  unknownCodes: string[];
  /** known codes left out because more than `max` were asked for */
  overLimit: string[];
  /** every year any of them has a current report for, ascending */
  years: number[];
  /** the year asked for; null compares each place's latest figure (latest available) */
  year: number | null;
  /** latest available only: figures older than this many years before a row's newest are left out; null: any year */
  tolerance: number | null;
  rows: ComparisonRow[];
}

export interface ComparisonQuery {
  codes: string[];
  /** one year for every place; default: each place's latest figure per indicator */
  year?: number;
  /** with latest figures: only those within this many years of the row's newest */
  tolerance?: number;
  /** indicators to show; default: every indicator any of them reports (that year, or in any year) */
  keys?: string[];
  /** one scope for every row; default: each indicator's catalogue scope */
  scope?: Scope;
  /** compare at most this many: the first known ones in the order asked */
  max?: number;
  /** only figures a person has reviewed */
  reviewed?: boolean;
}

const valueSelect = {
  id: true, key: true, scope: true, jurisdictionCode: true, year: true, value: true, unit: true,
  approx: true, derived: true, reportId: true, reviewedAt: true,
} as const;

export type ComparisonValueRow = Omit<ComparedValue, "reviewed"> & { key: string; scope: Scope; jurisdictionCode: string; reviewedAt: Date | null };

/**
 * Three queries whatever the number of places: the jurisdictions, their current reports' years,
 * and their current values of every year (the [jurisdictionCode, isCurrent, year] index; at most
 * eight places, so a few hundred rows), which give both the figures compared and the lines.
 */
async function readComparison(q: ComparisonQuery): Promise<Comparison> {
  const prisma = getPrisma();
  const codes = [...new Set(q.codes.filter((c) => /^\d{6}$/.test(c)))];
  const [found, reportYears] = await Promise.all([
    prisma.jurisdiction.findMany({
      where: { code: { in: codes } },
      select: { code: true, name: true, level: true, parentCode: true, parent: { select: { name: true, parent: { select: { name: true } } } } },
    }),
    prisma.report.findMany({
      where: { jurisdictionCode: { in: codes }, isCurrent: true },
      distinct: ["jurisdictionCode", "year"],
      select: { jurisdictionCode: true, year: true },
    }),
  ]);

  const byCode = new Map(found.map((j) => [j.code, j]));
  const known = codes.filter((c) => byCode.has(c));
  const kept = known.slice(0, q.max ?? known.length);
  const jurisdictions: ComparedJurisdiction[] = kept.map((c) => {
    const j = byCode.get(c)!;
    return {
      code: j.code,
      name: j.name,
      level: j.level,
      parentCode: j.parentCode,
      parentNames: [j.parent?.parent?.name, j.parent?.name].filter((n): n is string => Boolean(n)),
      years: reportYears.filter((r) => r.jurisdictionCode === c).map((r) => r.year).sort((a, b) => a - b),
    };
  });
  const years = [...new Set(reportYears.filter((r) => kept.includes(r.jurisdictionCode)).map((r) => r.year))].sort((a, b) => a - b);

  const values: ComparisonValueRow[] =
    jurisdictions.length === 0
      ? []
      : await prisma.indicatorValue.findMany({
          where: { jurisdictionCode: { in: jurisdictions.map((j) => j.code) }, isCurrent: true, ...(q.reviewed ? { reviewedAt: { not: null } } : {}) },
          select: valueSelect,
          orderBy: { id: "asc" },
        });

  const year = q.year ?? null;
  const tolerance = year === null ? (q.tolerance ?? null) : null;
  return {
    jurisdictions,
    unknownCodes: codes.filter((c) => !byCode.has(c)),
    overLimit: known.slice(kept.length),
    years,
    year,
    tolerance,
    rows: buildComparisonRows(jurisdictions.map((j) => j.code), values, { keys: q.keys, scope: q.scope, year: year ?? undefined, tolerance: tolerance ?? undefined }),
  };
}

export interface ComparisonRowOptions {
  keys?: string[];
  scope?: Scope;
  /** compare this year's figures; default: each place's latest */
  year?: number;
  tolerance?: number;
}

/**
 * Indicator × jurisdiction matrix at one scope per row. Each cell holds the place's figure of the
 * chosen year, or its latest (with its year) when no year is chosen; with a tolerance, a latest
 * figure older than that many years before the row's newest is set aside as too old. A place
 * whose reports give only the other scope keeps that figure aside (otherScope) so the page can
 * mark it without comparing it. When one report gives a key twice at one scope the first is
 * kept, as on the profile page. Every row also carries its figures across all years.
 */
export function buildComparisonRows(codes: string[], values: ComparisonValueRow[], options: ComparisonRowOptions = {}): ComparisonRow[] {
  const { year, tolerance } = options;
  const shown = year === undefined ? values : values.filter((v) => v.year === year);
  const reported = new Set(shown.map((v) => v.key));
  const wanted = options.keys?.length ? new Set(options.keys) : reported;
  const slot = (v: ComparisonValueRow) => `${v.jurisdictionCode}|${v.key}|${v.scope}`;
  const latest = latestPerGroup(shown, slot);
  const figure = (code: string, key: string, s: Scope): ComparedValue | null => {
    const v = latest.get(`${code}|${key}|${s}`);
    if (!v) return null;
    const { id, year: y, value, unit, approx, derived, reportId, reviewedAt } = v;
    return { id, year: y, value, unit, approx, derived, reportId, reviewed: reviewedAt !== null };
  };
  return INDICATORS.filter((d) => wanted.has(d.key)).map((d) => {
    const rowScope = options.scope ?? getIndicator(d.key)!.defaultScope;
    const other: Scope = rowScope === "area" ? "own" : "area";
    const atScope = codes.map((code) => figure(code, d.key, rowScope));
    const { tooOld, newest } = applyTolerance(atScope.filter((v): v is ComparedValue => v !== null), tolerance);
    const old = new Set(tooOld);
    return {
      key: d.key,
      scope: rowScope,
      newestYear: newest,
      cells: codes.map((code, i) => {
        const value = atScope[i];
        return {
          value: value && !old.has(value) ? value : null,
          tooOld: value && old.has(value) ? value : null,
          otherScope: value ? null : figure(code, d.key, other),
        };
      }),
      history: historyOf(codes, values, d.key, rowScope),
    };
  });
}

/** The row's figures year by year across every year any of the places gives one. */
function historyOf(codes: string[], values: ComparisonValueRow[], key: string, scope: Scope): ComparisonHistoryPoint[] {
  const byYear = new Map<number, (number | null)[]>();
  for (const v of values) {
    if (v.key !== key || v.scope !== scope) continue;
    const i = codes.indexOf(v.jurisdictionCode);
    if (i < 0) continue;
    const row = byYear.get(v.year) ?? codes.map(() => null);
    byYear.set(v.year, row);
    row[i] ??= v.value;
  }
  return [...byYear.entries()].sort((a, b) => a[0] - b[0]).map(([y, vals]) => ({ year: y, values: vals }));
}

/** Cached until the data changes (see cached-query.ts). */
export const getComparison = cachedQuery(readComparison);
