import { getPrisma, type Prisma } from "../db/client";
import { AppError } from "../errors/app-error";
import type { ReportKind } from "../extract/types";
import { settleCurrent } from "./current-values";
import { changeValues, type ValueChange } from "./change-values";
import { lockEditions, type PlaceYear } from "./lock-editions";
import { dropFileIfUnused, lockFile } from "./stored-file";

/** one jurisdiction-year-kind: the slot a report's edition is current in or not */
export interface EditionSlot {
  code: string;
  year: number;
  kind: ReportKind;
}

const notFound = () => new AppError("not_found", "没有这份报告。No such report.");
const noValue = () => new AppError("not_found", "没有这个数值。No such value.");
const movedMeanwhile = () => new AppError("conflict", "该报告刚被他人修改,请刷新后再改。Someone else just changed this report; reload and try again.");

const EDITION_FIELDS = { jurisdictionCode: true, year: true, kind: true } as const;
const slotOf = (r: { jurisdictionCode: string; year: number; kind: ReportKind }): EditionSlot => ({ code: r.jurisdictionCode, year: r.year, kind: r.kind });
const sameSlot = (a: EditionSlot, b: EditionSlot) => a.code === b.code && a.year === b.year && a.kind === b.kind;

/**
 * The report's jurisdiction-year, locked (with `alsoLock`) for this transaction. It is read
 * before the lock (the lock must come before any other lock or write: lock-editions.ts) and again
 * after: when another edit moved the report in between, this one is refused rather than working
 * on a slot it does not hold.
 */
async function lockReportSlot(tx: Prisma.TransactionClient, id: number, alsoLock: (slot: EditionSlot) => EditionSlot[] = () => []): Promise<EditionSlot> {
  const read = await tx.report.findUnique({ where: { id }, select: EDITION_FIELDS });
  if (!read) throw notFound();
  const slot = slotOf(read);
  await lockEditions(tx, [slot, ...alsoLock(slot)]);
  const again = await tx.report.findUnique({ where: { id }, select: EDITION_FIELDS });
  if (!again) throw notFound();
  if (!sameSlot(slot, slotOf(again))) throw movedMeanwhile();
  return slot;
}

/**
 * Deletes a report with its values, and its original file when no other report uses it; when it
 * was the current edition, the newest other one becomes current.
 */
export async function deleteReport(id: number): Promise<void> {
  await getPrisma().$transaction(async (tx) => {
    const slot = await lockReportSlot(tx, id);
    const { originalSha256 } = (await tx.report.findUnique({ where: { id }, select: { originalSha256: true } })) ?? {};
    // row locks before writes (lock-editions.ts): the file's, then the report's delete
    if (originalSha256) await lockFile(tx, originalSha256);
    await tx.report.delete({ where: { id } });
    // its original goes with it, unless another report was read from the same bytes
    if (originalSha256) await dropFileIfUnused(tx, originalSha256);
    await settleCurrent(tx, [slot]);
  });
}

/** What a person corrects on the review screen, saved all or none. */
export interface ReportCorrection {
  year?: number;
  kind?: ReportKind;
  values?: ValueChange[];
  /** the person checked every value against the original: OCR values are reviewed from now on */
  reviewed?: boolean;
}

/**
 * A person corrects a stored report: its year or kind, and its values, in one transaction, so a
 * save succeeds whole or changes nothing (and can be sent again). Every change is recorded (who,
 * when, from, to). A report that moves to another jurisdiction-year-kind leaves each with its
 * current edition settled again (moving the current 2022 report to 2023 must not leave 2022
 * without one, nor 2023 with two). Its values go with it; as a plan's they are current for
 * nothing (a target is not an achievement) but kept, corrections included, for when a person
 * finds it was not a plan after all.
 */
