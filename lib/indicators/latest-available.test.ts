import { describe, expect, it } from "vitest";
import { applyTolerance, latestPerGroup, parseTolerance, yearSpan } from "./latest-available";

describe("latest available", () => {
  it.each([
    ["2", 2],
    ["0", 0],
    [" 5 ", 5],
    ["20", 20],
    ["21", undefined],
    ["-1", undefined],
    ["1.5", undefined],
    ["", undefined],
    [undefined, undefined],
  ])("reads tol=%s as %s", (raw, tolerance) => {
    expect(parseTolerance(raw)).toBe(tolerance);
  });

  it("keeps each group's newest row, the first of a year when two share it", () => {
    const rows = [
      { place: "a", year: 2020, v: 1 },
      { place: "a", year: 2023, v: 2 },
      { place: "a", year: 2023, v: 3 },
      { place: "b", year: 2019, v: 4 },
    ];
    expect([...latestPerGroup(rows, (r) => r.place).values()].map((r) => r.v)).toEqual([2, 4]);
  });

  it("splits latest figures by their distance from the newest", () => {
    const figures = [{ year: 2024 }, { year: 2022 }, { year: 2019 }];
    expect(applyTolerance(figures, undefined)).toEqual({ kept: figures, tooOld: [], newest: 2024 });
    expect(applyTolerance(figures, 2)).toEqual({ kept: [{ year: 2024 }, { year: 2022 }], tooOld: [{ year: 2019 }], newest: 2024 });
    expect(applyTolerance(figures, 0).kept).toEqual([{ year: 2024 }]);
    expect(applyTolerance([], 1)).toEqual({ kept: [], tooOld: [], newest: null });
  });

  it("names the span of years", () => {
    expect(yearSpan([2021, 2019, 2024])).toBe("2019–2024");
    expect(yearSpan([2023, 2023])).toBe("2023");
    expect(yearSpan([])).toBe("");
  });
});
