import { describe, expect, it } from "vitest";
import { reviewChanges, type ReviewReport } from "./review-changes";

const value = (id: number, v: number) => ({ id, key: "reconsideration.received", scope: "own" as const, value: v, unit: "件", approx: false, derived: false, evidence: `收到${v}件` });
const report: ReviewReport = {
  id: 9,
  year: 2023,
  kind: "annual_report",
  title: null,
  warnings: [],
  jurisdiction: { code: "621000", name: "庆阳市", parents: [] },
  values: [value(1, 56), value(2, 52), value(3, 0)],
};
const form = (over: Partial<Parameters<typeof reviewChanges>[1]> = {}) => ({ year: "2023", kind: "annual_report" as const, edits: {}, removed: new Set<number>(), ...over });

describe("reviewChanges", () => {
  it("nothing changed: nothing to send", () => {
    expect(reviewChanges(report, form())).toEqual({ errors: {}, body: null });
    expect(reviewChanges(report, form({ edits: { 1: "56", 2: " 52 " } }))).toEqual({ errors: {}, body: null });
  });

  it("an emptied field is an error for the person, never a 0", () => {
    for (const typed of ["", "  "]) {
      const checked = reviewChanges(report, form({ edits: { 1: typed, 2: "60" } }));
      expect(checked.body).toBeNull();
      expect(checked.errors[1]).toMatch(/请填写数值.*Enter a value/);
      expect(checked.errors[2]).toBeUndefined();
    }
  });

  it("a negative or unreadable figure is an error; 0 typed on purpose is a figure", () => {
    expect(reviewChanges(report, form({ edits: { 1: "-3" } })).errors[1]).toMatch(/Must be a number/);
    expect(reviewChanges(report, form({ edits: { 1: "abc" } })).errors[1]).toMatch(/Must be a number/);
    expect(reviewChanges(report, form({ edits: { 1: "0" } })).body).toEqual({ values: [{ id: 1, value: 0, expectedValue: 56 }] });
  });

  it("a removed value is removed whatever its field says, with the value the person saw", () => {
    expect(reviewChanges(report, form({ edits: { 2: "" }, removed: new Set([2]) }))).toEqual({
      errors: {},
      body: { values: [{ id: 2, remove: true, expectedValue: 52 }] },
    });
  });

  it("year, kind, edits and removals go in one body", () => {
    expect(reviewChanges(report, form({ year: "2022", kind: "other", edits: { 1: "57", 3: "4" }, removed: new Set([2]) })).body).toEqual({
      year: 2022,
      kind: "other",
      values: [
        { id: 1, value: 57, expectedValue: 56 },
        { id: 2, remove: true, expectedValue: 52 },
        { id: 3, value: 4, expectedValue: 0 },
      ],
    });
  });

  it("an empty or impossible year is an error", () => {
    for (const year of ["", "0", "20.5", "1800"]) expect(reviewChanges(report, form({ year })).errors.year).toMatch(/1990.*2100/);
  });

  it("a scan's unchecked values are checked by saving, even with nothing changed; checked ones ask nothing", () => {
    const scanned = { ...report, values: report.values.map((v) => ({ ...v, reviewed: false })) };
    expect(reviewChanges(scanned, form({})).body).toEqual({ reviewed: true });
    expect(reviewChanges(scanned, form({ edits: { 1: "57" } })).body).toEqual({ values: [{ id: 1, value: 57, expectedValue: 56 }], reviewed: true });
    const checked = { ...report, values: report.values.map((v) => ({ ...v, reviewed: true })) };
    expect(reviewChanges(checked, form({})).body).toBeNull();
  });
});
