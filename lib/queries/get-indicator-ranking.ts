import { Prisma, getPrisma } from "../db/client";
import { cachedQuery } from "./cached-query";
import type { JurisdictionLevel, Scope } from "../db/client";
import { getIndicator } from "../indicators";
import { applyTolerance } from "../indicators/latest-available";
import { MIN_PEERS } from "../indicators/peer-standing";

/** Ranks over fewer places than this mislead (DESIGN.md §10): the page lists them instead. */
export const MIN_RANKED = MIN_PEERS;

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
  /** a person has reviewed it (see IndicatorValue.reviewedAt) */
  reviewed: boolean;
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
  /** places with a figure at each scope (any year): tells whether switching helps */
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
  /** only figures a person has reviewed */
  reviewed?: boolean;
}

export { median } from "../charts/median-trend";

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

/** A ranked figure as the database gives it: the entry's fields, the parents by name, the warnings as stored. */
type RankedRow = Omit<RankingEntry, "rank" | "parentNames" | "warnings"> & { warnings: unknown; parent: string | null; grandparent: string | null };

/** The place filters as SQL on a table aliased `v` with its "jurisdictionCode" (and j: the place's row). */
function placeFilter(prefix: string | null, level: JurisdictionLevel | undefined): Prisma.Sql {
  return Prisma.sql`${prefix ? Prisma.sql`AND left(v."jurisdictionCode", 2) = ${prefix}` : Prisma.empty}
    ${level ? Prisma.sql`AND j.level = ${level}::"JurisdictionLevel"` : Prisma.empty}`;
}

const RANKED_COLUMNS = Prisma.sql`v.id, v."jurisdictionCode" AS code, v.year, v.value, v.unit, v.approx, v.derived, v."reportId", v.warnings,
  v."reviewedAt" IS NOT NULL AS reviewed,
  j.name, j.level, p.name AS parent, g.name AS grandparent`;
const PLACE_JOINS = Prisma.sql`JOIN "Jurisdiction" AS j ON j.code = v."jurisdictionCode"
  LEFT JOIN "Jurisdiction" AS p ON p.code = j."parentCode" LEFT JOIN "Jurisdiction" AS g ON g.code = p."parentCode"`;

/**
 * A handful of queries whatever the scale, each returning what the page shows rather than every
 * figure of every year: the ranked figures with their places (each place's latest from
 * LatestValue, one row per place; or the chosen year's through the [key, scope, isCurrent, year]
 * index), the count and median per year computed in the database, the places per scope, and the
 * provinces with figures. Read right after a write, nothing sorts all years' figures again
 * (a national ranking once read 22,000 rows to show 200).
 */
async function readIndicatorRanking(q: IndicatorRankingQuery): Promise<IndicatorRanking | null> {
  const def = getIndicator(q.key);
  if (!def) return null;
  const scope = q.scope ?? def.defaultScope;
  const prisma = getPrisma();
  const prefix = q.province && /^\d{2}0000$/.test(q.province) ? q.province.slice(0, 2) : null;
  const filter = placeFilter(prefix, q.level);
  const year = q.year ?? null;
  const tolerance = year === null ? (q.tolerance ?? null) : null;

  // "reviewed only": each place's latest reviewed figure, which LatestValue (every figure's latest) does not keep
  const reviewed = q.reviewed ? Prisma.sql`AND v."reviewedAt" IS NOT NULL` : Prisma.empty;
  const [rows, trendRows, scopeGroups, provinces] = await Promise.all([
    year !== null
      ? prisma.$queryRaw<RankedRow[]>`
          SELECT ${RANKED_COLUMNS} FROM "IndicatorValue" AS v ${PLACE_JOINS}
          WHERE v.key = ${def.key} AND v.scope = ${scope}::"Scope" AND v."isCurrent" AND v.year = ${year} ${reviewed} ${filter}`
      : q.reviewed
        ? prisma.$queryRaw<RankedRow[]>`
            SELECT ${RANKED_COLUMNS} FROM (
              SELECT DISTINCT ON (v."jurisdictionCode") v.* FROM "IndicatorValue" AS v
              WHERE v.key = ${def.key} AND v.scope = ${scope}::"Scope" AND v."isCurrent" ${reviewed}
              ORDER BY v."jurisdictionCode", v.year DESC, v.id
            ) AS v ${PLACE_JOINS}
            WHERE TRUE ${filter}`
        : prisma.$queryRaw<RankedRow[]>`
            SELECT ${RANKED_COLUMNS} FROM "LatestValue" AS l JOIN "IndicatorValue" AS v ON v.id = l."valueId" ${PLACE_JOINS}
            WHERE l.key = ${def.key} AND l.scope = ${scope}::"Scope" ${filter}`,
    // the places' level is joined only when filtered by it: the join doubled the cost at national scale
    prisma.$queryRaw<{ year: number; count: number; median: number }[]>`
      SELECT v.year, count(*)::int AS count, percentile_cont(0.5) WITHIN GROUP (ORDER BY v.value) AS median
      FROM "IndicatorValue" AS v ${q.level ? Prisma.sql`JOIN "Jurisdiction" AS j ON j.code = v."jurisdictionCode"` : Prisma.empty}
      WHERE v.key = ${def.key} AND v.scope = ${scope}::"Scope" AND v."isCurrent" ${reviewed} ${filter}
      GROUP BY v.year ORDER BY v.year`,
    q.reviewed
      ? prisma.$queryRaw<{ scope: Scope; _count: { _all: number } }[]>`
          SELECT v.scope, json_build_object('_all', count(DISTINCT v."jurisdictionCode")::int) AS "_count"
          FROM "IndicatorValue" AS v WHERE v.key = ${def.key} AND v."isCurrent" ${reviewed} GROUP BY v.scope`
      : prisma.latestValue.groupBy({ by: ["scope"], where: { key: def.key }, _count: { _all: true } }),
    prisma.$queryRaw<{ code: string; name: string }[]>`
      SELECT j.code, j.name FROM "Jurisdiction" AS j
      WHERE j.code IN (SELECT DISTINCT "provinceCode" FROM "LatestValue" WHERE key = ${def.key} AND scope = ${scope}::"Scope")
      ORDER BY j.code`,
  ]);

  const { kept, tooOld } = year === null ? applyTolerance(rows, tolerance) : { kept: rows, tooOld: [] };
  const lowerIsBetter = def.higherIsBetter === false;
  const ordered = kept.sort((a, b) => (lowerIsBetter ? a.value - b.value : b.value - a.value) || a.code.localeCompare(b.code));
  const ranks = ordered.length >= MIN_RANKED ? rankInOrder(ordered.map((v) => v.value)) : null;
  const entries: RankingEntry[] = ordered.map(({ parent, grandparent, warnings, ...v }, i) => ({
    ...v,
    rank: ranks ? ranks[i] : null,
    parentNames: [grandparent, parent].filter((n): n is string => Boolean(n)),
    warnings: warningMessages(warnings),
  }));

  const scopeCounts: Record<Scope, number> = { area: 0, own: 0 };
  for (const g of scopeGroups) scopeCounts[g.scope] = g._count._all;
  const trend = trendRows.map((t) => ({ year: t.year, count: t.count, median: Number(t.median) }));
  return { key: def.key, scope, scopeCounts, provinces, years: trend.map((t) => t.year), year, tolerance, tooOld: tooOld.length, entries, trend };
}

/** Cached until the data changes (see cached-query.ts). */
export const getIndicatorRanking = cachedQuery(readIndicatorRanking);
