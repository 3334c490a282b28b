import { describe, expect, it } from "vitest";
import { displayWidth, formatTable, ms, percentile, ratio, verdict } from "./stats";

describe("bench helpers", () => {
  it.each([
    [[5, 1, 3, 2, 4], 50, 3],
    [[5, 1, 3, 2, 4], 95, 5],
    [[5, 1, 3, 2, 4], 0, 1],
    [[10, 20], 50, 10],
    [Array.from({ length: 100 }, (_, i) => 100 - i), 95, 95],
  ])("percentile(%j, %d) = %d (nearest rank)", (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });

  it("has no percentile of nothing", () => {
    expect(percentile([], 50)).toBeNaN();
  });

  it("passes only when every real check holds", () => {
    expect(verdict(true, null, true)).toBe("PASS");
    expect(verdict(true, false)).toBe("FAIL");
    expect(verdict(null)).toBe("");
  });

  it("lines up a table with Chinese text, numbers right-aligned in the rule", () => {
    const table = formatTable([
      { what: "概览 overview p95", measured: ms(12.345), floor: ms(3), ratio: ratio(12.345, 3), target: "≤ 150 ms", verdict: "PASS" },
      { what: "import", measured: "310 reports/s", verdict: "PASS" },
    ]);
    const lines = table.split("\n");
    expect(lines).toHaveLength(4);
    expect(new Set(lines.map(displayWidth)).size).toBe(1);
    expect(lines[2]).toContain("12 ms");
    expect(lines[2]).toContain("4.1×");
    expect(lines[1]).toMatch(/^\|-+\|-+:\|/);
  });
});
