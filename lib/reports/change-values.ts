import type { Prisma } from "../db/client";
import { AppError } from "../errors/app-error";
import { describeRange, getIndicator, isPlausibleValue } from "../indicators";
import { settleLatest } from "./current-values";

/** One correction of an extracted value: a new figure, or its removal. */
export interface ValueChange {
  id: number;
  value?: number;
  remove?: boolean;
  /** the value the editor saw; when it changed meanwhile the change is refused instead of mixing two people's work */
  expectedValue?: number;
}

export const noSuchValue = () => new AppError("not_found", "没有这个数值。No such value.");
const stale = () => new AppError("conflict", "该数值已被他人修改,请刷新后再改。Someone else changed this value; reload and try again.");

function implausible(key: string, value: number): AppError {
  const def = getIndicator(key);
  const range = def ? describeRange(def) : { zh: "?", en: "?" };
  return new AppError(
    "bad_request",
    `${value} 不是「${def?.zh ?? key}」的合理数值(${range.zh})。${value} is not a plausible value of ${def?.en ?? key} (${range.en}).`,
  );
}

/**
 * Applies corrections inside the caller's transaction, all or none: every row is locked first
 * (in id order, so two batches cannot wait on each other; the caller holds the place-years'
 * locks already, lock-editions.ts), every check passes before anything is written (the value
 * seen, the key's plausible range), and a failed check throws, rolling back the whole
 * transaction. Every change is added to the value's history. `reportId`: the values must all
 * belong to that report.
 */
export async function changeValues(tx: Prisma.TransactionClient, changes: ValueChange[], by: string, reportId?: number): Promise<void> {
  if (changes.length === 0) return;
  const ids = changes.map((c) => c.id).sort((a, b) => a - b);
  if (new Set(ids).size !== ids.length) throw new AppError("bad_request", "同一数值不能改两次。A value is changed twice in one request.");
  // lock the rows first: two people saving at once then take turns, and the second one's check
  // sees the first one's value (a plain read let both pass and the first edit vanish)
  const rows = await tx.$queryRaw<{ id: number; key: string; value: number; reportId: number; jurisdictionCode: string }[]>`
    SELECT id, key, value, "reportId", "jurisdictionCode" FROM "IndicatorValue" WHERE id = ANY(${ids}::int[]) ORDER BY id FOR UPDATE`;
  const current = new Map(rows.map((r) => [r.id, r]));
  for (const change of changes) {
    const row = current.get(change.id);
    if (!row || (reportId !== undefined && row.reportId !== reportId)) throw noSuchValue();
    if (change.expectedValue !== undefined && row.value !== change.expectedValue) throw stale();
    if (!change.remove && change.value !== undefined && !isPlausibleValue(row.key, change.value)) throw implausible(row.key, change.value);
  }
  const removed = changes.filter((c) => c.remove).map((c) => c.id);
  if (removed.length) await tx.indicatorValue.deleteMany({ where: { id: { in: removed } } });
  const editedAt = new Date();
  for (const change of changes) {
    if (change.remove || change.value === undefined) continue;
    await tx.valueEdit.create({ data: { valueId: change.id, fromValue: current.get(change.id)!.value, toValue: change.value, editedBy: by, editedAt } });
    await tx.indicatorValue.update({
      where: { id: change.id },
      // a person's correction checks the value too (an OCR value is no longer unreviewed)
      data: { value: change.value, previousValue: current.get(change.id)!.value, editedBy: by, editedAt, reviewedBy: by, reviewedAt: editedAt },
    });
  }
  // a corrected figure may be its place's latest; a removed one may have been (the caller settles
  // current values after a removal, which settles these again: the cost is one place's rows)
  await settleLatest(tx, rows.map((r) => r.jurisdictionCode));
}
