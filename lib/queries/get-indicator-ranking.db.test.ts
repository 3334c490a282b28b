import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { connectTestDatabase } from "@/tests/connect-test-database";
import { importLabelledDocuments } from "@/lib/reports/import-labelled";
import { MIN_RANKED, getIndicatorRanking, median, rankInOrder } from "./get-indicator-ranking";

const getPrisma = connectTestDatabase();
const KEY = "legality_review.items";

describe("getIndicatorRanking over the sample reports", () => {
  beforeEach(async () => {
    await importLabelledDocuments([path.resolve(__dirname, "../../data/samples")]);
  });

  it("ranks each place's latest figure at the catalogue scope, with its year, and counts places per year", async () => {
    const stored = await getPrisma().indicatorValue.findMany({ where: { key: KEY, scope: "own" }, select: { jurisdictionCode: true, year: true, value: true } });
    const r = await getIndicatorRanking({ key: KEY });
    expect(r?.scope).toBe("own");
    expect(r?.year).toBeNull();
    const newest = new Map<string, { year: number; value: number }>();
    for (const v of stored) if ((newest.get(v.jurisdictionCode)?.year ?? -1) < v.year) newest.set(v.jurisdictionCode, v);
    expect(r?.entries.map((e) => [e.code, e.year, e.value]).sort()).toEqual([...newest].map(([code, v]) => [code, v.year, v.value]).sort());
    expect(r?.entries.map((e) => e.value)).toEqual([...newest.values()].map((v) => v.value).sort((a, b) => b - a));
    expect(r?.entries.every((e) => (newest.size >= MIN_RANKED ? e.rank !== null : e.rank === null))).toBe(true);
    for (const t of r!.trend) expect(t.count).toBe(stored.filter((v) => v.year === t.year).length);
  });

  it("ranks one year when asked, and leaves out latest figures older than the tolerance", async () => {
    const stored = await getPrisma().indicatorValue.findMany({ where: { key: KEY, scope: "own" }, select: { jurisdictionCode: true, year: true, value: true } });
    const year = stored[0].year;
    const inYear = await getIndicatorRanking({ key: KEY, year });
    expect(inYear?.year).toBe(year);
    expect(inYear?.entries.map((e) => e.value).sort()).toEqual(stored.filter((v) => v.year === year).map((v) => v.value).sort());

    const newestYear = Math.max(...stored.map((v) => v.year));
    const strict = await getIndicatorRanking({ key: KEY, tolerance: 0 });
    expect(strict?.tolerance).toBe(0);
    expect(strict?.entries.every((e) => e.year === newestYear)).toBe(true);
    const all = await getIndicatorRanking({ key: KEY });
    expect(strict!.entries.length + strict!.tooOld).toBe(all!.entries.length);
  });

  it("filters by province and level, and lists the provinces with values", async () => {
    const stored = await getPrisma().indicatorValue.findMany({ where: { key: KEY, scope: "own" }, select: { jurisdictionCode: true } });
    const province = `${stored[0].jurisdictionCode.slice(0, 2)}0000`;
    const r = await getIndicatorRanking({ key: KEY, province });
    expect(r?.provinces.map((p) => p.code)).toContain(province);
    expect(r?.entries.length).toBeGreaterThan(0);
    expect(r?.entries.every((e) => e.code.startsWith(province.slice(0, 2)))).toBe(true);
    const none = await getIndicatorRanking({ key: KEY, level: "province" });
    expect(none?.entries).toEqual([]);
    expect(none?.year).toBeNull();
  });

  it("returns null for a key outside the catalogue", async () => {
    expect(await getIndicatorRanking({ key: "no.such_key" })).toBeNull();
  });
});

describe("ranking arithmetic", () => {
  it.each([
    [[9, 5, 5, 1], [1, 2, 2, 4]],
    [[3, 3, 3], [1, 1, 1]],
    [[], []],
  ])("ranks %j as %j", (values, ranks) => {
    expect(rankInOrder(values)).toEqual(ranks);
  });

  it("takes the middle, or the mean of the two middles", () => {
    expect(median([1, 2, 9])).toBe(2);
    expect(median([1, 2, 4, 9])).toBe(3);
  });
});
