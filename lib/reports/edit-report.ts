import { getPrisma, type Prisma } from "../db/client";
import { AppError } from "../errors/app-error";
import type { ReportKind, ResolvedJurisdiction } from "../extract/types";
import { resolveJurisdictionCode } from "../gazetteer/resolve-code";
import { getIndicator } from "../indicators";
import { turnedDownFigures } from "../review/turned-down";
import { newValueRow, type AddedValue, type NewValue } from "./added-values";
import { settleCurrent, settleLatest } from "./current-values";
import { changeValues, type ChangedSlot, type ValueChange } from "./change-values";
import { lockEditions, type PlaceYear } from "./lock-editions";
import { chainOf } from "./report-rows";
import { dropFileIfUnused, lockFile } from "./stored-file";

/** one jurisdiction-year-kind: the slot a report's edition is current in or not */
export interface EditionSlot {
  code: string;
  year: number;
  kind: ReportKind;
}

const notFound = () => new AppError("not_found", "没有这份报告。No such report.");
const noValue = () => new AppError("not_found", "没有这个数值。No such value.");
const unknownPlace = (code: string) => new AppError("bad_request", `没有这个行政区划代码:${code}。Unknown division code ${code}.`);
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
 * Deletes a report with its values, recording who did, and its original file when no other report
 * uses it; when it was the current edition, the newest other one becomes current.
 */
export async function deleteReport(id: number, by: string): Promise<void> {
  await getPrisma().$transaction(async (tx) => {
    const slot = await lockReportSlot(tx, id);
    const { originalSha256 } = (await tx.report.findUnique({ where: { id }, select: { originalSha256: true } })) ?? {};
    // row locks before writes (lock-editions.ts): the file's, then the report's delete
    if (originalSha256) await lockFile(tx, originalSha256);
    const gone = await tx.report.delete({ where: { id }, select: { title: true, textSha256: true } });
    await tx.reportDeletion.create({ data: { reportId: id, jurisdictionCode: slot.code, year: slot.year, kind: slot.kind, title: gone.title, textSha256: gone.textSha256, deletedBy: by } });
    // its original goes with it, unless another report was read from the same bytes
    if (originalSha256) await dropFileIfUnused(tx, originalSha256);
    await settleCurrent(tx, [slot]);
  });
}

/** What a person corrects on the review screen, saved all or none. */
export interface ReportCorrection {
  jurisdictionCode?: string;
  year?: number;
  kind?: ReportKind;
  /** the report's place, year and kind as the person saw them: 409 when another edit changed them meanwhile */
  seen?: { jurisdictionCode: string; year: number; kind: ReportKind };
  values?: ValueChange[];
  /** figures the person adds: selected in the text, or accepted from those turned down or in conflict */
  added?: AddedValue[];
  /** the person has reviewed the whole report: it and its values are marked reviewed (who, when) */
  reviewed?: boolean;
}

const occupied = (key: string, scope: string) =>
  new AppError("conflict", `这份报告已有「${getIndicator(key)?.zh ?? key}」(${scope === "own" ? "本级政府" : "全域"})的数值:请先删除或改动那一个。The report already has a figure for ${getIndicator(key)?.en ?? key} at this scope: remove or change that one first.`);

/** After all changes, no two of the report's values may speak for one key and scope (only the ones this save touches are checked). */
async function checkSlots(tx: Prisma.TransactionClient, id: number, changed: ChangedSlot[], added: NewValue[]) {
  if (changed.length === 0 && added.length === 0) return;
  // the rows as changeValues left them (removed ones are gone, new scopes written)
  const rest = await tx.indicatorValue.findMany({ where: { reportId: id }, select: { id: true, key: true, scope: true } });
  const touched = [...changed.filter((c) => c.scope !== null).map((c) => ({ ...c, added: false })), ...added.map((a) => ({ id: -1, key: a.key, scope: a.scope, added: true }))];
  for (const [i, t] of touched.entries()) {
    const others = rest.filter((v) => v.id !== t.id && v.key === t.key && v.scope === t.scope).length + touched.filter((u, j) => j !== i && u.added && u.key === t.key && u.scope === t.scope).length;
    if (others > 0) throw occupied(t.key, String(t.scope));
  }
}

/**
 * A person corrects a stored report in one transaction, so a save succeeds whole or changes
 * nothing (and can be sent again): its place, year or kind, its values (figure, scope, evidence,
 * removal), figures they add, and the reviewed mark. Every change is recorded (who, when, from,
 * to). A report that moves to another jurisdiction-year-kind leaves each with its current
 * edition settled again (moving the current 2022 report to 2023 must not leave 2022 without one,
 * nor 2023 with two), and so do the figures that speak for each place-year. Its values go with
 * it; as a plan's they are current for nothing (a target is not an achievement) but kept,
 * corrections included, for when a person finds it was not a plan after all.
 */
