import { describe, expect, it } from "vitest";
import { cpuMs } from "@/tests/cpu-time";
import { findPlaceNames } from "./place-names";

const texts = (s: string, stems = false) => findPlaceNames(s, { stems }).map((m) => m.text);

describe("findPlaceNames", () => {
  it("finds names leftmost-longest, with offsets into the text", () => {
    const s = "清远市清城区人民政府2024年法治政府建设年度报告";
    const found = findPlaceNames(s);
    expect(found.map((m) => [m.text, m.start, m.end])).toEqual([
      ["清远市", 0, 3],
      ["清城区", 3, 6],
    ]);
    for (const m of found) expect(s.slice(m.start, m.end)).toBe(m.text);
    expect(texts("宁夏回族自治区吴忠市红寺堡区")).toEqual(["宁夏回族自治区", "吴忠市", "红寺堡区"]);
  });

  it("reports bare stems only when asked", () => {
    expect(texts("宁夏2023年")).toEqual([]);
    expect(texts("宁夏2023年", true)).toEqual(["宁夏"]);
    expect(texts("中共昌吉州委")).toEqual(["昌吉州"]);
  });

  it("lists every division a shared name can be", () => {
    const [m] = findPlaceNames("鼓楼区人民政府");
    expect(m.entries.map((e) => e.division.code).sort()).toEqual(["320106", "320302", "350102", "410204"]);
  });

  it("scans 1 MB in well under a second", () => {
    const big = "法治政府建设取得新成效,庆阳市西峰区".repeat(60_000);
    let found: ReturnType<typeof findPlaceNames> = [];
    expect(cpuMs(() => (found = findPlaceNames(big)))).toBeLessThan(1000);
    expect(found.length).toBe(120_000);
  });
});
