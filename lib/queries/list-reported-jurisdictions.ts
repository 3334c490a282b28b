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

/** Every jurisdiction that has at least one report, with the years it has reports for. */
async function readReportedJurisdictions(): Promise<ReportedJurisdiction[]> {
  const prisma = getPrisma();
  const groups = await prisma.report.groupBy({
    by: ["jurisdictionCode", "year"],
    _count: { _all: true },
  });
  if (groups.length === 0) return [];
  const codes = [...new Set(groups.map((g) => g.jurisdictionCode))];
  const rows = await prisma.jurisdiction.findMany({
    where: { code: { in: codes } },
    select: { code: true, name: true, level: true, parent: { select: { name: true, parent: { select: { name: true } } } } },
  });
  // grouped once: filtering the ~35,000 groups per place was quadratic at national scale
  const byPlace = new Map<string, typeof groups>();
  for (const g of groups) byPlace.set(g.jurisdictionCode, [...(byPlace.get(g.jurisdictionCode) ?? []), g]);
  return rows
    .map((j) => {
      const mine = byPlace.get(j.code) ?? [];
      const parentNames = [j.parent?.parent?.name, j.parent?.name].filter((n): n is string => Boolean(n));
      return {
        code: j.code,
        name: j.name,
        level: j.level,
        parentNames,
        years: mine.map((g) => g.year).sort((a, b) => a - b),
        reportCount: mine.reduce((n, g) => n + g._count._all, 0),
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** Cached until the data changes (see cached-query.ts). */
export const listReportedJurisdictions = cachedQuery(readReportedJurisdictions);
