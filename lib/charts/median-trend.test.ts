import { describe, expect, it } from "vitest";
import { MIN_TREND_PLACES, medianTrend, type PlaceYearValue } from "./median-trend";

const v = (code: string, year: number, value: number): PlaceYearValue => ({ code, year, value });

// 出庭应诉率 as the issue found it: one province in 2021, two cities in 2022, one district in 2023,
// a line "rising" from 59.5 % to 100 % that joined different places
const joined = [v("620000", 2021, 59.5), v("621000", 2022, 80), v("610500", 2022, 90), v("640303", 2023, 100)];

describe("the median by year", () => {
  it("draws no line through a year with fewer than three places", () => {
    const { points } = medianTrend(joined);
    expect(points.map((p) => p.count)).toEqual([1, 2, 1]);
    expect(points.every((p) => p.line === null)).toBe(true);
    expect(points.map((p) => p.few)).toEqual([59.5, 85, 100]);
  });

  it("says the places differ between years, and the balanced panel keeps only places in every year", () => {
    expect(medianTrend(joined).setsDiffer).toBe(true);
    const balanced = medianTrend(joined, { balanced: true });
    expect(balanced.panel).toEqual([]);
    expect(balanced.points).toEqual([]);

    const values = [
      ...["a", "b", "c", "d"].map((c, i) => v(c, 2021, 50 + i)),
      ...["a", "b", "c"].map((c, i) => v(c, 2022, 60 + i)),
      v("e", 2022, 99), v("f", 2022, 99), v("g", 2022, 99),
      ...["a", "b", "c"].map((c, i) => v(c, 2023, 70 + i)),
    ];
    const all = medianTrend(values);
    expect(all.setsDiffer).toBe(true);
    expect(all.points.map((p) => [p.year, p.count])).toEqual([[2021, 4], [2022, 6], [2023, 3]]);
    const panel = medianTrend(values, { balanced: true });
    expect(panel.panel).toEqual(["a", "b", "c"]);
    expect(panel.points.map((p) => [p.year, p.count, p.line])).toEqual([[2021, 3, 51], [2022, 3, 61], [2023, 3, 71]]);
  });

  it("lines up years with enough places, each point with its N", () => {
    const values = [2020, 2021].flatMap((year) => Array.from({ length: MIN_TREND_PLACES }, (_, i) => v(`p${i}`, year, year - 2000 + i)));
    const { points, setsDiffer } = medianTrend(values);
    expect(setsDiffer).toBe(false);
    expect(points).toEqual([
      { year: 2020, count: 3, median: 21, line: 21, few: null },
      { year: 2021, count: 3, median: 22, line: 22, few: null },
    ]);
  });

  it("counts a place once a year", () => {
    expect(medianTrend([v("a", 2020, 1), v("a", 2020, 5)]).points[0]).toMatchObject({ count: 1, median: 1 });
  });
});
