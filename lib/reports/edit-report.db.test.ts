import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { connectTestDatabase } from "@/tests/connect-test-database";
import { getReport } from "@/lib/queries/get-report";
import { deleteReport, editValue, updateReportMeta } from "./edit-report";
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

/** the values the pages read (current ones) belong to current editions that are not plans, one per slot */
async function expectValuesFollowReports() {
  const prisma = getPrisma();
  const stale = await prisma.indicatorValue.count({ where: { isCurrent: true, report: { OR: [{ isCurrent: false }, { kind: "work_plan" }] } } });
  expect(stale).toBe(0);
  const twice = await prisma.$queryRaw<unknown[]>`
    SELECT 1 FROM "IndicatorValue" WHERE "isCurrent" GROUP BY "jurisdictionCode", year, key, scope HAVING count(*) > 1`;
  expect(twice).toEqual([]);
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

  it("a changed kind leaves the annual reports with their newest edition current, and a plan's values hidden but kept", async () => {
    const older = await saveEdition(1, 2022);
    const newer = await saveEdition(2, 2022);
    const stored = await getPrisma().indicatorValue.count({ where: { reportId: newer } });

    await updateReportMeta(newer, { kind: "work_plan" }, "editor");

    const current = await getPrisma().report.findMany({ where: { isCurrent: true }, select: { id: true, kind: true }, orderBy: { id: "asc" } });
    expect(current).toEqual([
      { id: older, kind: "annual_report" },
      { id: newer, kind: "work_plan" },
    ]);
    expect(await getPrisma().indicatorValue.count({ where: { reportId: newer } })).toBe(stored);
    expect(await getPrisma().indicatorValue.count({ where: { reportId: newer, isCurrent: true } })).toBe(0);
    await expectValuesFollowReports();
  });

  it("a report relabelled a plan and back gets every value back, a person's correction included", async () => {
    const id = await saveEdition(1, 2022);
    const before = await getPrisma().indicatorValue.findMany({ where: { reportId: id }, select: { id: true, value: true }, orderBy: { id: "asc" } });
    expect(before.length).toBeGreaterThan(3);
    const corrected = before[0];
    await editValue(corrected.id, { value: corrected.value + 1 }, "editor");

    await updateReportMeta(id, { kind: "work_plan" }, "editor");
    expect((await getReport(id))?.values).toEqual([]);
    await updateReportMeta(id, { kind: "annual_report" }, "editor");

    const after = await getPrisma().indicatorValue.findMany({ where: { reportId: id }, select: { id: true, value: true, isCurrent: true }, orderBy: { id: "asc" } });
    expect(after.map((v) => v.id)).toEqual(before.map((v) => v.id));
    expect(after.every((v) => v.isCurrent)).toBe(true);
    expect(after[0].value).toBe(corrected.value + 1);
    expect((await getReport(id))?.values).toHaveLength(before.length);
    await expectValuesFollowReports();
  });

  it("an unknown report is not found, for an edit and for a delete", async () => {
    await expect(updateReportMeta(999_999, { year: 2023 }, "editor")).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteReport(999_999, "test")).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("edits are recorded", () => {
  it("a year or kind correction keeps who made it, when, and from what to what", async () => {
    const id = await saveEdition(1, 2022);
    await updateReportMeta(id, { year: 2023 }, "alice");
    await updateReportMeta(id, { year: 2023, kind: "other" }, "bob");
    await updateReportMeta(id, { year: 2022, kind: "annual_report" }, "carol");

    const edits = (await getReport(id))!.edits;
    expect(edits.map(({ field, from, to, by }) => ({ field, from, to, by }))).toEqual([
      { field: "year", from: "2022", to: "2023", by: "alice" },
      { field: "kind", from: "annual_report", to: "other", by: "bob" },
      { field: "year", from: "2023", to: "2022", by: "carol" },
      { field: "kind", from: "other", to: "annual_report", by: "carol" },
    ]);
    for (const e of edits) expect(Date.parse(e.at)).toBeGreaterThan(Date.now() - 60_000);
  });

  it("a value keeps every change, not only the last", async () => {
    const id = await saveEdition(1, 2022);
    const v = await getPrisma().indicatorValue.findFirstOrThrow({ where: { reportId: id, unit: { not: "%" } } });
    await editValue(v.id, { value: v.value + 1 }, "alice");
    await editValue(v.id, { value: v.value + 2 }, "bob");
    await editValue(v.id, { value: v.value + 3 }, "carol");

    const shown = (await getReport(id))!.values.find((x) => x.id === v.id)!;
    expect(shown.value).toBe(v.value + 3);
    expect(shown.history.map(({ from, to, by }) => ({ from, to, by }))).toEqual([
      { from: v.value, to: v.value + 1, by: "alice" },
      { from: v.value + 1, to: v.value + 2, by: "bob" },
      { from: v.value + 2, to: v.value + 3, by: "carol" },
    ]);
    expect((await getReport(id))!.values.filter((x) => x.id !== v.id).every((x) => x.history.length === 0)).toBe(true);
  });
});
