import { getPrisma } from "../db/client";
import { cachedQuery } from "./cached-query";
import type { JurisdictionLevel } from "../db/client";

export interface ReportedJurisdiction {
  code: string;
  name: string;
  level: JurisdictionLevel;
  /** official names from the province down, excluding the jurisdiction itself */
  parentNames: string[];
  years: number[];
  reportCount: number;
}

/**
 * Every jurisdiction that has at least one report, with the years it has reports for: one
 * statement, grouped in the database (~35,000 reports to ~3,200 rows at national scale), with
 * the parents' names joined there rather than fetched per level.
 */
async function readReportedJurisdictions(): Promise<ReportedJurisdiction[]> {
  const rows = await getPrisma().$queryRaw<(Omit<ReportedJurisdiction, "parentNames"> & { parent: string | null; grandparent: string | null })[]>`
    SELECT j.code, j.name, j.level, p.name AS parent, g.name AS grandparent, r.years, r."reportCount"
    FROM (SELECT "jurisdictionCode" AS code, array_agg(DISTINCT year ORDER BY year) AS years, count(*)::int AS "reportCount"
          FROM "Report" GROUP BY 1) AS r
    JOIN "Jurisdiction" AS j ON j.code = r.code
    LEFT JOIN "Jurisdiction" AS p ON p.code = j."parentCode" LEFT JOIN "Jurisdiction" AS g ON g.code = p."parentCode"
    ORDER BY j.code`;
  return rows.map(({ parent, grandparent, ...j }) => ({ ...j, parentNames: [grandparent, parent].filter((n): n is string => Boolean(n)) }));
}

/** Cached until the data changes (see cached-query.ts). */
export const listReportedJurisdictions = cachedQuery(readReportedJurisdictions);
