import { getPrisma } from "../db/client";
import type { ListValuesQuery } from "../http/list-query";

export interface ValueRow {
  id: number;
  key: string;
  jurisdictionCode: string;
  jurisdictionName: string;
  year: number;
  scope: "area" | "own";
  value: number;
  unit: string;
  approx: boolean;
  derived: boolean;
  edited: boolean;
  evidence: string;
  reportId: number;
}

/** Values of current report editions, for charts, scripts and CSV export. */
export async function listValues(q: Omit<ListValuesQuery, "format">): Promise<ValueRow[]> {
  const rows = await getPrisma().indicatorValue.findMany({
    where: {
      report: { isCurrent: true },
      ...(q.key ? { key: q.key } : {}),
      ...(q.jurisdiction ? { jurisdictionCode: q.jurisdiction } : {}),
      ...(q.year ? { year: q.year } : {}),
      ...(q.scope ? { scope: q.scope } : {}),
    },
    orderBy: [{ key: "asc" }, { jurisdictionCode: "asc" }, { year: "asc" }],
    take: q.limit,
    select: {
      id: true, key: true, jurisdictionCode: true, year: true, scope: true, value: true, unit: true,
      approx: true, derived: true, editedAt: true, evidence: true, reportId: true,
      report: { select: { jurisdiction: { select: { name: true } } } },
    },
  });
  return rows.map(({ report, editedAt, ...v }) => ({ ...v, jurisdictionName: report.jurisdiction.name, edited: editedAt !== null }));
}
