import type { Prisma } from "../db/client";
import type { PlaceYear } from "./lock-editions";

/**
 * Settles what speaks for these jurisdiction-years, in the database (migrations
 * one_value_per_slot_and_edit_history and department_reports):
 * - each jurisdiction-year-kind's current edition: its newest government report, and a
 *   department's own report only where there is no government's (settle_current_editions);
 * - each key and scope's one value the pages show: of the current editions that are not plans,
 *   the annual report's, a government's before a department's, else the newest
 *   (settle_current_values);
 * - each place's latest figure per key and scope, which the pages rank and compare by default
 *   (settle_latest_values, migration latest_values): refreshed here, in the writer's
 *   transaction, so no page has to sort every year's figures again after a write.
 * Call it after any write that adds, removes or moves reports or values or changes a report's
 * year or kind, in the same transaction and under the places' locks (lockEditions).
 */
export async function settleCurrent(tx: Prisma.TransactionClient, places: PlaceYear[]): Promise<void> {
  if (places.length === 0) return;
  const codes = places.map((p) => p.code);
  const years = places.map((p) => p.year);
  await tx.$executeRaw`SELECT settle_current_editions(${codes}::char(6)[], ${years}::int[])`;
  await tx.$executeRaw`SELECT settle_current_values(${codes}::char(6)[], ${years}::int[])`;
  await settleLatest(tx, codes);
}

/** Rebuilds these places' latest figures (settle_latest_values): after anything that changes a current value. */
export async function settleLatest(tx: Prisma.TransactionClient, codes: string[]): Promise<void> {
  if (codes.length === 0) return;
  await tx.$executeRaw`SELECT settle_latest_values(${[...new Set(codes)]}::char(6)[])`;
}
