import type { Prisma } from "../db/client";
import { AppError } from "../errors/app-error";
import { describeRange, getIndicator, isPlausibleValue, type Scope } from "../indicators";
import { spanOf, type TextSpan } from "./text-span";

/** One correction of a stored value: a new figure, scope or evidence, or its removal. */
export interface ValueChange {
  id: number;
  value?: number;
  /** the scope the figure speaks for: the whole area or the government itself */
  scope?: Scope;
  /** another passage of the report becomes its evidence (offsets into the report's text) */
  evidence?: TextSpan;
  remove?: boolean;
  /** the value the editor saw; when it changed meanwhile the change is refused instead of mixing two people's work */
  expectedValue?: number;
  /** the scope the editor saw, likewise */
  expectedScope?: Scope;
}

export const noSuchValue = () => new AppError("not_found", "没有这个数值。No such value.");
const stale = () => new AppError("conflict", "该数值已被他人修改,请刷新后再改。Someone else changed this value; reload and try again.");

export function implausible(key: string, value: number): AppError {
  const def = getIndicator(key);
  const range = def ? describeRange(def) : { zh: "?", en: "?" };
  return new AppError(
    "bad_request",
    `${value} 不是「${def?.zh ?? key}」的合理数值(${range.zh})。${value} is not a plausible value of ${def?.en ?? key} (${range.en}).`,
  );
}

type LockedRow = {
  id: number; key: string; scope: Scope; value: number; reportId: number; jurisdictionCode: string; evidenceStart: number; evidenceEnd: number;
};

/** What the change leaves of a value: its key and scope (null when removed), to check slots after all changes. */
export interface ChangedSlot {
  id: number;
  key: string;
  scope: Scope | null;
}

/**
 * Applies corrections inside the caller's transaction, all or none: every row is locked first
 * (in id order, so two batches cannot wait on each other; the caller holds the place-years'
 * locks already, lock-editions.ts), every check passes before anything is written (the value
 * and scope seen, the key's plausible range, evidence inside the text), and a failed check
 * throws, rolling back the whole transaction. Every change is recorded: a new figure in the
 * value's history (ValueEdit), a removal, a scope or an evidence in the report's (ReportEdit:
 * a removed row takes its own history with it). `reportId`: the values must all belong to that
 * report; `text` (the report's) is needed only to re-point evidence.
 */
export async function changeValues(
  tx: Prisma.TransactionClient,
  changes: ValueChange[],
  by: string,
  reportId?: number,
  text?: string,
): Promise<ChangedSlot[]> {
  if (changes.length === 0) return [];
  const ids = changes.map((c) => c.id).sort((a, b) => a - b);
  if (new Set(ids).size !== ids.length) throw new AppError("bad_request", "同一数值不能改两次。A value is changed twice in one request.");
  // lock the rows first: two people saving at once then take turns, and the second one's check
  // sees the first one's value (a plain read let both pass and the first edit vanish)
  const rows = await tx.$queryRaw<LockedRow[]>`
    SELECT id, key, scope::text AS scope, value, "reportId", "jurisdictionCode", "evidenceStart", "evidenceEnd"
    FROM "IndicatorValue" WHERE id = ANY(${ids}::int[]) ORDER BY id FOR UPDATE`;
  const current = new Map(rows.map((r) => [r.id, r]));
  for (const change of changes) {
    const row = current.get(change.id);
    if (!row || (reportId !== undefined && row.reportId !== reportId)) throw noSuchValue();
    if (change.expectedValue !== undefined && row.value !== change.expectedValue) throw stale();
    if (change.expectedScope !== undefined && row.scope !== change.expectedScope) throw stale();
    if (!change.remove && change.value !== undefined && !isPlausibleValue(row.key, change.value)) throw implausible(row.key, change.value);
    if (!change.remove && change.evidence) spanOf(text ?? "", change.evidence);
  }
  const editedAt = new Date();
  const log = (row: LockedRow, field: string, fromValue: string, toValue: string): Prisma.ReportEditCreateManyInput => ({
    reportId: row.reportId, field, fromValue, toValue, editedBy: by, editedAt, valueId: row.id, key: row.key, scope: row.scope,
  });
  const reportEdits: Prisma.ReportEditCreateManyInput[] = [];
  const removed = changes.filter((c) => c.remove).map((c) => current.get(c.id)!);
  for (const row of removed) reportEdits.push(log(row, "value_removed", String(row.value), ""));
  if (removed.length) await tx.indicatorValue.deleteMany({ where: { id: { in: removed.map((r) => r.id) } } });
  for (const change of changes) {
    if (change.remove) continue;
    const row = current.get(change.id)!;
    const data: Prisma.IndicatorValueUpdateInput = {};
    if (change.value !== undefined && change.value !== row.value) {
      await tx.valueEdit.create({ data: { valueId: row.id, fromValue: row.value, toValue: change.value, editedBy: by, editedAt } });
      // a person's correction checks the value too (an OCR value is no longer unreviewed)
      Object.assign(data, { value: change.value, previousValue: row.value, editedBy: by, editedAt, reviewedBy: by, reviewedAt: editedAt });
    }
    if (change.scope !== undefined && change.scope !== row.scope) {
      reportEdits.push(log(row, "scope", row.scope, change.scope));
      data.scope = change.scope;
    }
    if (change.evidence && (change.evidence.start !== row.evidenceStart || change.evidence.end !== row.evidenceEnd)) {
      const { start, end } = change.evidence;
      reportEdits.push(log(row, "evidence", `${row.evidenceStart}-${row.evidenceEnd}`, `${start}-${end}`));
      Object.assign(data, { evidence: text!.slice(start, end), evidenceStart: start, evidenceEnd: end });
    }
    if (Object.keys(data).length === 0) continue;
    await tx.indicatorValue.update({ where: { id: row.id }, data });
    // the figure as extracted, kept once: "corrected 21.17 → 4.18" reads from it
    if (data.value !== undefined) await tx.indicatorValue.updateMany({ where: { id: row.id, originalValue: null }, data: { originalValue: row.value } });
  }
  if (reportEdits.length) await tx.reportEdit.createMany({ data: reportEdits });
  return changes.map((c) => {
    const row = current.get(c.id)!;
    return { id: c.id, key: row.key, scope: c.remove ? null : (c.scope ?? row.scope) };
  });
}
