import { describe, expect, it } from "vitest";
import { normalizeForMeta } from "./normalize";

describe("normalizeForMeta", () => {
  it.each([
    ["２０２３年，全省", "2023年,全省"],
    ["二〇二三年度", "2023年度"],
    ["二O二四年", "2024年"],
    ["2020年度 法治政府", "2020年度法治政府"],
    ["庆 阳 市", "庆阳市"],
    ["2025-04-27 10:14", "2025-04-27 10:14"],
    ["實現(xiàn)新突破", "实现新突破"],
    ["法治政府建設情況的報告", "法治政府建设情况的报告"],
    ["(2021—2025年)", "(2021-2025年)"],
    ["line one\nline two", "line one\nline two"],
  ])("%s -> %s", (input, output) => {
    expect(normalizeForMeta(input)).toBe(output);
  });

  it("keeps the line structure", () => {
    const text = "第一行\n\n第 三 行\r\n";
    expect(normalizeForMeta(text).split("\n")).toHaveLength(text.split("\n").length);
  });
});
