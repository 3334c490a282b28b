import { getPrisma, Prisma } from "../db/client";
import { AppError } from "../errors/app-error";
import type { ReportKind } from "../extract/types";

const notFound = () => new AppError("not_found", "没有这份报告。No such report.");

function rethrowNotFound(e: unknown, error: () => AppError): never {
  if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2025") throw error();
  throw e;
}

/** Deletes a report with its values; when it was the current edition, the newest other one becomes current. */
export async function deleteReport(id: number): Promise<void> {
  await getPrisma()
    .$transaction(async (tx) => {
      const report = await tx.report.delete({ where: { id }, select: { jurisdictionCode: true, year: true, kind: true, isCurrent: true } });
      if (!report.isCurrent) return;
      const next = await tx.report.findFirst({
        where: { jurisdictionCode: report.jurisdictionCode, year: report.year, kind: report.kind },
        orderBy: [{ uploadedAt: "desc" }, { id: "desc" }],
        select: { id: true },
      });
      if (next) await tx.report.update({ where: { id: next.id }, data: { isCurrent: true } });
    })
    .catch((e) => rethrowNotFound(e, notFound));
}

/** A person corrects the year or kind of a stored report; a plan keeps no values. */
export async function updateReportMeta(id: number, patch: { year?: number; kind?: ReportKind }, by: string): Promise<void> {
  await getPrisma()
    .$transaction(async (tx) => {
      const report = await tx.report.update({ where: { id }, data: patch, select: { kind: true, year: true } });
      if (patch.year) await tx.indicatorValue.updateMany({ where: { reportId: id }, data: { year: patch.year } });
      if (report.kind === "work_plan") await tx.indicatorValue.deleteMany({ where: { reportId: id } });
      void by;
    })
    .catch((e) => rethrowNotFound(e, notFound));
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
