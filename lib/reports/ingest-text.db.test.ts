import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { connectTestDatabase } from "@/tests/connect-test-database";
import { extractReport } from "@/lib/extract";
import { normalizeReportText } from "@/lib/documents/normalize-report-text";
import { ingestText } from "./ingest-text";

const getPrisma = connectTestDatabase();
const samplesDir = path.resolve(__dirname, "../../data/samples");
const sample = (name: string) => readFileSync(path.join(samplesDir, name), "utf8");
const SAMPLE = "001_07ddf58672798297.txt";

describe("ingestText", () => {
  it("stores a report with every extracted value and its evidence", async () => {
    const text = sample(SAMPLE);
    const result = await ingestText({ text, fileName: SAMPLE });
    expect(result.created).toBe(true);

    const expected = extractReport(normalizeReportText(text));
    const report = await getPrisma().report.findUniqueOrThrow({ where: { id: result.id }, include: { values: true, jurisdiction: true } });
    expect(report.jurisdictionCode).toBe(expected.jurisdiction?.code);
    expect(report.year).toBe(expected.year);
    expect(report.values).toHaveLength(expected.indicators.length);
    expect(report.values.length).toBeGreaterThan(0);
    for (const v of report.values) {
      expect(report.text.slice(v.evidenceStart, v.evidenceEnd)).toBe(v.evidence);
    }
    // the jurisdiction's parents were created with it, up to the province
    const parents = await getPrisma().jurisdiction.count();
    expect(parents).toBe(1 + (expected.jurisdiction?.parents.length ?? 0));
  });

  it("returns the existing report for the same text, even with a BOM and CRLF line ends", async () => {
    const text = sample(SAMPLE);
    const first = await ingestText({ text });
    const again = await ingestText({ text: "\uFEFF" + text.replace(/\n/g, "\r\n") });
    expect(again).toMatchObject({ id: first.id, created: false });
    expect(await getPrisma().report.count()).toBe(1);
  });

  it("keeps two editions of one jurisdiction-year and marks the newer current", async () => {
    const text = sample(SAMPLE);
    const first = await ingestText({ text });
    const revised = await ingestText({ text: text + "\n(修订版)" });
    expect(revised.created).toBe(true);
    const rows = await getPrisma().report.findMany({ orderBy: { id: "asc" }, select: { id: true, isCurrent: true } });
    expect(rows).toEqual([
      { id: first.id, isCurrent: false },
      { id: revised.id, isCurrent: true },
    ]);
  });

  it("refuses text whose jurisdiction cannot be told, writing nothing", async () => {
    await expect(ingestText({ text: "2023年,我们继续推进各项工作,取得了一定成效。" })).rejects.toMatchObject({ status: 422 });
    expect(await getPrisma().report.count()).toBe(0);
  });
});
