import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { connectTestDatabase } from "@/tests/connect-test-database";
import { importLabelledDocuments } from "@/lib/reports/import-labelled";
import { getJurisdictionProfile } from "./get-jurisdiction-profile";
import { listReportedJurisdictions } from "./list-reported-jurisdictions";
import { getReport } from "./get-report";

const getPrisma = connectTestDatabase();

describe("read models over the sample reports", () => {
  beforeEach(async () => {
    await importLabelledDocuments([path.resolve(__dirname, "../../data/samples")]);
  });

  it("lists each jurisdiction with a report, with its years", async () => {
    const list = await listReportedJurisdictions();
    const reports = await getPrisma().report.findMany({ select: { jurisdictionCode: true, year: true } });
    expect(list.map((j) => j.code).sort()).toEqual([...new Set(reports.map((r) => r.jurisdictionCode))].sort());
    for (const j of list) {
      const years = reports.filter((r) => r.jurisdictionCode === j.code).map((r) => r.year);
      expect(j.years).toEqual([...new Set(years)].sort());
    }
  });

  it("builds a jurisdiction's profile from its current reports only", async () => {
    const [first] = await listReportedJurisdictions();
    const profile = await getJurisdictionProfile(first.code);
    expect(profile?.name).toBe(first.name);
    const stored = await getPrisma().indicatorValue.count({ where: { jurisdictionCode: first.code, report: { isCurrent: true } } });
    expect(profile?.values).toHaveLength(stored);
  });

  it("returns null for unknown or malformed codes and ids", async () => {
    expect(await getJurisdictionProfile("999999")).toBeNull();
    expect(await getJurisdictionProfile("abc")).toBeNull();
    expect(await getReport(987654)).toBeNull();
    expect(await getReport(-1)).toBeNull();
  });
});
