import { getPrisma } from "../db/client";
import { getReport, type ReportView } from "./get-report";

/** Ids of every report a person has reviewed, oldest review first. */
export async function listReviewedReportIds(): Promise<number[]> {
  const rows = await getPrisma().report.findMany({ where: { reviewedAt: { not: null } }, select: { id: true }, orderBy: [{ reviewedAt: "asc" }, { id: "asc" }] });
  return rows.map((r) => r.id);
}

/** Every reviewed report with its text, values and history, one at a time (a report's text can be large). */
export async function* reviewedReports(): AsyncGenerator<ReportView> {
  for (const id of await listReviewedReportIds()) {
    const report = await getReport(id);
    if (report?.reviewedAt) yield report;
  }
}
