import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { connectTestDatabase } from "@/tests/connect-test-database";
import { latestValueDrift } from "@/tests/latest-value-drift";
import { extractReport } from "@/lib/extract";
import { HAND_LABEL } from "@/lib/reports/hand-label";
import { LABELLED_DIRS, importLabelledDocuments, listLabelledDocuments } from "./import-labelled";

const getPrisma = connectTestDatabase();
const root = path.resolve(__dirname, "../..");

function writeDocument(dir: string, name: string, text: string, labels: object) {
  writeFileSync(path.join(dir, `${name}.txt`), text);
  writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(labels));
}

const label = (over: object) => ({
  source_url: "https://www.example.gov.cn/fzzf/2023.html",
  jurisdiction: { name: "庆阳市", level: "city", parents: ["甘肃省"] },
  year: 2023,
  kind: "other",
  published: "2024-01-05",
  truncated: true,
  indicators: {},
  ...over,
});

describe("importing the labelled documents", () => {
  it("stores the hand labels, not the extractor's reading, each reviewed and at its evidence", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "labelled-"));
    // a figure no rule reads: only the label can put it in the database
    const text = "庆阳市司法局动态\n今年以来,我们办理的调解事项数量为37,群众满意。";
    expect(extractReport(text).indicators.find((v) => v.value === 37)).toBeUndefined();
    writeDocument(dir, "501", text, label({ indicators: { "mediation.disputes": { value: 37, evidence: "调解事项数量为37", scope: "area" } } }));

    const summary = await importLabelledDocuments([dir]);
    expect(summary).toMatchObject({ documents: 1, created: 1, values: 1, skipped: {}, skippedValues: {} });
    const report = await getPrisma().report.findFirstOrThrow({ include: { values: true } });
    expect(report).toMatchObject({ jurisdictionCode: "621000", year: 2023, kind: "other", sourceUrl: "https://www.example.gov.cn/fzzf/2023.html", isCurrent: true });
    expect(report.values).toHaveLength(1);
    const [v] = report.values;
    expect(v).toMatchObject({ key: "mediation.disputes", value: 37, scope: "area", unit: "件", reviewedBy: HAND_LABEL, isCurrent: true });
    expect(v.reviewedAt).toBeInstanceOf(Date);
    expect(report.text.slice(v.evidenceStart, v.evidenceEnd)).toBe("调解事项数量为37");
  });

  it("skips a label without a year or a place, and a value whose evidence is not in the text, with counts", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "labelled-"));
    writeDocument(dir, "601", "某地新闻一则,没有年度。", label({ year: null }));
    writeDocument(dir, "602", "一则没有地方的新闻。", label({ jurisdiction: null }));
    writeDocument(dir, "603", "庆阳市2023年受理行政复议案件218件。", label({
      indicators: {
        "reconsideration.accepted": { value: 218, evidence: "受理行政复议案件218件", scope: "own" },
        "reconsideration.concluded": { value: 200, evidence: "审结行政复议案件200件", scope: "own" },
      },
    }));
    const summary = await importLabelledDocuments([dir]);
    expect(summary).toMatchObject({ documents: 3, created: 1, values: 1, skipped: { no_year: 1, no_jurisdiction: 1 }, skippedValues: { evidence_not_found: 1 } });
  });

  it("makes the richer of two documents of one place, year and kind the current one, whatever the file order", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "labelled-"));
    const richer = "庆阳市2023年调解纠纷1200件,调解成功1180件。";
    writeDocument(dir, "701", richer, label({
      indicators: {
        "mediation.disputes": { value: 1200, evidence: "调解纠纷1200件", scope: "area" },
        "mediation.resolved": { value: 1180, evidence: "调解成功1180件", scope: "area" },
      },
    }));
    writeDocument(dir, "702", "庆阳市2023年调解纠纷1100件。", label({ indicators: { "mediation.disputes": { value: 1100, evidence: "调解纠纷1100件", scope: "area" } } }));
    await importLabelledDocuments([dir]);
    const current = await getPrisma().report.findMany({ where: { isCurrent: true }, select: { text: true } });
    expect(current.map((r) => r.text)).toEqual([richer]);
    const shown = await getPrisma().indicatorValue.findMany({ where: { isCurrent: true, key: "mediation.disputes" }, select: { value: true } });
    expect(shown).toEqual([{ value: 1200 }]);
  });

  it("imports every real labelled document but the second opinions, and nothing the second time", async () => {
    const files = listLabelledDocuments(LABELLED_DIRS.map((d) => path.join(root, d)));
    expect(files.some((f) => f.txt.includes("second-labels"))).toBe(false);
    const labels = files.map((f) => JSON.parse(readFileSync(f.json, "utf8")));
    const withoutYear = labels.filter((l) => l.year === null).length;
    const withoutPlace = labels.filter((l) => !l.jurisdiction).length;

    const first = await importLabelledDocuments(LABELLED_DIRS, root);
    expect(first.documents).toBe(files.length);
    expect(first.skipped).toEqual({ ...(withoutYear ? { no_year: withoutYear } : {}), ...(withoutPlace ? { no_jurisdiction: withoutPlace } : {}) });
    expect(first.created + first.present).toBe(files.length - withoutYear - withoutPlace);

    const stored = await getPrisma().indicatorValue.findMany({ select: { evidence: true, evidenceStart: true, evidenceEnd: true, reviewedBy: true, report: { select: { text: true } } } });
    expect(stored.length).toBe(first.values);
    for (const v of stored) {
      expect(v.report.text.slice(v.evidenceStart, v.evidenceEnd)).toBe(v.evidence);
      expect(v.reviewedBy).toBe(HAND_LABEL);
    }
    expect(await latestValueDrift()).toEqual([]);
    const withUrl = await getPrisma().report.count({ where: { sourceUrl: { not: null } } });
    expect(withUrl).toBeGreaterThan(first.created * 0.9);

    const again = await importLabelledDocuments(LABELLED_DIRS, root);
    expect(again.created).toBe(0);
    expect(await getPrisma().report.count()).toBe(first.created);
  });

  it("reads labelled documents from nested folders", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "labelled-"));
    mkdirSync(path.join(dir, "batch", "second-labels"), { recursive: true });
    writeDocument(path.join(dir, "batch"), "801", "文本", label({}));
    writeDocument(path.join(dir, "batch", "second-labels"), "801", "文本", label({}));
    writeFileSync(path.join(dir, "batch", "802.txt"), "no labels");
    expect(listLabelledDocuments([dir]).map((f) => path.relative(dir, f.txt))).toEqual([path.join("batch", "801.txt")]);
  });
});
