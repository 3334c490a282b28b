import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./support/test";
import { E2E_ADMIN_TOKEN } from "../playwright.config";
import { parseLabels } from "../lib/eval/labels";
import { scoreReport } from "../lib/eval/score";

// Each sample report printed and scanned (data/scans, made by scripts/build-scan-fixtures.mjs:
// page images only, 150–300 dpi, skewed, grainy) uploads through /upload, which shows OCR's page,
// and is stored in its own place with its values flagged as OCR's and unreviewed. For each scan,
// the values found are at least 90 % of those labelled, with precision ≥ 0.95 (docs/ocr.md); the
// answer lists what OCR misread and was put right.
const root = path.resolve(__dirname, "..");
const scans = JSON.parse(readFileSync(path.join(root, "data/scans/manifest.json"), "utf8")) as { id: string; pages: number; dpi: number }[];

interface StoredValue {
  key: string;
  value: number;
  scope: "area" | "own";
  evidence: string;
  evidenceStart: number;
  evidenceEnd: number;
  ocr: boolean;
  reviewed: boolean;
}

const totals = { read: 0, truePositives: 0, falsePositives: 0, falseNegatives: 0, corrections: 0 };

// OCR reads the scans the same whatever database stores them: run once, not again against external PostgreSQL (@any-db)
const ANY_DB = { tag: "@any-db" };

test.describe.configure({ mode: "serial" });

// each scan is a newer edition of a sample's jurisdiction-year: removed afterwards, so the specs
// after this one see the samples as current again
const created: number[] = [];
test.afterAll(async ({ request }) => {
  for (const id of created) await request.delete(`/api/reports/${id}`, { headers: { Authorization: `Bearer ${E2E_ADMIN_TOKEN}` } });
});

for (const scan of scans) {
  test(`scan of ${scan.id} (${scan.pages} pages, ${scan.dpi} dpi) reads by OCR with page progress`, ANY_DB, async ({ page, request }) => {
    test.setTimeout(scan.pages * 30_000 + 60_000);
    await page.goto("/upload");
    await page.getByLabel(/管理令牌/).fill(E2E_ADMIN_TOKEN);
    await page.getByRole("button", { name: /登录/ }).click();
    const answered = page.waitForResponse((r) => r.url().endsWith("/api/reports") && r.request().method() === "POST", { timeout: scan.pages * 30_000 });
    await page.getByTestId("file-input").setInputFiles(path.join(root, "data/scans", `${scan.id}.pdf`));

    const progress = page.getByTestId("ocr-progress");
    await expect(progress).toContainText(`共 ${scan.pages} 页`, { timeout: 30_000 });
    await expect(progress).toContainText(/第 [2-9]\d* 页/, { timeout: 60_000 });
    const review = page.getByTestId("report-review");
    await expect(review).toBeVisible({ timeout: scan.pages * 30_000 });

    const lines = (await (await answered).text()).trim().split("\n").map((l) => JSON.parse(l));
    const pagesSeen = lines.filter((l) => l.progress).map((l) => l.progress.page);
    expect(pagesSeen).toEqual(Array.from({ length: scan.pages }, (_, i) => i + 1));
    const result = lines[lines.length - 1].results[0];
    expect(result).toMatchObject({ ok: true, created: true, ocr: true });
    created.push(result.id);

    const { report } = await (await request.get(`/api/reports/${result.id}`)).json();
    expect(report.ocr).toBe(true);
    const labels = parseLabels(JSON.parse(readFileSync(path.join(root, "data/samples", `${scan.id}.json`), "utf8")));
    expect(report.year).toBe(labels.year);
    expect(report.jurisdiction.name).toBe(labels.jurisdiction?.name);
    // every correction is listed, and what it wrote is in the stored text
    expect(Array.isArray(result.ocrCorrections)).toBe(true);
    for (const c of result.ocrCorrections as { read: string; corrected: string }[]) expect(report.text).toContain(c.corrected);
    totals.corrections += result.ocrCorrections.length;
    const values = report.values as StoredValue[];
    expect(values.every((v) => v.ocr && !v.reviewed)).toBe(true);
    const score = scoreReport(
      {
        jurisdiction: null,
        year: report.year,
        kind: report.kind,
        indicators: values.map((v) => ({ key: v.key, value: v.value, scope: v.scope, evidence: v.evidence, start: v.evidenceStart, end: v.evidenceEnd })),
      },
      labels,
      report.text,
    );
    // a sample with no labelled values of its own (003) measures its place and year only
    const labelled = score.truePositives + score.falseNegatives;
    const given = score.truePositives + score.falsePositives;
    const found = labelled === 0 ? 1 : score.truePositives / labelled;
    const precision = given === 0 ? 1 : score.truePositives / given;
    expect(found, "share of the labelled values found").toBeGreaterThanOrEqual(0.9);
    expect(precision, "precision").toBeGreaterThanOrEqual(0.95);
    totals.read++;
    totals.truePositives += score.truePositives;
    totals.falsePositives += score.falsePositives;
    totals.falseNegatives += score.falseNegatives;
    test.info().annotations.push({
      type: "ocr",
      description: `${report.jurisdiction.name} ${report.year}: ${score.truePositives} of ${score.truePositives + score.falseNegatives} labelled values, ${score.falsePositives} wrong`,
    });
  });
}

test("over the five scans: at least 90 % of the labelled values found, precision ≥ 0.95", ANY_DB, () => {
  const labelled = totals.truePositives + totals.falseNegatives;
  expect(totals.read, "every scan was read").toBe(scans.length);
  expect(totals.corrections, "misread names or terms put right").toBeGreaterThan(0);
  expect(totals.truePositives / labelled).toBeGreaterThanOrEqual(0.9);
  expect(totals.truePositives / (totals.truePositives + totals.falsePositives)).toBeGreaterThanOrEqual(0.95);
});
