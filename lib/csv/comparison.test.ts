import { describe, expect, it } from "vitest";
import { COMPARISON_CSV_COLUMNS, comparisonCsvRows } from "./comparison";
import type { Comparison, ComparedValue } from "../queries/get-comparison";

const place = (code: string, name: string) => ({ code, name, level: "district" as const, parentCode: null, parentNames: ["安徽省", "合肥市"], years: [2023] });
const value = (id: number, v: number, year: number): ComparedValue => ({ id, year, value: v, unit: "件", approx: false, derived: false, reportId: id, reviewed: id === 1 });

describe("the comparison as one CSV", () => {
  it("has a row per indicator and place, saying which figures were compared and the difference to the first place", () => {
    const comparison: Comparison = {
      jurisdictions: [place("340103", "庐阳区"), place("340104", "蜀山区"), place("340111", "包河区")],
      unknownCodes: [], overLimit: [], years: [2022, 2023], year: null, tolerance: 1,
      rows: [{
        key: "reconsideration.received", scope: "own", newestYear: 2023, history: [],
        cells: [
          { value: value(1, 100, 2023), otherScope: null, tooOld: null },
          { value: value(2, 130, 2022), otherScope: null, tooOld: null },
          { value: null, otherScope: null, tooOld: value(3, 7, 2019) },
        ],
      }],
    };
    const rows = comparisonCsvRows(comparison);
    expect(rows).toHaveLength(3);
    expect(Object.keys(rows[0])).toEqual(COMPARISON_CSV_COLUMNS);
    expect(rows.map((r) => [r.jurisdictionName, r.year, r.value, r.compared, r.note, r.differenceFromBaseline])).toEqual([
      ["庐阳区", 2023, 100, true, "", ""],
      ["蜀山区", 2022, 130, true, "", 30],
      ["包河区", 2019, 7, false, "too_old", ""],
    ]);
    expect(rows[0]).toMatchObject({ indicatorZh: "行政复议申请收到数", scopeZh: "本级政府", province: "安徽省", baseline: "庐阳区", status: "reviewed" });
  });
});
