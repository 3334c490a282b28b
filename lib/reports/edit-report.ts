import { getPrisma, Prisma } from "../db/client";
import { AppError } from "../errors/app-error";
import type { ReportKind } from "../extract/types";
import { makeNewestCurrent, type EditionSlot } from "./current-edition";
import { lockEditions } from "./lock-editions";

const notFound = () => new AppError("not_found", "没有这份报告。No such report.");

function rethrowNotFound(e: unknown, error: () => AppError): never {
  if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2025") throw error();
  throw e;
}

const EDITION_FIELDS = { jurisdictionCode: true, year: true, kind: true } as const;
const slotOf = (r: { jurisdictionCode: string; year: number; kind: ReportKind }): EditionSlot => ({ code: r.jurisdictionCode, year: r.year, kind: r.kind });
const sameSlot = (a: EditionSlot, b: EditionSlot) => a.code === b.code && a.year === b.year && a.kind === b.kind;

/**
 * The report's jurisdiction-year-kind, locked (with `alsoLock`) for this transaction. It is read
 * before the lock (the lock must come before any write) and again after: when another edit moved
 * the report in between, this one is refused rather than working on a slot it does not hold.
 */
async function lockReportSlot(tx: Prisma.TransactionClient, id: number, alsoLock: (slot: EditionSlot) => EditionSlot[] = () => []): Promise<EditionSlot> {
  const read = await tx.report.findUnique({ where: { id }, select: EDITION_FIELDS });
  if (!read) throw notFound();
  const slot = slotOf(read);
  await lockEditions(tx, [slot, ...alsoLock(slot)]);
  const again = await tx.report.findUnique({ where: { id }, select: EDITION_FIELDS });
  if (!again) throw notFound();
  if (!sameSlot(slot, slotOf(again))) throw new AppError("conflict", "该报告刚被他人修改,请刷新后再改。Someone else just changed this report; reload and try again.");
  return slot;
}

/** Deletes a report with its values; when it was the current edition, the newest other one becomes current. */
export async function deleteReport(id: number): Promise<void> {
  await getPrisma().$transaction(async (tx) => {
    const slot = await lockReportSlot(tx, id);
    await tx.report.delete({ where: { id } });
    await makeNewestCurrent(tx, slot);
  });
}

/**
 * A person corrects the year or kind of a stored report; a plan keeps no values. The report
 * leaves one jurisdiction-year-kind for another: each then has its newest edition current again
 * (moving the current 2022 report to 2023 must not leave 2022 without one, nor 2023 with two).
 */
export async function updateReportMeta(id: number, patch: { year?: number; kind?: ReportKind }, by: string): Promise<void> {
  await getPrisma().$transaction(async (tx) => {
    const moved = (slot: EditionSlot): EditionSlot => ({ ...slot, year: patch.year ?? slot.year, kind: patch.kind ?? slot.kind });
    const before = await lockReportSlot(tx, id, (slot) => [moved(slot)]);
    const report = await tx.report.update({ where: { id }, data: patch, select: { kind: true } });
    if (patch.year) await tx.indicatorValue.updateMany({ where: { reportId: id }, data: { year: patch.year } });
    if (report.kind === "work_plan") await tx.indicatorValue.deleteMany({ where: { reportId: id } });
    await makeNewestCurrent(tx, before);
    await makeNewestCurrent(tx, moved(before));
    void by;
  });
}

export interface ValueEdit {
  value: number;
  /** the value the editor saw; when it changed meanwhile the edit is refused instead of mixing two people's work */
  expectedValue?: number;
}

/** A person corrects one extracted value; the previous value and who changed it are kept. */
export async function editValue(id: number, edit: ValueEdit, by: string) {
  const prisma = getPrisma();
  return prisma.$transaction(async (tx) => {
    // lock the row first: two people saving at once then take turns, and the second one's check
    // sees the first one's value (a plain read let both pass and the first edit vanish)
    const [current] = await tx.$queryRaw<{ value: number }[]>`SELECT value FROM "IndicatorValue" WHERE id = ${id} FOR UPDATE`;
    if (!current) throw new AppError("not_found", "没有这个数值。No such value.");
    if (edit.expectedValue !== undefined && current.value !== edit.expectedValue) {
      throw new AppError("conflict", "该数值已被他人修改,请刷新后再改。Someone else changed this value; reload and try again.");
    }
    return tx.indicatorValue.update({
      where: { id },
      data: { value: edit.value, previousValue: current.value, editedBy: by, editedAt: new Date() },
      select: { id: true, key: true, value: true, previousValue: true, editedBy: true, editedAt: true },
    });
  });
}

export async function deleteValue(id: number): Promise<void> {
  await getPrisma()
    .indicatorValue.delete({ where: { id } })
    .catch((e) => rethrowNotFound(e, () => new AppError("not_found", "没有这个数值。No such value.")));
}
