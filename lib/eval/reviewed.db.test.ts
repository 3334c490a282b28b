import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectTestDatabase } from "@/tests/connect-test-database";
import { GET as labelsRoute } from "@/app/api/reports/[id]/labels/route";
import { extractReport } from "../extract";
import type { ReportFacts } from "../extract/types";
import { getReport } from "../queries/get-report";
import { reviewedReports } from "../queries/list-reviewed-reports";
import { correctReport } from "../reports/edit-report";
import { ingestText } from "../reports/ingest-text";
import { exportLabels } from "../review/export-labels";
import { turnedDownFigures } from "../review/turned-down";
import { parseLabels } from "./labels";
import { reviewedCase, scoreReviewed } from "./reviewed";
import { scoreReport } from "./score";

// Every review teaches the extractor: the reviewed reports in the database are labels
// (`npm run eval -- --reviewed`) and a labelled set on disk (`npm run export-labels`).
connectTestDatabase();
const root = path.resolve(__dirname, "../..");
const real = (name: string) => readFileSync(path.join(root, "data/real", name), "utf8");
const out = mkdtempSync(path.join(tmpdir(), "fazhi-labels-"));

beforeAll(() => {
  process.env.ADMIN_TOKEN = "eval-reviewed-test-token";
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

/**
 * One report reviewed by a person: a figure corrected (21.17 → 4.18), one removed (a negative),
 * one the rules turned down accepted; and one report nobody reviewed.
 */
async function reviewedReport() {
  const { id } = await ingestText({ text: real("pages/209.txt"), uploadedBy: "test" });
  await ingestText({ text: real("pages/205.txt"), uploadedBy: "test" });
  const stored = (await getReport(id))!;
  const rate = stored.values.find((v) => v.key === "reconsideration.correction_rate")!;
  const removed = stored.values.find((v) => v.key === "litigation.cases")!;
  const [accepted] = turnedDownFigures(stored.text, stored.values);
  await correctReport(
    id,
    {
      values: [
        { id: rate.id, value: 4.18 },
        { id: removed.id, remove: true },
      ],
      added: [{ key: accepted.key, scope: "own", start: accepted.start, end: accepted.end, from: "turned_down" }],
      reviewed: true,
    },
    "张三",
  );
  return { id, extracted: stored.values.length, rate, removed, accepted };
}

async function cases() {
  const all = [];
  for await (const report of reviewedReports()) all.push(reviewedCase(report));
  return all;
}

describe("scoring the extractor against reviewed reports", () => {
  it("takes the kept values as labels and the removed ones as negatives, and leaves unreviewed reports out", async () => {
    const { id, extracted, removed } = await reviewedReport();
    const found = await cases();
    expect(found.map((c) => c.id)).toEqual([id]);
    expect(found[0].negatives).toEqual([{ key: removed.key, scope: removed.scope, value: removed.value }]);

    const scored = scoreReviewed(found, extractReport);
    const [score] = scored.lines.map((l) => l.score);
    // the extractor still reads 21.17 and 434 (false), misses 4.18 and the accepted figure
    expect({ tp: score.truePositives, fp: score.falsePositives, fn: score.falseNegatives }).toEqual({ tp: extracted - 2, fp: 2, fn: 2 });
    expect(score.meta).toEqual({ jurisdiction: true, parents: true, year: true, kind: true });
    expect(scored).toMatchObject({ negatives: 1, negativesTaken: 1, taken: [{ id, key: removed.key, value: removed.value }] });

    // an extractor that had learned from the review scores full marks
    const learned = (text: string): ReportFacts => {
      const facts = extractReport(text);
      const labels = found[0].labels.values;
      return { ...facts, indicators: labels.map((l) => ({ key: l.key, value: l.value, unit: "", scope: l.scope, approx: l.approx, derived: false, evidence: l.evidence, start: text.indexOf(l.evidence), end: text.indexOf(l.evidence) + l.evidence.length })) };
    };
    const perfect = scoreReviewed(found, learned);
    expect(perfect.lines[0].score).toMatchObject({ falsePositives: 0, falseNegatives: 0, truePositives: extracted });
    expect(perfect.negativesTaken).toBe(0);
  });

  it("`npm run eval -- --reviewed` prints the scores and fails below a threshold", async () => {
    await reviewedReport();
    const run = (...args: string[]) => spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/eval.ts", "--reviewed", ...args], { cwd: root, env: process.env, encoding: "utf8" });
    const ok = run("--min-precision", "0.5");
    expect(ok.stdout).toMatch(/reviewed reports in the database/);
    expect(ok.stdout).toMatch(/removed by reviewers and still taken by the extractor: 1 of 1/);
    expect(ok.status).toBe(0);
    const strict = run("--min-precision", "0.99");
    expect(strict.stderr).toMatch(/below threshold/);
    expect(strict.status).toBe(1);
  }, 120_000);
});

describe("exporting reviewed reports as labels", () => {
  it("writes each reviewed report in the data/real shape: evidence exact, scored the same as from the database", async () => {
    const { id, accepted } = await reviewedReport();
    expect(await exportLabels(out)).toEqual([id]);
    expect(readdirSync(out).sort()).toEqual([`${id}.json`, `${id}.txt`]);
    const text = readFileSync(path.join(out, `${id}.txt`), "utf8");
    const json = JSON.parse(readFileSync(path.join(out, `${id}.json`), "utf8"));
    const labels = parseLabels(json);
    expect(json).toMatchObject({ jurisdiction: { name: "珠海市", level: "city", parents: ["广东省"] }, year: 2018, kind: "other" });
    expect(json.indicators["reconsideration.correction_rate"]).toEqual({ value: 4.18, evidence: "我市行政复议综合纠错率为21.17%", scope: "area" });
    expect(labels.values).toContainEqual(expect.objectContaining({ key: accepted.key, value: accepted.value, scope: "own" }));
    for (const v of labels.values) expect(text).toContain(v.evidence);
    // the same score whether read from the files or from the database
    const [fromDb] = scoreReviewed(await cases(), extractReport).lines;
    expect(scoreReport(extractReport(text), labels, text)).toEqual(fromDb.score);

    const viaApi = await labelsRoute(new Request(`http://localhost/api/reports/${id}/labels`), { params: Promise.resolve({ id: String(id) }) });
    expect(await viaApi.json()).toEqual(json);
  });

  it("`npm run export-labels -- <dir>` writes them from the command line; an unreviewed report has no labels (409)", async () => {
    const { id } = await reviewedReport();
    const dir = path.join(out, "cli");
    const run = spawnSync(process.execPath, ["scripts/with-db.mjs", "--no-seed", "--share", "node_modules/.bin/tsx", "scripts/export-labels.ts", dir], { cwd: root, env: process.env, encoding: "utf8" });
    expect(run.stdout).toMatch(new RegExp(`1 reviewed reports written to .*: ${id}`));
    expect(readdirSync(dir).sort()).toEqual([`${id}.json`, `${id}.txt`]);
    const unreviewed = (await getReport(id + 1))!;
    expect(unreviewed.reviewedAt).toBeNull();
    const refused = await labelsRoute(new Request(`http://localhost/api/reports/${unreviewed.id}/labels`), { params: Promise.resolve({ id: String(unreviewed.id) }) });
    expect(refused.status).toBe(409);
  }, 120_000);
});
