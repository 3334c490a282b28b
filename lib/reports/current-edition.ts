import type { Prisma } from "../db/client";
import type { ReportKind } from "../extract/types";

export interface EditionSlot {
  code: string;
  year: number;
  kind: ReportKind;
}

/**
 * Of the reports of one jurisdiction-year-kind, the newest upload is the current edition and no
 * other is. Run it after anything that moves a report into or out of the slot, inside the
 * transaction that holds the slot's lock (lockEditions), then settle the year's values
 * (settleCurrentValues).
 */
export async function makeNewestCurrent(tx: Prisma.TransactionClient, slot: EditionSlot): Promise<void> {
  const where = { jurisdictionCode: slot.code, year: slot.year, kind: slot.kind };
  const newest = await tx.report.findFirst({ where, orderBy: [{ uploadedAt: "desc" }, { id: "desc" }], select: { id: true, isCurrent: true } });
  if (!newest) return;
  await tx.report.updateMany({ where: { ...where, isCurrent: true, id: { not: newest.id } }, data: { isCurrent: false } });
  if (!newest.isCurrent) await tx.report.update({ where: { id: newest.id }, data: { isCurrent: true } });
}
