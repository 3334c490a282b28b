import type { Prisma } from "../db/client";
import type { PlaceYear } from "./lock-editions";

/**
 * Marks, for every key and scope of these jurisdiction-years, the one value the pages show: of
 * the current editions that are not plans, the annual report's, else the newest report's
 * (the database function settle_current_values, migration one_value_per_slot_and_edit_history).
 * Call it after any write that adds, removes or moves values or changes a report's edition,
 * year or kind, in the same transaction and under the places' locks (lockEditions).
 */
export async function settleCurrentValues(tx: Prisma.TransactionClient, places: PlaceYear[]): Promise<void> {
  if (places.length === 0) return;
  await tx.$executeRaw`SELECT settle_current_values(${places.map((p) => p.code)}::char(6)[], ${places.map((p) => p.year)}::int[])`;
}
