import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { connectTestDatabase } from "@/tests/connect-test-database";
import { HEADLINE_INDICATORS, getIndicator } from "@/lib/indicators";
import { LABELLED_DIRS, importLabelledDocuments } from "@/lib/reports/import-labelled";
import { median } from "./get-indicator-ranking";
import { getOverview } from "./get-overview";

const getPrisma = connectTestDatabase();

describe("the overview over the real labelled documents", () => {
  beforeEach(async () => {
    await importLabelledDocuments(LABELLED_DIRS, path.resolve(__dirname, "../.."));
  });

  it("counts reports, places, provinces and years as the reports table holds them", async () => {
    const reports = await getPrisma().report.findMany({ select: { jurisdictionCode: true, year: true } });
    const o = await getOverview();
    expect(o.reports).toBe(reports.length);
    expect(o.jurisdictions).toBe(new Set(reports.map((r) => r.jurisdictionCode)).size);
    expect(o.provinces).toBe(new Set(reports.map((r) => r.jurisdictionCode.slice(0, 2))).size);
    expect(o.years).toEqual([...new Set(reports.map((r) => r.year))].sort((a, b) => a - b));
  });

  it("summarises each headline indicator over every place's latest figure at the catalogue's scope", async () => {
    const o = await getOverview();
    for (const key of HEADLINE_INDICATORS) {
      const scope = getIndicator(key)!.defaultScope;
      const values = await getPrisma().indicatorValue.findMany({ where: { key, scope, isCurrent: true }, select: { jurisdictionCode: true, year: true, value: true } });
      const latest = new Map<string, { year: number; value: number }>();
      for (const v of values) if ((latest.get(v.jurisdictionCode)?.year ?? -1) < v.year) latest.set(v.jurisdictionCode, v);
      const sorted = [...latest.values()].map((v) => v.value).sort((a, b) => a - b);
      const years = [...latest.values()].map((v) => v.year);
      expect(sorted.length, key).toBeGreaterThan(2);
      expect(o.headlines.find((h) => h.key === key)).toEqual({
        key,
        scope,
        count: sorted.length,
        median: median(sorted),
        min: sorted[0],
        max: sorted.at(-1),
        fromYear: Math.min(...years),
        toYear: Math.max(...years),
        // three places or more: statistics, not the figures one by one
        few: [],
      });
    }
  });
});
