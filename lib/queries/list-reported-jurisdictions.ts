import { getPrisma } from "../db/client";
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
export async function listReportedJurisdictions(): Promise<ReportedJurisdiction[]> {
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
  return rows
    .map((j) => {
      const mine = groups.filter((g) => g.jurisdictionCode === j.code);
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
