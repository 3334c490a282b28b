import { getPrisma, type Prisma } from "../db/client";
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
  /** "reviewed" once a person has reviewed the figure, else "unreviewed" (as extracted) */
  status: "reviewed" | "unreviewed";
  /** the figure before a person corrected it, who did and when; empty while never corrected */
  originalValue: number | null;
  editedBy: string | null;
  editedAt: string | null;
  reviewedBy: string | null;
  evidence: string;
  reportId: number;
}

export type ValuesFilter = Omit<ListValuesQuery, "format" | "limit">;

/** The values the pages show (one per jurisdiction-year-key-scope: see settleCurrent), filtered. */
export function valuesWhere(q: ValuesFilter): Prisma.IndicatorValueWhereInput {
  return {
    isCurrent: true,
    ...(q.key ? { key: q.key } : {}),
    ...(q.jurisdiction ? { jurisdictionCode: q.jurisdiction } : {}),
    ...(q.year ? { year: q.year } : {}),
    ...(q.scope ? { scope: q.scope } : {}),
    ...(q.reviewed ? { reviewedAt: { not: null } } : {}),
  };
}

export const VALUES_ORDER: Prisma.IndicatorValueOrderByWithRelationInput[] = [{ key: "asc" }, { jurisdictionCode: "asc" }, { year: "asc" }, { id: "asc" }];

const valueSelect = {
  id: true, key: true, jurisdictionCode: true, year: true, scope: true, value: true, unit: true,
  approx: true, derived: true, editedAt: true, editedBy: true, originalValue: true, reviewedAt: true, reviewedBy: true, evidence: true, reportId: true,
} satisfies Prisma.IndicatorValueSelect;

/** Rows as the API and the CSV give them, with the places' names (one query for the distinct places, not a join per row). */
export async function withPlaceNames(rows: Prisma.IndicatorValueGetPayload<{ select: typeof valueSelect }>[]): Promise<ValueRow[]> {
  const places = await getPrisma().jurisdiction.findMany({
    where: { code: { in: [...new Set(rows.map((r) => r.jurisdictionCode))] } },
    select: { code: true, name: true },
  });
  const nameOf = new Map(places.map((p) => [p.code, p.name]));
  return rows.map(({ editedAt, reviewedAt, ...v }) => ({
    ...v,
    jurisdictionName: nameOf.get(v.jurisdictionCode) ?? v.jurisdictionCode,
    edited: editedAt !== null,
    editedAt: editedAt?.toISOString() ?? null,
    status: reviewedAt !== null ? ("reviewed" as const) : ("unreviewed" as const),
  }));
}

/** The first `limit` matching values (all without one), in VALUES_ORDER. */
export async function readValues(q: ValuesFilter, limit?: number): Promise<ValueRow[]> {
  return withPlaceNames(await getPrisma().indicatorValue.findMany({ where: valuesWhere(q), orderBy: VALUES_ORDER, take: limit, select: valueSelect }));
}

/** The given values (those still shown), in the order of `ids`. */
export async function readValuesById(ids: number[]): Promise<ValueRow[]> {
  const rows = await getPrisma().indicatorValue.findMany({ where: { id: { in: ids }, isCurrent: true }, select: valueSelect });
  const at = new Map(ids.map((id, i) => [id, i]));
  return withPlaceNames(rows.sort((a, b) => at.get(a.id)! - at.get(b.id)!));
}

/** Values for charts and scripts, at most `limit` (see countValues for how many there are). Cached until the data changes. */
export const listValues = cachedQuery((q: ValuesFilter & { limit: number }) => readValues(q, q.limit));

/** How many values match: an answer cut at a limit says so. Cached until the data changes. */
export const countValues = cachedQuery((q: ValuesFilter) => getPrisma().indicatorValue.count({ where: valuesWhere(q) }));
