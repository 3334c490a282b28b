import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { connectTestDatabase } from "@/tests/connect-test-database";
import { importLabelledDocuments } from "@/lib/reports/import-labelled";
import { buildComparisonRows, getComparison } from "./get-comparison";

const getPrisma = connectTestDatabase();

describe("getComparison over the sample reports", () => {
  beforeEach(async () => {
    await importLabelledDocuments([path.resolve(__dirname, "../../data/samples")]);
  });

  it("keeps the asked order, reports unknown codes and defaults to each place's latest figure", async () => {
    const reports = await getPrisma().report.findMany({ select: { jurisdictionCode: true, year: true } });
    const codes = [...new Set(reports.map((r) => r.jurisdictionCode))].slice(0, 3);
    const c = await getComparison({ codes: [...codes, "999999"] });
    expect(c.jurisdictions.map((j) => j.code)).toEqual(codes);
    expect(c.unknownCodes).toEqual(["999999"]);
    expect(c.year).toBeNull();
    // every place that gives a row's figure in any year shows it, with that year
    const stored = await getPrisma().indicatorValue.findMany({ where: { isCurrent: true }, select: { jurisdictionCode: true, key: true, scope: true, year: true, value: true } });
    for (const row of c.rows) {
      row.cells.forEach((cell, i) => {
        const mine = stored.filter((v) => v.jurisdictionCode === codes[i] && v.key === row.key && v.scope === row.scope);
        const newest = mine.length ? Math.max(...mine.map((v) => v.year)) : null;
        expect(cell.value?.year ?? null).toBe(newest);
      });
    }
  });

  it("fills each cell from that year's current values at the row's scope only", async () => {
    const stored = await getPrisma().indicatorValue.findMany({ select: { jurisdictionCode: true, key: true, scope: true, year: true, value: true } });
    const { jurisdictionCode, year } = stored[0];
    const codes = [jurisdictionCode, ...new Set(stored.map((v) => v.jurisdictionCode).filter((c) => c !== jurisdictionCode))];
    const c = await getComparison({ codes, year });
    for (const row of c.rows) {
      row.cells.forEach((cell, i) => {
        const expected = stored.find((v) => v.jurisdictionCode === codes[i] && v.year === year && v.key === row.key && v.scope === row.scope);
        expect(cell.value?.value ?? null).toBe(expected?.value ?? null);
        if (cell.otherScope) expect(cell.value).toBeNull();
      });
    }
  });

  it("leaves out superseded editions and caps the number of places", async () => {
    const codes = (await getPrisma().jurisdiction.findMany({ where: { reports: { some: {} } }, select: { code: true } })).map((j) => j.code);
    await getPrisma().report.updateMany({ where: { jurisdictionCode: codes[0] }, data: { isCurrent: false } });
    const c = await getComparison({ codes, max: 2 });
    expect(c.jurisdictions).toHaveLength(2);
    expect(c.overLimit).toEqual(codes.slice(2));
    expect(c.jurisdictions[0].years).toEqual([]);
  });
});

describe("buildComparisonRows", () => {
  const v = (jurisdictionCode: string, key: string, scope: "area" | "own", value: number, year = 2023) => ({
    id: value, reportId: 1, unit: "件", approx: false, derived: false, jurisdictionCode, key, scope, value, year, reviewedAt: null,
  });

  it("marks a place that gives only the other scope instead of comparing it", () => {
    const rows = buildComparisonRows(["a", "b"], [v("a", "litigation.cases", "area", 32), v("b", "litigation.cases", "own", 89)]);
    expect(rows).toHaveLength(1);
    expect(rows[0].scope).toBe("area");
    expect(rows[0].cells[0].value?.value).toBe(32);
    expect(rows[0].cells[1].value).toBeNull();
    expect(rows[0].cells[1].otherScope?.value).toBe(89);
  });

  it("uses the asked scope and indicators, in catalogue order", () => {
    const values = [v("a", "litigation.cases", "own", 1), v("a", "reconsideration.accepted", "own", 2)];
    const rows = buildComparisonRows(["a"], values, { keys: ["litigation.cases", "reconsideration.accepted", "mediation.disputes"], scope: "own" });
    expect(rows.map((r) => r.key)).toEqual(["reconsideration.accepted", "litigation.cases", "mediation.disputes"]);
    expect(rows[2].cells[0]).toEqual({ value: null, otherScope: null, tooOld: null });
  });

  it("takes each place's latest figure with its year, and a chosen year's only when asked", () => {
    const values = [v("a", "litigation.cases", "area", 10, 2020), v("a", "litigation.cases", "area", 12, 2023), v("b", "litigation.cases", "area", 30, 2019)];
    const [latest] = buildComparisonRows(["a", "b"], values);
    expect(latest.cells.map((c) => [c.value?.value, c.value?.year])).toEqual([[12, 2023], [30, 2019]]);
    expect(latest.newestYear).toBe(2023);
    expect(latest.history).toEqual([
      { year: 2019, values: [null, 30] },
      { year: 2020, values: [10, null] },
      { year: 2023, values: [12, null] },
    ]);
    const [in2020] = buildComparisonRows(["a", "b"], values, { year: 2020 });
    expect(in2020.cells.map((c) => c.value?.value ?? null)).toEqual([10, null]);
    // the lines keep every year whichever year is compared
    expect(in2020.history).toEqual(latest.history);
  });

  it("sets aside a latest figure older than the tolerance, counting back from the row's newest", () => {
    const values = [v("a", "litigation.cases", "area", 12, 2023), v("b", "litigation.cases", "area", 30, 2019), v("c", "litigation.cases", "area", 7, 2021)];
    const [row] = buildComparisonRows(["a", "b", "c"], values, { tolerance: 2 });
    expect(row.cells.map((c) => c.value?.value ?? null)).toEqual([12, null, 7]);
    expect(row.cells[1].tooOld).toMatchObject({ value: 30, year: 2019 });
    const [zero] = buildComparisonRows(["a", "b", "c"], values, { tolerance: 0 });
    expect(zero.cells.map((c) => c.value?.value ?? null)).toEqual([12, null, null]);
  });
});
