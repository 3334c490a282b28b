import { describe, expect, it } from "vitest";
import { toCsv } from ".";

describe("toCsv", () => {
  it("starts with a BOM and quotes Chinese text with commas", () => {
    const csv = toCsv(["name", "evidence"], [{ name: "庐阳区", evidence: "受理20件,审结18件" }]);
    expect(csv.startsWith("\uFEFFname,evidence\n")).toBe(true);
    expect(csv).toContain('庐阳区,"受理20件,审结18件"');
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    const csv = toCsv(["a"], [{ a: "=HYPERLINK(\"x\")" }, { a: "@SUM(1)" }, { a: 12 }]);
    expect(csv).toContain("'=HYPERLINK");
    expect(csv).toContain("'@SUM(1)");
    expect(csv).toContain("\n12\n");
  });
});
