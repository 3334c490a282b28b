import { describe, expect, it } from "vitest";
import { emptyDraft, hasChanges, reviewBody, slotsAfter, type ReviewDraft, type ReviewReport } from "./review-draft";

const value = (id: number, v: number, key = "reconsideration.received") => ({
  id, key, scope: "own" as const, value: v, unit: "件", approx: false, derived: false, evidence: `收到${v}件`,
  evidenceStart: id * 10, evidenceEnd: id * 10 + 5, origin: "extracted" as const, originReason: null, originalValue: null, ocr: false, reviewed: true, reviewedAt: null, reviewedBy: null, history: [],
});
const report = {
  id: 9, year: 2023, kind: "annual_report", title: null, text: "", publishedOn: null, sourceUrl: null, fileName: null, original: null, ocr: false,
  uploadedAt: "2026-01-01T00:00:00.000Z", uploadedBy: null, isCurrent: true, byDepartment: false, reviewedAt: null, reviewedBy: null,
  extractorVersion: "x", warnings: [], jurisdiction: { code: "621000", name: "庆阳市", level: "city", parents: [] },
  values: [value(1, 56), value(2, 52, "reconsideration.accepted"), value(3, 0, "reconsideration.concluded")], edits: [],
} satisfies ReviewReport;
const draft = (over: Partial<ReviewDraft> = {}): ReviewDraft => ({ ...emptyDraft(report), ...over });
const seen = { jurisdictionCode: "621000", year: 2023, kind: "annual_report" };

describe("the review's request body", () => {
  it("nothing changed: saving only marks the report reviewed, saying what the person saw", () => {
    expect(reviewBody(report, draft())).toEqual({ errors: {}, body: { seen, reviewed: true } });
    expect(reviewBody(report, draft({ edits: { 1: "56", 2: " 52 " } })).body).toEqual({ seen, reviewed: true });
    expect(hasChanges(report, draft())).toBe(false);
    expect(hasChanges(report, draft({ edits: { 1: "57" } }))).toBe(true);
  });

  it("an emptied field is an error for the person, never a 0", () => {
    for (const typed of ["", "  "]) {
      const checked = reviewBody(report, draft({ edits: { 1: typed, 2: "60" } }));
      expect(checked.body).toBeNull();
      expect(checked.errors[1]).toMatch(/请填写数值.*Enter a value/);
      expect(checked.errors[2]).toBeUndefined();
    }
  });

  it("a negative or unreadable figure is an error; 0 typed on purpose is a figure", () => {
    expect(reviewBody(report, draft({ edits: { 1: "-3" } })).errors[1]).toMatch(/Must be a number/);
    expect(reviewBody(report, draft({ edits: { 1: "abc" } })).errors[1]).toMatch(/Must be a number/);
    expect(reviewBody(report, draft({ edits: { 1: "0" } })).body?.values).toEqual([{ id: 1, value: 0, expectedValue: 56, expectedScope: "own" }]);
  });

  it("a removed value is removed whatever its field says, with the value the person saw", () => {
    expect(reviewBody(report, draft({ edits: { 2: "" }, removed: new Set([2]) })).body?.values).toEqual([{ id: 2, remove: true, expectedValue: 52 }]);
  });

  it("place, year, kind, edits, scopes, evidence, removals and added figures go in one body", () => {
    const added = { key: "litigation.cases", scope: "area" as const, from: "selection" as const, start: 40, end: 52, value: 12, approx: false, evidence: "…" };
    expect(
      reviewBody(
        report,
        draft({
          place: { code: "621002", name: "西峰区" },
          year: "2022",
          kind: "other",
          edits: { 1: "57", 3: "4" },
          scopes: { 3: "area" },
          evidence: { 1: { start: 100, end: 120 } },
          removed: new Set([2]),
          added: [added],
        }),
      ).body,
    ).toEqual({
      jurisdictionCode: "621002",
      year: 2022,
      kind: "other",
      seen,
      values: [
        { id: 1, value: 57, evidence: { start: 100, end: 120 }, expectedValue: 56, expectedScope: "own" },
        { id: 2, remove: true, expectedValue: 52 },
        { id: 3, value: 4, scope: "area", expectedValue: 0, expectedScope: "own" },
      ],
      added: [{ key: "litigation.cases", scope: "area", start: 40, end: 52, from: "selection" }],
      reviewed: true,
    });
  });

  it("an empty or impossible year is an error", () => {
    for (const year of ["", "0", "20.5", "1800"]) expect(reviewBody(report, draft({ year })).errors.year).toMatch(/1990.*2100/);
  });

  it("tells which key-scope slots the report will hold", () => {
    const slots = slotsAfter(report, draft({ removed: new Set([1]), scopes: { 2: "area" } }));
    expect([...slots.keys()].sort()).toEqual(["reconsideration.accepted|area", "reconsideration.concluded|own"]);
  });
});
