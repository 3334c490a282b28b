import { ancestors, getByCode } from "../gazetteer";
import { getPrisma } from "../db/client";
import type { JurisdictionLevel } from "../db/client";
import { cachedQuery } from "./cached-query";

export interface RelativePlace {
  code: string;
  name: string;
  level: JurisdictionLevel;
  reportCount: number;
}

export interface ReportedRelatives {
  /** the places above, nearest first, each with how many reports it has (0: none) */
  parents: RelativePlace[];
  /** places below it (any depth) that have reports, by code */
  below: RelativePlace[];
}

/** A division code's descendants share its non-zero prefix: 620000 → 62, 621000 → 6210. */
const descendantPrefix = (code: string) => (code.endsWith("0000") ? code.slice(0, 2) : code.endsWith("00") ? code.slice(0, 4) : code);

/**
 * Where a person can go from a place: its parents and the places under it that have reports. A
 * place without reports of its own (北京, a province whose cities publish but which does not)
 * points there instead of being a dead end.
 */
async function readReportedRelatives(code: string): Promise<ReportedRelatives> {
  const place = getByCode(code);
  if (!place) return { parents: [], below: [] };
  const above = ancestors(code);
  const prefix = descendantPrefix(code);
  const [counts, below] = await Promise.all([
    getPrisma().report.groupBy({ by: ["jurisdictionCode"], where: { jurisdictionCode: { in: above.map((a) => a.code!) } }, _count: { _all: true } }),
    prefix === code
      ? Promise.resolve([])
      : getPrisma().jurisdiction.findMany({
          where: { code: { startsWith: prefix, not: code }, reports: { some: {} } },
          select: { code: true, name: true, level: true, _count: { select: { reports: true } } },
          orderBy: { code: "asc" },
        }),
  ]);
  const countOf = new Map(counts.map((c) => [c.jurisdictionCode, c._count._all]));
  return {
    parents: above.map((a) => ({ code: a.code!, name: a.name, level: a.level, reportCount: countOf.get(a.code!) ?? 0 })),
    below: below.map((j) => ({ code: j.code, name: j.name, level: j.level, reportCount: j._count.reports })),
  };
}

/** Cached until the data changes (see cached-query.ts). */
export const getReportedRelatives = cachedQuery(readReportedRelatives);
