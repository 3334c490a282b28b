import { describe, expect, it } from "vitest";
import { buildProfileSeries, groupProfileSeries, seriesPoints } from "./profile-series";
import type { ProfileValue } from "../queries/get-jurisdiction-profile";

let nextId = 1;
const value = (key: string, year: number, scope: "area" | "own", v: number): ProfileValue => ({
  id: nextId++, key, year, scope, value: v, unit: "件", approx: false, derived: false, evidence: `${key} ${v}`, reportId: 100 + year,
  reviewed: false, originalValue: null, editedBy: null, editedAt: null,
});

const values = [
  value("mediation.success_rate", 2022, "area", 98.1),
  value("reconsideration.received", 2021, "own", 40),
  value("reconsideration.received", 2023, "own", 52),
  value("reconsideration.received", 2023, "area", 310),
  value("litigation.cases", 2022, "area", 77),
];

describe("groupProfileSeries", () => {
  it("puts each series under its catalogue group, groups and series in catalogue order", () => {
    const groups = groupProfileSeries(buildProfileSeries({ values }));
    expect(groups.map((g) => g.id)).toEqual(["reconsideration", "litigation", "mediation"]);
    expect(groups[0].series.map((s) => s.id)).toEqual(["reconsideration.received@area", "reconsideration.received@own"]);
    expect(groups[0].zh).toBe("行政复议");
  });

  it("leaves out groups with no values", () => {
    expect(groupProfileSeries(buildProfileSeries({ values: [] }))).toEqual([]);
  });
});

describe("seriesPoints", () => {
  it("gives every profile year a point: missing years are null, never zero, and values link to their evidence", () => {
    const own = buildProfileSeries({ values }).find((s) => s.id === "reconsideration.received@own")!;
    const points = seriesPoints(own, [2021, 2022, 2023]);
    expect(points.map((p) => p.value)).toEqual([40, null, 52]);
    expect(points[1].evidenceHref).toBeUndefined();
    const v2023 = own.byYear.get(2023)!;
    expect(points[2].evidenceHref).toBe(`/reports/${v2023.reportId}#value-${v2023.id}`);
  });
});