export async function correctReport(id: number, correction: ReportCorrection, by: string): Promise<void> {
  const { values = [], reviewed, ...patch } = correction;
  await getPrisma().$transaction(async (tx) => {
    const moved = (slot: EditionSlot): EditionSlot => ({ ...slot, year: patch.year ?? slot.year, kind: patch.kind ?? slot.kind });
    const before = await lockReportSlot(tx, id, (slot) => [moved(slot)]);
    const after = moved(before);
    await changeValues(tx, values, by, id);
    const changes = (["year", "kind"] as const).filter((field) => before[field] !== after[field]);
    if (changes.length > 0) {
      await tx.report.update({ where: { id }, data: { year: after.year, kind: after.kind } });
      if (after.year !== before.year) await tx.indicatorValue.updateMany({ where: { reportId: id }, data: { year: after.year } });
      await tx.reportEdit.createMany({
        data: changes.map((field) => ({ reportId: id, field, fromValue: String(before[field]), toValue: String(after[field]), editedBy: by })),
      });
    }
    if (reviewed) {
      await tx.indicatorValue.updateMany({ where: { reportId: id, ocr: true, reviewedAt: null }, data: { reviewedBy: by, reviewedAt: new Date() } });
    }
    if (changes.length > 0 || values.some((v) => v.remove)) await settleCurrent(tx, [before, after]);
  });
}

/** A person corrects the year or kind of a stored report (see correctReport). */
export const updateReportMeta = (id: number, patch: { year?: number; kind?: ReportKind }, by: string) => correctReport(id, patch, by);

type LockedValue = { key: string; value: number; place: PlaceYear };

/**
 * A value's jurisdiction-year locked, then its row (the order of lock-editions.ts). It is read
 * first without a lock to know which year to lock, and again under it; null when its report
 * moved to another year in between (then the year this transaction holds is the wrong one).
 */
async function lockValue(tx: Prisma.TransactionClient, id: number): Promise<LockedValue | null> {
  const seen = await tx.indicatorValue.findUnique({ where: { id }, select: { jurisdictionCode: true, year: true } });
  if (!seen) throw noValue();
  const place = { code: seen.jurisdictionCode, year: seen.year };
  await lockEditions(tx, [place]);
  const [row] = await tx.$queryRaw<{ key: string; value: number; year: number }[]>`
    SELECT key, value, year FROM "IndicatorValue" WHERE id = ${id} FOR UPDATE`;
  if (!row) throw noValue();
  return row.year === place.year ? { key: row.key, value: row.value, place } : null;
}

/**
 * `work` in a transaction holding the value's locks. A value whose report was moved to another
 * year while this waited is tried again from the start (taking the second year's lock on top of
 * the first could deadlock with the move back), a few times before giving up with a 409.
 */
async function withLockedValue<T>(id: number, work: (tx: Prisma.TransactionClient, locked: LockedValue) => Promise<T>): Promise<T> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const done = await getPrisma().$transaction(async (tx) => {
      const locked = await lockValue(tx, id);
      return locked ? { result: await work(tx, locked) } : null;
    });
    if (done) return done.result;
  }
  throw movedMeanwhile();
}

export type ValueEdit = Required<Pick<ValueChange, "value">> & Pick<ValueChange, "expectedValue">;


/** A person corrects one extracted value (changeValues: refused outside its key's plausible range; every change kept in its history). */
export async function editValue(id: number, edit: ValueEdit, by: string) {
  return withLockedValue(id, async (tx) => {
    await changeValues(tx, [{ id, ...edit }], by);
    return tx.indicatorValue.findUniqueOrThrow({
      where: { id },
      select: { id: true, key: true, value: true, previousValue: true, editedBy: true, editedAt: true },
    });
  });
}

/** Removes a wrongly extracted value; another report's figure for the same slot, if any, then speaks for it. */
export async function deleteValue(id: number): Promise<void> {
  await withLockedValue(id, async (tx, { place }) => {
    await changeValues(tx, [{ id, remove: true }], "");
    await settleCurrent(tx, [place]);
  });
}
