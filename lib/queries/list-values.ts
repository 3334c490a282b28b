import { getPrisma } from "../db/client";
import { toCsv } from "../csv";
import { cachedQuery } from "./cached-query";
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
async function readValues(q: Omit<ListValuesQuery, "format">): Promise<ValueRow[]> {
  const prisma = getPrisma();
  const rows = await prisma.indicatorValue.findMany({
    where: {
      isCurrent: true,
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
    },
  });
  // names in one query for the distinct places, not a join repeated on every row
  const places = await prisma.jurisdiction.findMany({
    where: { code: { in: [...new Set(rows.map((r) => r.jurisdictionCode))] } },
    select: { code: true, name: true },
  });
  const nameOf = new Map(places.map((p) => [p.code, p.name]));
  return rows.map(({ editedAt, ...v }) => ({ ...v, jurisdictionName: nameOf.get(v.jurisdictionCode) ?? v.jurisdictionCode, edited: editedAt !== null }));
}

/** Cached until the data changes (see cached-query.ts). */
export const listValues = cachedQuery(readValues);

/** The CSV export of listValues, cached as text: at national scale formatting is most of its cost. */
export const getValuesCsv = cachedQuery(
  async (q: Omit<ListValuesQuery, "format">, columns: string[]) => toCsv(columns, (await readValues(q)) as unknown as Record<string, unknown>[]),
  { maxEntries: 16 },
);
