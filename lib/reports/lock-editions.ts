import type { Prisma } from "../db/client";

/** A jurisdiction and year: the unit writers take turns on. */
export interface PlaceYear {
  code: string;
  year: number;
}

/**
 * Makes writers of the same jurisdiction-year take turns until the transaction ends. Without it
 * two new editions written at once on a PostgreSQL server each find no other current edition and
 * both stay current, and two reports of different kinds each settle the year's values
 * (settleCurrent) without seeing the other's. The lock is per year, not per kind, because
 * an annual report and a news item of one year compete for the same figures.
 *
 * One lock order everywhere, so that no two writers ever wait for each other:
 *   1. these locks, all a transaction needs, in one call (keys sorted here);
 *   2. then row locks (SELECT … FOR UPDATE of a value or report);
 *   3. then writes, each of which also takes the DataVersion row (a trigger).
 * A transaction that locked a row or wrote before calling this could deadlock with one that
 * holds the place-year and waits for that row (a value edit against a year change once did).
 */
export async function lockEditions(tx: Prisma.TransactionClient, places: PlaceYear[]) {
  const keys = [...new Set(places.map((p) => `${p.code}/${p.year}`))].sort();
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(k)) FROM unnest(${keys}::text[]) AS e(k)`;
}
