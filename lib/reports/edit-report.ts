import { getPrisma, type Prisma } from "../db/client";
import { AppError } from "../errors/app-error";
import type { ReportKind } from "../extract/types";
import { changeValues, type ValueChange } from "./change-values";
import { makeNewestCurrent, type EditionSlot } from "./current-edition";
import { lockEditions } from "./lock-editions";

const notFound = () => new AppError("not_found", "没有这份报告。No such report.");

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

/** What a person corrects on the review screen, saved all or none. */
export interface ReportCorrection {
  year?: number;
  kind?: ReportKind;
  values?: ValueChange[];
}

/**
 * A person corrects a stored report: its year or kind, and its values, in one transaction, so a
 * save succeeds whole or changes nothing (and can be sent again). A plan keeps no values. A
 * report that moves to another jurisdiction-year-kind leaves each with its newest edition
 * current (moving the current 2022 report to 2023 must not leave 2022 without one, nor 2023 with two).
 */
export async function correctReport(id: number, correction: ReportCorrection, by: string): Promise<void> {
  const { values = [], ...patch } = correction;
  await getPrisma().$transaction(async (tx) => {
    const moved = (slot: EditionSlot): EditionSlot => ({ ...slot, year: patch.year ?? slot.year, kind: patch.kind ?? slot.kind });
    const before = await lockReportSlot(tx, id, (slot) => [moved(slot)]);
    await changeValues(tx, values, by, id);
    if (patch.year === undefined && patch.kind === undefined) return;
    const report = await tx.report.update({ where: { id }, data: patch, select: { kind: true } });
    if (patch.year) await tx.indicatorValue.updateMany({ where: { reportId: id }, data: { year: patch.year } });
    if (report.kind === "work_plan") await tx.indicatorValue.deleteMany({ where: { reportId: id } });
    await makeNewestCurrent(tx, before);
    await makeNewestCurrent(tx, moved(before));
  });
}

/** A person corrects the year or kind of a stored report (see correctReport). */
export const updateReportMeta = (id: number, patch: { year?: number; kind?: ReportKind }, by: string) => correctReport(id, patch, by);

export type ValueEdit = Required<Pick<ValueChange, "value">> & Pick<ValueChange, "expectedValue">;

/** A person corrects one extracted value; the previous value and who changed it are kept. */
export async function editValue(id: number, edit: ValueEdit, by: string) {
  return getPrisma().$transaction(async (tx) => {
    await changeValues(tx, [{ id, ...edit }], by);
    return tx.indicatorValue.findUniqueOrThrow({
      where: { id },
      select: { id: true, key: true, value: true, previousValue: true, editedBy: true, editedAt: true },
    });
  });
}

export async function deleteValue(id: number): Promise<void> {
  await getPrisma().$transaction((tx) => changeValues(tx, [{ id, remove: true }], ""));
}
