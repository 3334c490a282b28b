import { getPrisma } from "../db/client";
import { cachedQuery } from "./cached-query";
import type { JurisdictionLevel, Scope } from "../db/client";
import { INDICATORS, getIndicator } from "../indicators";

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
  value: number;
  unit: string;
  approx: boolean;
  derived: boolean;
  evidence: string;
  reportId: number;
  /** a person has reviewed it */
  reviewed: boolean;
}

export interface ComparisonCell {
  /** the value at the row's scope; null when the report does not give it (never 0) */
  value: ComparedValue | null;
  /** the place gives only the other scope's figure: shown as a mark, never compared */
  otherScope: ComparedValue | null;
}

export interface ComparisonRow {
  key: string;
  scope: Scope;
  /** one cell per jurisdiction, in the order of `jurisdictions` */
  cells: ComparisonCell[];
}

export interface Comparison {
  jurisdictions: ComparedJurisdiction[];
  /** codes asked for that are not in the database */
  unknownCodes: string[];
  /** known codes left out because more than `max` were asked for */
  overLimit: string[];
  /** every year any of them has a current report for, ascending */
  years: number[];
  /** the year compared: the one asked for, else the latest of `years`; null when none has reports */
  year: number | null;
  rows: ComparisonRow[];
}

export interface ComparisonQuery {
  codes: string[];
  year?: number;
  /** indicators to show; default: every indicator any of them reports that year */
  keys?: string[];
  /** one scope for every row; default: each indicator's catalogue scope */
  scope?: Scope;
  /** compare at most this many: the first known ones in the order asked */
  max?: number;
  /** only figures a person has reviewed */
  reviewed?: boolean;
}

const valueSelect = {
  id: true, key: true, scope: true, jurisdictionCode: true, value: true, unit: true,
  approx: true, derived: true, evidence: true, reportId: true, reviewedAt: true,
} as const;

type ValueRow = Omit<ComparedValue, "reviewed"> & { key: string; scope: Scope; jurisdictionCode: string; reviewedAt: Date | null };

/**
 * Three queries whatever the number of places: the jurisdictions, their current reports' years,
 * and the values of the chosen year (served by the [jurisdictionCode, year] index).
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
  const year = q.year ?? years.at(-1) ?? null;

  const values: ValueRow[] =
    year === null || jurisdictions.length === 0
      ? []
      : await prisma.indicatorValue.findMany({
          where: { jurisdictionCode: { in: jurisdictions.map((j) => j.code) }, year, isCurrent: true, ...(q.reviewed ? { reviewedAt: { not: null } } : {}) },
          select: valueSelect,
          orderBy: { id: "asc" },
        });

  return {
    jurisdictions,
    unknownCodes: codes.filter((c) => !byCode.has(c)),
    overLimit: known.slice(kept.length),
    years,
    year,
    rows: buildComparisonRows(jurisdictions.map((j) => j.code), values, q.keys, q.scope),
  };
}

/**
 * Indicator × jurisdiction matrix at one scope per row. A place whose report gives only the
 * other scope keeps that figure aside (otherScope) so the page can mark it without comparing it.
 * When one report gives a key twice at one scope the first is kept, as on the profile page.
 */
export function buildComparisonRows(codes: string[], values: ValueRow[], keys?: string[], scope?: Scope): ComparisonRow[] {
  const reported = new Set(values.map((v) => v.key));
  const wanted = keys?.length ? new Set(keys) : reported;
  const first = (code: string, key: string, s: Scope): ComparedValue | null => {
    const v = values.find((x) => x.jurisdictionCode === code && x.key === key && x.scope === s);
    if (!v) return null;
    const { id, value, unit, approx, derived, evidence, reportId, reviewedAt } = v;
    return { id, value, unit, approx, derived, evidence, reportId, reviewed: reviewedAt !== null };
  };
  return INDICATORS.filter((d) => wanted.has(d.key)).map((d) => {
    const rowScope = scope ?? getIndicator(d.key)!.defaultScope;
    const other: Scope = rowScope === "area" ? "own" : "area";
    return {
      key: d.key,
      scope: rowScope,
      cells: codes.map((code) => {
        const value = first(code, d.key, rowScope);
        return { value, otherScope: value ? null : first(code, d.key, other) };
      }),
    };
  });
}

/** Cached until the data changes (see cached-query.ts). */
export const getComparison = cachedQuery(readComparison);
