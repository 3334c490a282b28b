import { describe, expect, it } from "vitest";
import { connectTestDatabase } from "@/tests/connect-test-database";
import { latestValueDrift } from "@/tests/latest-value-drift";
import { correctReport, deleteReport, deleteValue, editValue } from "./edit-report";
import { ingestText } from "./ingest-text";

const getPrisma = connectTestDatabase();

// 庐阳区 (340103): the latest figure moves as reports of other years come, go and change
const annual = (year: number, n: number) => `合肥市庐阳区人民政府关于${year}年法治政府建设情况的报告\n${year}年,全区共收到行政复议申请${n}件。`;
const upload = async (text: string) => (await ingestText({ text, uploadedBy: "test" })).id;

const drift = latestValueDrift;

const latestOf = async (key = "reconsideration.received") =>
  getPrisma().latestValue.findUnique({ where: { jurisdictionCode_key_scope: { jurisdictionCode: "340103", key, scope: "area" } }, select: { year: true, value: true, level: true, provinceCode: true } });

describe("each place's latest figure (LatestValue)", () => {
  it("follows uploads, corrections, removals, year changes and deletes, in the writers' transactions", async () => {
    const older = await upload(annual(2021, 300));
    expect(await latestOf()).toEqual({ year: 2021, value: 300, level: "district", provinceCode: "340000" });
    const newer = await upload(annual(2023, 450));
    expect(await latestOf()).toMatchObject({ year: 2023, value: 450 });
    expect(await drift()).toEqual([]);

    const figure = await getPrisma().indicatorValue.findFirstOrThrow({ where: { reportId: newer, key: "reconsideration.received" } });
    await editValue(figure.id, { value: 460 }, "editor");
    expect(await latestOf()).toMatchObject({ year: 2023, value: 460 });

    await deleteValue(figure.id, "editor");
    expect(await latestOf()).toMatchObject({ year: 2021, value: 300 });

    await correctReport(older, { year: 2024 }, "editor");
    expect(await latestOf()).toMatchObject({ year: 2024, value: 300 });
    // a plan's figures are targets: its place's latest comes from elsewhere or is gone
    await correctReport(older, { kind: "work_plan" }, "editor");
    expect(await latestOf()).toBeNull();
    await correctReport(older, { kind: "annual_report" }, "editor");
    expect(await drift()).toEqual([]);

    await deleteReport(older, "editor");
    await deleteReport(newer, "editor");
    expect(await getPrisma().latestValue.count()).toBe(0);
  });
});
