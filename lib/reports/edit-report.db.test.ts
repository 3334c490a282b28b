import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { connectTestDatabase } from "@/tests/connect-test-database";
import { deleteReport, updateReportMeta } from "./edit-report";
import { prepareReport } from "./prepare-report";
import { saveReportBatch } from "./save-report-batch";

const getPrisma = connectTestDatabase();
// 庆阳市's report: a real one, with values
const text = readFileSync(path.resolve(__dirname, "../../data/samples/000_ac45cf8051bb6945.txt"), "utf8");

/** an edition of the sample (its own text, so its own report) stated to be about `year`, saved now */
async function saveEdition(n: number, year: number): Promise<number> {
  const input = prepareReport({ text: `${text}\n(第${n}版)`, uploadedBy: "test" }).save;
  const [outcome] = await saveReportBatch([{ ...input, facts: { ...input.facts, year } }]);
  if (!("id" in outcome)) throw new Error("not saved");
  return outcome.id;
}

async function currentByYear(): Promise<Record<number, number[]>> {
  const rows = await getPrisma().report.findMany({ where: { isCurrent: true }, select: { id: true, year: true }, orderBy: { id: "asc" } });
  const out: Record<number, number[]> = {};
  for (const r of rows) (out[r.year] ??= []).push(r.id);
  return out;
}

/** the values the pages read (current ones) must be exactly those of the current reports */
async function expectValuesFollowReports() {
  const prisma = getPrisma();
  const stale = await prisma.indicatorValue.count({ where: { OR: [{ isCurrent: true, report: { isCurrent: false } }, { isCurrent: false, report: { isCurrent: true } }] } });
  expect(stale).toBe(0);
}

describe("updateReportMeta keeps one current edition per jurisdiction-year-kind", () => {
  it("moving the current edition to another year hands its old year back to the older edition", async () => {
    const older = await saveEdition(1, 2022);
    const newer = await saveEdition(2, 2022);
    expect(await currentByYear()).toEqual({ 2022: [newer] });

    await updateReportMeta(newer, { year: 2023 }, "editor");

    expect(await currentByYear()).toEqual({ 2022: [older], 2023: [newer] });
    const years = await getPrisma().indicatorValue.findMany({ where: { reportId: newer }, select: { year: true }, distinct: ["year"] });
    expect(years).toEqual([{ year: 2023 }]);
    await expectValuesFollowReports();
  });

  it("an older edition moved into a year with a newer one does not become a second current edition", async () => {
    const older = await saveEdition(1, 2021);
    const newer = await saveEdition(2, 2023);

    await updateReportMeta(older, { year: 2023 }, "editor");

    expect(await currentByYear()).toEqual({ 2023: [newer] });
    // its values stay stored, just not current: moving it back makes them count again
    expect(await getPrisma().indicatorValue.count({ where: { reportId: older, isCurrent: false } })).toBeGreaterThan(0);
    await expectValuesFollowReports();
    await updateReportMeta(older, { year: 2021 }, "editor");
    expect(await currentByYear()).toEqual({ 2021: [older], 2023: [newer] });
    await expectValuesFollowReports();
  });

  it("a changed kind leaves the annual reports with their newest edition current, and a plan keeps no values", async () => {
    const older = await saveEdition(1, 2022);
    const newer = await saveEdition(2, 2022);

    await updateReportMeta(newer, { kind: "work_plan" }, "editor");

    const current = await getPrisma().report.findMany({ where: { isCurrent: true }, select: { id: true, kind: true }, orderBy: { id: "asc" } });
    expect(current).toEqual([
      { id: older, kind: "annual_report" },
      { id: newer, kind: "work_plan" },
    ]);
    expect(await getPrisma().indicatorValue.count({ where: { reportId: newer } })).toBe(0);
    await expectValuesFollowReports();
  });

  it("an unknown report is not found, for an edit and for a delete", async () => {
    await expect(updateReportMeta(999_999, { year: 2023 }, "editor")).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteReport(999_999)).rejects.toMatchObject({ code: "not_found" });
  });
});
