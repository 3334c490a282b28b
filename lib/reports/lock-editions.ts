import type { Prisma } from "../db/client";

/**
 * Makes writers of the same jurisdiction-year-kind take turns until the transaction ends. Without
 * it two new editions written at once on a PostgreSQL server each find no other current edition,
 * and both stay current. Call it first in the transaction: every write also takes the DataVersion
 * row (a trigger), and a lock taken after that could deadlock with another writer. Keys are
 * locked in sorted order for the same reason.
 */
export async function lockEditions(tx: Prisma.TransactionClient, editions: { code: string; year: number; kind: string }[]) {
  const keys = [...new Set(editions.map((e) => `${e.code}/${e.year}/${e.kind}`))].sort();
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(k)) FROM unnest(${keys}::text[]) AS e(k)`;
}
