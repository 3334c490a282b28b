import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { connectTestDatabase } from "@/tests/connect-test-database";
import { deleteReport } from "./edit-report";
import { ingestFiles } from "./ingest-files";
import { prepareReport } from "./prepare-report";
import { saveReportBatch } from "./save-report-batch";

const getPrisma = connectTestDatabase();
const samplesDir = path.resolve(__dirname, "../../data/samples");
const SAMPLES = ["000_ac45cf8051bb6945.txt", "001_07ddf58672798297.txt", "002_a90241e05e537ef4.txt", "004_6d88d43f79e10c56.txt"];
const sample = (name: string) => readFileSync(path.join(samplesDir, name), "utf8");
const prepared = (text: string) => prepareReport({ text, uploadedBy: "test" }).save;

describe("saveReportBatch", () => {
  it("stores every report of a batch with its values and jurisdiction chain, like saving them one by one", async () => {
    const inputs = SAMPLES.map((f) => prepared(sample(f)));
    const outcomes = await saveReportBatch(inputs);
    expect(outcomes.every((o) => "id" in o && o.created)).toBe(true);
    const prisma = getPrisma();
    expect(await prisma.report.count({ where: { isCurrent: true } })).toBe(SAMPLES.length);
    expect(await prisma.indicatorValue.count()).toBe(inputs.reduce((n, i) => n + i.facts.indicators.length, 0));
    // the first sample is 庆阳市 under 甘肃省: both rows exist and are linked
    const city = await prisma.jurisdiction.findUnique({ where: { code: inputs[0].facts.jurisdiction.code }, select: { parent: { select: { level: true } } } });
    expect(city?.parent?.level).toBe("province");
    const stored = await prisma.indicatorValue.findFirst({ where: { reportId: (outcomes[0] as { id: number }).id }, orderBy: { id: "asc" } });
    const first = inputs[0].facts.indicators[0];
    expect(stored).toMatchObject({ key: first.key, value: first.value, evidence: first.evidence, evidenceStart: first.start });
  });

  it("a report the database refuses fails alone: the others of its batch are stored, it is absent", async () => {
    const good = SAMPLES.slice(0, 3).map((f) => prepared(sample(f)));
    // PostgreSQL refuses a NUL character in text: the whole batch transaction rolls back
    const bad = { ...prepared(sample(SAMPLES[3])), text: "报告\u0000正文" };
    const outcomes = await saveReportBatch([good[0], bad, good[1], good[2]]);
    expect(outcomes.map((o) => ("error" in o ? "error" : o.created))).toEqual([true, "error", true, true]);
    const prisma = getPrisma();
    expect(await prisma.report.count()).toBe(3);
    expect(await prisma.report.count({ where: { textSha256: bad.textSha256 } })).toBe(0);
    expect(await prisma.indicatorValue.count({ where: { jurisdictionCode: bad.facts.jurisdiction.code } })).toBe(0);
  });

  it("the same text twice in a batch, or already stored, is one report", async () => {
    const a = prepared(sample(SAMPLES[0]));
    const b = prepared(sample(SAMPLES[1]));
    const [first] = await saveReportBatch([a]);
    const outcomes = await saveReportBatch([b, a, b]);
    expect(outcomes).toEqual([
      { id: expect.any(Number), created: true },
      { id: (first as { id: number }).id, created: false },
      { id: (outcomes[0] as { id: number }).id, created: false },
    ]);
    expect(await getPrisma().report.count()).toBe(2);
  });

  it("the last edition of a jurisdiction-year is current, within a batch and across batches, and a delete restores the previous one", async () => {
    const text = sample(SAMPLES[0]);
    const editions = [1, 2, 3].map((n) => prepared(`${text}\n(第${n}版)`));
    await saveReportBatch([editions[0]]);
    const outcomes = (await saveReportBatch([editions[1], editions[2]])) as { id: number }[];
    const prisma = getPrisma();
    const current = await prisma.report.findMany({ where: { isCurrent: true }, select: { id: true } });
    expect(current).toEqual([{ id: outcomes[1].id }]);
    await deleteReport(outcomes[1].id, "test");
    expect(await prisma.report.findMany({ where: { isCurrent: true }, select: { id: true } })).toEqual([{ id: outcomes[0].id }]);
  });
});

describe("ingestFiles in worker threads", () => {
  it("imports a run of editions across batches in file order, and a second run skips them all without extracting", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "ingest-batch-"));
    const text = sample(SAMPLES[1]);
    // 45 editions of one report (enough to start the worker pool), then a file that cannot be placed
    for (let i = 0; i < 45; i++) writeFileSync(path.join(dir, `edition-${String(i).padStart(2, "0")}.txt`), `${text}\n(更新 ${i})`);
    writeFileSync(path.join(dir, "zz-unplaced.txt"), "2023年,我们继续推进各项工作,取得了一定成效。");
    const files = [...Array(45).keys()].map((i) => path.join(dir, `edition-${String(i).padStart(2, "0")}.txt`)).concat(path.join(dir, "zz-unplaced.txt"));

    const first = await ingestFiles(files, undefined, "test", { workers: 1, batchSize: 10 });
    expect(first).toMatchObject({ total: 46, created: 45, skipped: 0, failed: 1 });
    expect(first.failures[0].file).toMatch(/zz-unplaced/);
    expect(first.extractMs).toHaveLength(45);
    const prisma = getPrisma();
    const current = await prisma.report.findMany({ where: { isCurrent: true }, select: { fileName: true } });
    expect(current).toEqual([{ fileName: "edition-44.txt" }]);

    const again = await ingestFiles(files, undefined, "test", { workers: 1, batchSize: 10 });
    expect(again).toMatchObject({ created: 0, skipped: 45, failed: 1, extractMs: [] });
    expect(await prisma.report.count()).toBe(45);
  });
});
