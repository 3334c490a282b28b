import { describe, expect, it } from "vitest";
import { connectTestDatabase } from "@/tests/connect-test-database";
import { GET as valuesRoute } from "@/app/api/values/route";
import { deleteValue, updateReportMeta } from "@/lib/reports/edit-report";
import { ingestText } from "@/lib/reports/ingest-text";
import { getComparison } from "./get-comparison";
import { getIndicatorRanking } from "./get-indicator-ranking";
import { getJurisdictionProfile } from "./get-jurisdiction-profile";
import { getProvinceIndicatorMap } from "./get-province-indicator-map";
import { listValues } from "./list-values";

const getPrisma = connectTestDatabase();

// 庐阳区 (340103), 2022: the annual report and a news item about the same year
const CODE = "340103";
const KEY = "reconsideration.received";
const annual = (n: number) => `合肥市庐阳区人民政府关于2022年法治政府建设情况的报告\n2022年,全区共收到行政复议申请${n}件。`;
const news = (n: number) => `庐阳区召开法治政府建设推进会\n发布时间:2023-01-10\n会议通报,2022年全区共收到行政复议申请${n}件,开展普法活动20场。`;

async function upload(text: string, kind: string) {
  const r = await ingestText({ text, uploadedBy: "test" });
  expect(r.facts.kind).toBe(kind);
  return r.id;
}

/** every jurisdiction-year-key-scope the pages could show two figures for */
const slotsWithTwoFigures = () =>
  getPrisma().$queryRaw<unknown[]>`
    SELECT "jurisdictionCode", year, key, scope, count(*)::int AS n FROM "IndicatorValue"
    WHERE "isCurrent" GROUP BY 1, 2, 3, 4 HAVING count(*) > 1`;

/** the CSV's `value` column (the columns before it hold no commas) */
function csvValues(csv: string): number[] {
  const [header, ...lines] = csv.replace(/^\uFEFF/, "").trim().split("\n");
  const at = header.split(",").indexOf("value");
  return lines.map((line) => Number(line.split(",")[at]));
}

/** the figure each reader shows for 庐阳区's 2022 applications received (area) */
async function shownEverywhere(key = KEY): Promise<Record<string, number[]>> {
  const ranking = await getIndicatorRanking({ key, scope: "area", year: 2022 });
  const map = await getProvinceIndicatorMap({ key, scope: "area", year: 2022 });
  const comparison = await getComparison({ codes: [CODE], year: 2022, keys: [key], scope: "area" });
  const profile = await getJurisdictionProfile(CODE);
  const json = await listValues({ key, jurisdiction: CODE, year: 2022, scope: "area", limit: 100 });
  const csv = await (await valuesRoute(new Request(`http://localhost/api/values?key=${key}&jurisdiction=${CODE}&scope=area&format=csv`), { params: Promise.resolve({}) })).text();
  const cell = comparison.rows[0]?.cells[0]?.value;
  return {
    ranking: ranking!.entries.filter((e) => e.code === CODE).map((e) => e.value),
    map: map?.provinces["340000"] ? [map.provinces["340000"].median] : [],
    comparison: cell ? [cell.value] : [],
    profile: profile!.values.filter((v) => v.key === key && v.year === 2022 && v.scope === "area").map((v) => v.value),
    json: json.map((v) => v.value),
    csv: csvValues(csv),
  };
}

const everywhere = (value: number) => ({ ranking: [value], map: [value], comparison: [value], profile: [value], json: [value], csv: [value] });

describe("a department's annual report beside the government's", () => {
  // a 司法局's 法治政府建设 report is an annual report of its place (the catalogue); its own counts
  // are not the place's, and the government's report of the same year stays the current edition
  const department = (n: number) => `合肥市庐阳区司法局2022年法治政府建设工作报告\n2022年,我局坚持依法行政。全区共收到行政复议申请${n}件,我局办理法律援助案件30件。`;

  it("uploaded after the government's, it does not displace it nor its figures", async () => {
    const government = await upload(annual(450), "annual_report");
    const own = await upload(department(460), "annual_report");
    const reports = await getPrisma().report.findMany({ where: { id: { in: [government, own] } }, select: { id: true, isCurrent: true, byDepartment: true } });
    expect(reports.find((r) => r.id === government)).toMatchObject({ isCurrent: true, byDepartment: false });
    expect(reports.find((r) => r.id === own)).toMatchObject({ isCurrent: false, byDepartment: true });
    expect(await slotsWithTwoFigures()).toEqual([]);
    expect(await shownEverywhere()).toEqual(everywhere(450));
  });

  it("alone, it speaks for its place with what it says of the whole place", async () => {
    await upload(department(460), "annual_report");
    expect(await shownEverywhere()).toEqual(everywhere(460));
  });
});

describe("one figure per jurisdiction, year, key and scope", () => {
  it("an annual report relabelled `other` does not bring its superseded figure back", async () => {
    const first = await upload(annual(300), "annual_report");
    await upload(annual(450) + "\n(修订版)", "annual_report");
    expect(await shownEverywhere()).toEqual(everywhere(450));

    await updateReportMeta(first, { kind: "other" }, "editor");

    expect(await slotsWithTwoFigures()).toEqual([]);
    expect(await shownEverywhere()).toEqual(everywhere(450));
  });

  it("a news item about the same place and year does not outvote the annual report, but fills what it leaves out", async () => {
    const item = await upload(news(300), "other");
    expect(await shownEverywhere()).toEqual(everywhere(300));
    const report = await upload(annual(450), "annual_report");

    expect(await slotsWithTwoFigures()).toEqual([]);
    expect(await shownEverywhere()).toEqual(everywhere(450));
    // the annual report does not state the events: the news item's figure is the one there is
    expect((await shownEverywhere("legal_education.events")).profile).toEqual([20]);

    // the annual report's figure removed: the news item's speaks for the slot again
    const annualValue = await getPrisma().indicatorValue.findFirstOrThrow({ where: { reportId: report, key: KEY } });
    await deleteValue(annualValue.id, "test");
    expect(await shownEverywhere()).toEqual(everywhere(300));
    expect(await getPrisma().indicatorValue.count({ where: { reportId: item, isCurrent: true } })).toBe(2);
  });

  it("holds after any sequence of uploads, relabelling, year changes and deletes", async () => {
    const ids = [
      await upload(annual(300), "annual_report"),
      await upload(news(310), "other"),
      await upload(annual(450) + "\n(修订版)", "annual_report"),
      await upload(news(320) + "\n(转载)", "other"),
    ];
    const steps: [number, { year?: number; kind?: "annual_report" | "work_plan" | "other" }][] = [
      [ids[0], { kind: "other" }],
      [ids[2], { kind: "work_plan" }],
      [ids[1], { kind: "annual_report" }],
      [ids[3], { year: 2023 }],
      [ids[2], { kind: "annual_report" }],
      [ids[3], { year: 2022, kind: "annual_report" }],
    ];
    for (const [id, patch] of steps) {
      await updateReportMeta(id, patch, "editor");
      expect({ patch, twice: await slotsWithTwoFigures() }).toEqual({ patch, twice: [] });
    }
    // the newest annual report speaks: the news item relabelled last
    expect((await shownEverywhere()).ranking).toEqual([320]);
  });
});