export async function correctReport(id: number, correction: ReportCorrection, by: string): Promise<void> {
  const { values = [], added = [], seen, reviewed, ...patch } = correction;
  const place = patch.jurisdictionCode ? resolveJurisdictionCode(patch.jurisdictionCode) : null;
  if (patch.jurisdictionCode && !place) throw unknownPlace(patch.jurisdictionCode);
  await getPrisma().$transaction(async (tx) => {
    const moved = (slot: EditionSlot): EditionSlot => ({ code: place?.code ?? slot.code, year: patch.year ?? slot.year, kind: patch.kind ?? slot.kind });
    const before = await lockReportSlot(tx, id, (slot) => [moved(slot)]);
    if (seen && !sameSlot(before, { code: seen.jurisdictionCode, year: seen.year, kind: seen.kind })) throw movedMeanwhile();
    const after = moved(before);
    const needsText = added.length > 0 || values.some((v) => v.evidence);
    const report = needsText ? await tx.report.findUniqueOrThrow({ where: { id }, select: { text: true, warnings: true, sourceUrl: true } }) : null;
    const changed = await changeValues(tx, values, by, id, report?.text);
    const rows = report ? newValueRows(added, report) : [];
    await checkSlots(tx, id, changed.filter((c) => values.some((v) => v.id === c.id && v.scope !== undefined)), rows);
    await moveReport(tx, id, before, after, place, by);
    const editedAt = new Date();
    if (rows.length) await addValues(tx, id, after, rows, by, editedAt);
    if (reviewed) await markReviewed(tx, id, by, editedAt);
    await settleCurrent(tx, [before, after]);
  });
}

function newValueRows(added: AddedValue[], report: { text: string; warnings: unknown; sourceUrl: string | null }): NewValue[] {
  // explainReport runs once for every turned-down figure of the save
  let turnedDown: ReturnType<typeof turnedDownFigures> | null = null;
  return added.map((a) => newValueRow(a, report, () => (turnedDown ??= turnedDownFigures(report.text, [], { sourceUrl: report.sourceUrl }))));
}

async function moveReport(tx: Prisma.TransactionClient, id: number, before: EditionSlot, after: EditionSlot, place: ResolvedJurisdiction | null, by: string) {
  const changes = (["code", "year", "kind"] as const).filter((field) => before[field] !== after[field]);
  if (changes.length === 0) return;
  // a place no report named before needs its row, and its parents'
  if (place && after.code !== before.code) {
    for (const node of chainOf(place)) await tx.jurisdiction.upsert({ where: { code: node.code }, create: node, update: {} });
  }
  await tx.report.update({ where: { id }, data: { jurisdictionCode: after.code, year: after.year, kind: after.kind } });
  if (after.year !== before.year || after.code !== before.code) {
    await tx.indicatorValue.updateMany({ where: { reportId: id }, data: { year: after.year, jurisdictionCode: after.code } });
  }
  await tx.reportEdit.createMany({
    data: changes.map((field) => ({ reportId: id, field: field === "code" ? "jurisdiction" : field, fromValue: String(before[field]), toValue: String(after[field]), editedBy: by })),
  });
}

async function addValues(tx: Prisma.TransactionClient, id: number, slot: EditionSlot, rows: NewValue[], by: string, editedAt: Date) {
  for (const row of rows) {
    const created = await tx.indicatorValue.create({ data: { ...row, reportId: id, jurisdictionCode: slot.code, year: slot.year }, select: { id: true } });
    await tx.reportEdit.create({
      data: { reportId: id, field: "value_added", fromValue: String(row.origin), toValue: String(row.value), editedBy: by, editedAt, valueId: created.id, key: row.key, scope: row.scope },
    });
  }
}

/** A person saved the review: the report and every value it has now are theirs to answer for. */
async function markReviewed(tx: Prisma.TransactionClient, id: number, by: string, at: Date) {
  const previous = await tx.report.findUniqueOrThrow({ where: { id }, select: { reviewedBy: true } });
  await tx.report.update({ where: { id }, data: { reviewedAt: at, reviewedBy: by } });
  await tx.indicatorValue.updateMany({ where: { reportId: id }, data: { reviewedAt: at, reviewedBy: by } });
  await tx.reportEdit.create({ data: { reportId: id, field: "reviewed", fromValue: previous.reviewedBy ?? "", toValue: by, editedBy: by, editedAt: at } });
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
  return withLockedValue(id, async (tx, { place }) => {
    await changeValues(tx, [{ id, ...edit }], by);
    // the corrected figure may be its place's latest (the other callers settle everything after their changes)
    await settleLatest(tx, [place.code]);
    return tx.indicatorValue.findUniqueOrThrow({
      where: { id },
      select: { id: true, key: true, value: true, previousValue: true, editedBy: true, editedAt: true },
    });
  });
}

/** Removes a wrongly extracted value (recorded: who, when, what); another report's figure for the same slot, if any, then speaks for it. */
export async function deleteValue(id: number, by: string): Promise<void> {
  await withLockedValue(id, async (tx, { place }) => {
    await changeValues(tx, [{ id, remove: true }], by);
    await settleCurrent(tx, [place]);
  });
}
