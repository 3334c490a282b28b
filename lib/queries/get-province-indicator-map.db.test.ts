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

  it("gives each province the median, range and count of its places' figures for the latest year", async () => {
    // the key stated by the most sample places at the catalogue scope
    const groups = await getPrisma().indicatorValue.groupBy({ by: ["key", "scope"], _count: { _all: true }, orderBy: { _count: { key: "desc" } }, take: 1 });
    const { key, scope } = groups[0];
    const stored = await getPrisma().indicatorValue.findMany({ where: { key, scope }, select: { jurisdictionCode: true, year: true, value: true } });
    const latest = Math.max(...stored.map((v) => v.year));

    const map = await getProvinceIndicatorMap({ key, scope });
    expect(map?.year).toBe(latest);
    expect(map?.years).toEqual([...new Set(stored.map((v) => v.year))].sort());
    const provinces = new Set(stored.filter((v) => v.year === latest).map((v) => `${v.jurisdictionCode.slice(0, 2)}0000`));
    expect(Object.keys(map!.provinces).sort()).toEqual([...provinces].sort());
    for (const p of provinces) {
      const values = stored.filter((v) => v.year === latest && v.jurisdictionCode.startsWith(p.slice(0, 2))).map((v) => v.value).sort((a, b) => a - b);
      expect(map!.provinces[p]).toEqual({ count: values.length, median: median(values), min: values[0], max: values.at(-1) });
    }
  });

  it("filters by level, and leaves provinces without figures out rather than at zero", async () => {
    const cities = await getPrisma().jurisdiction.findMany({ where: { level: "city", reports: { some: {} } }, select: { code: true } });
    const cityCodes = new Set(cities.map((c) => c.code));
    const stored = await getPrisma().indicatorValue.findMany({ select: { key: true, scope: true, jurisdictionCode: true, year: true } });
    const atCity = stored.find((v) => cityCodes.has(v.jurisdictionCode))!;
    const map = await getProvinceIndicatorMap({ key: atCity.key, scope: atCity.scope, level: "city" });
    const expected = stored.filter((v) => v.key === atCity.key && v.scope === atCity.scope && v.year === map!.year && cityCodes.has(v.jurisdictionCode));
    expect(Object.values(map!.provinces).reduce((n, c) => n + c.count, 0)).toBe(new Set(expected.map((v) => v.jurisdictionCode)).size);

    const none = await getProvinceIndicatorMap({ key: atCity.key, scope: atCity.scope, level: "province" });
    expect(none?.provinces).toEqual({});
    expect(none?.year).toBeNull();
  });

  it("returns null for a key outside the catalogue", async () => {
    expect(await getProvinceIndicatorMap({ key: "no.such_key" })).toBeNull();
  });
});
