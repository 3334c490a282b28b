import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { connectTestDatabase } from "@/tests/connect-test-database";
import { importLabelledDocuments } from "@/lib/reports/import-labelled";
import { median } from "./get-indicator-ranking";
import { getProvinceIndicatorMap } from "./get-province-indicator-map";

const getPrisma = connectTestDatabase();

describe("getProvinceIndicatorMap over the sample reports", () => {
  beforeEach(async () => {
    await importLabelledDocuments([path.resolve(__dirname, "../../data/samples")]);
  });

  /** each place's figure at its newest year (or in `year`) */
  const figures = (stored: { jurisdictionCode: string; year: number; value: number }[], year?: number) => {
    const kept = new Map<string, { year: number; value: number }>();
    for (const v of stored) if ((year === undefined || v.year === year) && (kept.get(v.jurisdictionCode)?.year ?? -1) < v.year) kept.set(v.jurisdictionCode, v);
    return kept;
  };

  it("gives each province the median, range and count of its places' latest figures, or of one year's", async () => {
    // the key stated by the most sample places at the catalogue scope
    const groups = await getPrisma().indicatorValue.groupBy({ by: ["key", "scope"], _count: { _all: true }, orderBy: { _count: { key: "desc" } }, take: 1 });
    const { key, scope } = groups[0];
    const stored = await getPrisma().indicatorValue.findMany({ where: { key, scope }, select: { jurisdictionCode: true, year: true, value: true } });
    const years = [...new Set(stored.map((v) => v.year))].sort();

    for (const year of [undefined, years[0]]) {
      const map = await getProvinceIndicatorMap({ key, scope, year });
      expect(map?.year).toBe(year ?? null);
      expect(map?.years).toEqual(years);
      const kept = figures(stored, year);
      const provinces = new Set([...kept.keys()].map((c) => `${c.slice(0, 2)}0000`));
      expect(Object.keys(map!.provinces).sort()).toEqual([...provinces].sort());
      for (const p of provinces) {
        const values = [...kept].filter(([c]) => c.startsWith(p.slice(0, 2))).map(([, v]) => v.value).sort((a, b) => a - b);
        expect(map!.provinces[p]).toMatchObject({ count: values.length, median: median(values), min: values[0], max: values.at(-1) });
        expect(map!.provinces[p].span).toMatch(/^\d{4}(–\d{4})?$/);
      }
    }
  });

  it("filters by level, and leaves provinces without figures out rather than at zero", async () => {
    const cities = await getPrisma().jurisdiction.findMany({ where: { level: "city", reports: { some: {} } }, select: { code: true } });
    const cityCodes = new Set(cities.map((c) => c.code));
    const stored = await getPrisma().indicatorValue.findMany({ select: { key: true, scope: true, jurisdictionCode: true, year: true, value: true } });
    const atCity = stored.find((v) => cityCodes.has(v.jurisdictionCode))!;
    const map = await getProvinceIndicatorMap({ key: atCity.key, scope: atCity.scope, level: "city" });
    const expected = figures(stored.filter((v) => v.key === atCity.key && v.scope === atCity.scope && cityCodes.has(v.jurisdictionCode)));
    expect(Object.values(map!.provinces).reduce((n, c) => n + c.count, 0)).toBe(expected.size);

    const none = await getProvinceIndicatorMap({ key: atCity.key, scope: atCity.scope, level: "province" });
    expect(none?.provinces).toEqual({});
    expect(none?.span).toBe("");
  });

  it("returns null for a key outside the catalogue", async () => {
    expect(await getProvinceIndicatorMap({ key: "no.such_key" })).toBeNull();
  });
});
