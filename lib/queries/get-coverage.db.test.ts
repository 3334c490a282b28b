import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { connectTestDatabase } from "@/tests/connect-test-database";
import { importLabelledDocuments } from "@/lib/reports/import-labelled";
import { getCoverage } from "./get-coverage";

const getPrisma = connectTestDatabase();

describe("getCoverage over the sample reports", () => {
  beforeEach(async () => {
    await importLabelledDocuments([path.resolve(__dirname, "../../data/samples")]);
  });

  it("gives every report a cell in its year, under its parents", async () => {
    const reports = await getPrisma().report.findMany({ select: { id: true, jurisdictionCode: true, year: true } });
    const c = await getCoverage({});
    const years = reports.map((r) => r.year);
    expect(c.years[0]).toBe(Math.min(...years));
    expect(c.years.at(-1)).toBe(Math.max(...years));
    expect(c.years).toHaveLength(Math.max(...years) - Math.min(...years) + 1);
    for (const r of reports) {
      const row = c.rows.find((x) => x.code === r.jurisdictionCode)!;
      expect(row.hasReports).toBe(true);
      expect(row.cells[c.years.indexOf(r.year)]?.reportId).toBe(r.id);
      // a parent comes before its children
      const parent = (await getPrisma().jurisdiction.findUnique({ where: { code: r.jurisdictionCode }, select: { parentCode: true } }))?.parentCode;
      if (parent) expect(c.rows.findIndex((x) => x.code === parent)).toBeLessThan(c.rows.indexOf(row));
    }
    expect(c.rows.filter((r) => r.depth === 0).every((r) => r.code.endsWith("0000"))).toBe(true);
  });

  it("narrows to one province and still counts every province", async () => {
    const reports = await getPrisma().report.findMany({ select: { jurisdictionCode: true } });
    const province = `${reports[0].jurisdictionCode.slice(0, 2)}0000`;
    const c = await getCoverage({ province });
    expect(c.province).toBe(province);
    expect(c.rows.every((r) => r.code.startsWith(province.slice(0, 2)))).toBe(true);
    const provinces = new Set(reports.map((r) => `${r.jurisdictionCode.slice(0, 2)}0000`));
    expect(Object.keys(c.perProvince).sort()).toEqual([...provinces].sort());
  });
});
