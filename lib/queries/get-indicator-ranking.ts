import { getPrisma } from "../db/client";
import { cachedQuery } from "./cached-query";
import type { JurisdictionLevel, Scope } from "../db/client";
import { getIndicator } from "../indicators";
import { applyTolerance, latestPerGroup } from "../latest-available";

/** Ranks over fewer places than this mislead (DESIGN.md §10): the page lists them instead. */
export const MIN_RANKED = 3;

export interface RankingEntry {
  /** competition rank (1, 2, 2, 4); null when fewer than MIN_RANKED places have the figure */
  rank: number | null;
  code: string;
  name: string;
  level: JurisdictionLevel;
  parentNames: string[];
  id: number;
  /** the year of the figure: the chosen year, or this place's latest */
  year: number;
  value: number;
  unit: string;
  approx: boolean;
  derived: boolean;
  reportId: number;
  /** the extractor's doubts about this figure (e.g. concluded exceeds caseload) */
  warnings: string[];
}

export interface TrendPoint {
  year: number;
  /** jurisdictions with the figure that year */
  count: number;
  median: number;
}

export interface IndicatorRanking {
  key: string;
  scope: Scope;
  /** values of current editions per scope, over all years and places: tells whether switching helps */
  scopeCounts: Record<Scope, number>;
  /** provinces with values at this scope (any year, any level) */
  provinces: { code: string; name: string }[];
  /** years with values after the province and level filters, ascending */
  years: number[];
  /** the ranked year when one was asked for; null ranks each place's latest figure (latest available) */
  year: number | null;
  /** latest available only: figures older than this many years before the newest are left out; null: any year */
  tolerance: number | null;
  /** places left out because their latest figure is older than the tolerance allows */
  tooOld: number;
  /** ordered by value; high to low unless a lower value is the better outcome */
  entries: RankingEntry[];
  trend: TrendPoint[];
}

export interface IndicatorRankingQuery {
  key: string;
  scope?: Scope;
  /** rank this year's figures; default: each place's latest */
  year?: number;
  /** with latest figures: only those within this many years of the newest */
  tolerance?: number;
  /** a province code (xx0000): keeps the places whose code starts with its two digits */
  province?: string;
  level?: JurisdictionLevel;
}

export function median(sorted: number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Stored warnings are extractor output (lib/extract ExtractionWarning[]); only the messages are shown. */
function warningMessages(json: unknown): string[] {
  return Array.isArray(json) ? json.flatMap((w) => (w && typeof w === "object" && typeof w.message === "string" ? [w.message] : [])) : [];
}

/** Competition ranking over values already in order: equal values share a rank. */
export function rankInOrder(values: number[]): number[] {
  const ranks: number[] = [];
  values.forEach((v, i) => ranks.push(i > 0 && values[i - 1] === v ? ranks[i - 1] : i + 1));
  return ranks;
}

/**
 * Four queries at national scale: the key's values at one scope over all years (the [key, year]
 * index; ~3,200 places × 11 years, only the columns the page shows), the places they belong to,
 * the province names, and a count per scope. Filters and statistics run on those rows in memory
 * so the province list and the trend need no further round trips.
 */
async function readIndicatorRanking(q: IndicatorRankingQuery): Promise<IndicatorRanking | null> {
  const def = getIndicator(q.key);
  if (!def) return null;
  const scope = q.scope ?? def.defaultScope;
  const prisma = getPrisma();

  const [rows, scopeGroups] = await Promise.all([
    prisma.indicatorValue.findMany({
      where: { key: def.key, scope, isCurrent: true },
      select: { id: true, jurisdictionCode: true, year: true, value: true, unit: true, approx: true, derived: true, reportId: true, warnings: true },
      orderBy: { id: "asc" },
    }),
    prisma.indicatorValue.groupBy({ by: ["scope"], where: { key: def.key, isCurrent: true }, _count: { _all: true } }),
  ]);

  // one figure per place and year: a report naming a key twice at one scope keeps its first
  const seen = new Set<string>();
  const values = rows.filter((r) => {
    const id = `${r.jurisdictionCode}:${r.year}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });

  const codes = [...new Set(values.map((v) => v.jurisdictionCode))];
  const provinceCodes = [...new Set(codes.map((c) => `${c.slice(0, 2)}0000`))];
  const [places, provinceRows] = await Promise.all([
    prisma.jurisdiction.findMany({
      where: { code: { in: codes } },
      select: { code: true, name: true, level: true, parent: { select: { name: true, parent: { select: { name: true } } } } },
    }),
    prisma.jurisdiction.findMany({ where: { code: { in: provinceCodes } }, select: { code: true, name: true }, orderBy: { code: "asc" } }),
  ]);
  const placeByCode = new Map(places.map((p) => [p.code, p]));

  const prefix = q.province && /^\d{2}0000$/.test(q.province) ? q.province.slice(0, 2) : null;
  const filtered = values.filter(
    (v) => (!prefix || v.jurisdictionCode.startsWith(prefix)) && (!q.level || placeByCode.get(v.jurisdictionCode)?.level === q.level),
  );
  const years = [...new Set(filtered.map((v) => v.year))].sort((a, b) => a - b);
  const year = q.year ?? null;
  const tolerance = year === null ? (q.tolerance ?? null) : null;
  // latest available: each place's newest figure (rows are in id order, so a place's first of a year)
  const { kept, tooOld } =
    year === null ? applyTolerance([...latestPerGroup(filtered, (v) => v.jurisdictionCode).values()], tolerance) : { kept: filtered.filter((v) => v.year === year), tooOld: [] };

  const trend = years.map((y) => {
    const sorted = filtered.filter((v) => v.year === y).map((v) => v.value).sort((a, b) => a - b);
    return { year: y, count: sorted.length, median: median(sorted) };
  });

  const lowerIsBetter = def.higherIsBetter === false;
  const ordered = kept.sort((a, b) => (lowerIsBetter ? a.value - b.value : b.value - a.value) || a.jurisdictionCode.localeCompare(b.jurisdictionCode));
  const ranks = ordered.length >= MIN_RANKED ? rankInOrder(ordered.map((v) => v.value)) : null;
  const entries: RankingEntry[] = ordered.map((v, i) => {
    const place = placeByCode.get(v.jurisdictionCode);
    return {
      rank: ranks ? ranks[i] : null,
      code: v.jurisdictionCode,
      name: place?.name ?? v.jurisdictionCode,
      level: place?.level ?? "county",
      parentNames: [place?.parent?.parent?.name, place?.parent?.name].filter((n): n is string => Boolean(n)),
      id: v.id,
      year: v.year,
      value: v.value,
      unit: v.unit,
      approx: v.approx,
      derived: v.derived,
      reportId: v.reportId,
      warnings: warningMessages(v.warnings),
    };
  });

  const scopeCounts: Record<Scope, number> = { area: 0, own: 0 };
  for (const g of scopeGroups) scopeCounts[g.scope] = g._count._all;

  return { key: def.key, scope, scopeCounts, provinces: provinceRows, years, year, tolerance, tooOld: tooOld.length, entries, trend };
}

/** Cached until the data changes (see cached-query.ts). */
export const getIndicatorRanking = cachedQuery(readIndicatorRanking);
