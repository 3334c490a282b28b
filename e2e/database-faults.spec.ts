import { type APIRequestContext } from "@playwright/test";
import { expect, test } from "./support/test";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { checkConsistency, Database, freePort, countReports, letters, Proc, sleep, startApp, startImporter, writeReportFolder } from "./support/fault-harness";
import { reportTexts } from "./support/report-texts";

// The database goes away in the middle of uploads and of a bulk import, and an importer is killed
// with -9. Each time: no report is half-written, the app answers 503 with a readable message (API:
// JSON, pages: a page in Chinese and English) instead of crashing, it answers again by itself
// once the database is back, and a re-run of the importer finishes the job. These tests start
// their own embedded database on a temporary data directory and their own app on E2E_PORT + 1
// (FAULT_APP_PORT / FAULT_DB_PORT override), next to the shared e2e server.

test.describe.configure({ mode: "serial" });
// they kill and restart their own embedded database: nothing to add against an external server
const EMBEDDED_DB = { tag: "@embedded-db" };

const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
const appPort = Number(process.env.FAULT_APP_PORT ?? E2E_PORT + 1);
const adminToken = "fault-test-token";
const baseURL = `http://127.0.0.1:${appPort}`;
const auth = { authorization: `Bearer ${adminToken}` };
const IMPORT_FILES = 30;

const texts = reportTexts.map((r) => r.text);

let tmp = "";
let db: Database;
let app: Proc;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  tmp = mkdtempSync(path.join(os.tmpdir(), "fazhi-faults-"));
  db = await new Database(path.join(tmp, "pgdata"), Number(process.env.FAULT_DB_PORT ?? (await freePort()))).start();
  app = await startApp(db, appPort, adminToken);
});

test.afterAll(async () => {
  // FAULT_LOG=<file>: keep the app's output for a look after a failure
  if (process.env.FAULT_LOG) writeFileSync(process.env.FAULT_LOG, app?.output ?? "");
  await app?.kill("SIGTERM");
  await db?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** the database is gone: the API says 503 in JSON, pages say it in a page a person can read */
async function expectUnavailable(request: APIRequestContext) {
  const api = await request.get(`${baseURL}/api/reports`);
  expect(api.status()).toBe(503);
  expect((await api.json()).error).toMatchObject({ code: "service_unavailable", message: expect.stringMatching(/数据库.*database/i) });
  for (const page of ["/", "/coverage"]) {
    // a page may still render for the second an "up" answer is kept (lib/http/database-reachable.ts)
    await expect.poll(async () => (await request.get(`${baseURL}${page}`)).status(), { message: page, timeout: 10_000 }).toBe(503);
    const res = await request.get(`${baseURL}${page}`);
    expect(res.status(), page).toBe(503);
    const html = await res.text();
    expect(html).toContain("数据库暂时不可用");
    expect(html).toMatch(/database is unavailable/i);
  }
  expect(app.alive).toBe(true);
}

/** back without restarting the app: pages and API answer 200 again within a few seconds */
/** what a person waits for after the database is back: the API and the pages answer again, by themselves */
async function expectRecovered(request: APIRequestContext) {
  const statuses = async () => [(await request.get(`${baseURL}/api/reports`)).status(), (await request.get(`${baseURL}/`)).status()];
  await expect.poll(statuses, { timeout: 20_000, intervals: [200, 500, 1000] }).toEqual([200, 200]);
  expect(app.alive).toBe(true);
}

function expectWhole(c: Awaited<ReturnType<typeof checkConsistency>>) {
  expect(c.incomplete).toEqual([]);
  expect(c.orphanValues).toBe(0);
  expect(c.duplicateTexts).toBe(0);
  expect(c.badCurrent).toBe(0);
}

const reportCount = async (request: APIRequestContext) => (await (await request.get(`${baseURL}/api/reports?pageSize=1`)).json()).total as number;

test("uploads in flight when the database dies: none half-written, each file's result true, 503 meanwhile, answers again when it is back", EMBEDDED_DB, async ({ request }) => {
  test.setTimeout(180_000);
  // four requests of 15 files each, every file a distinct edition of a real report
  const batches = Array.from({ length: 4 }, (_, b) =>
    Array.from({ length: 15 }, (_, i) => `${texts[(b * 15 + i) % texts.length].trimEnd()}\n\n(附注:上传故障测试 ${letters(b * 15 + i)}。)\n`),
  );
  const sendAll = () =>
    Promise.all(
      batches.map((batch) =>
        request.fetch(`${baseURL}/api/reports`, {
          method: "POST",
          headers: auth,
          multipart: form(batch),
          timeout: 60_000,
        }),
      ),
    );
  const inFlight = sendAll();
  // kill the database once some reports are in, while the rest are still being written
  await expect.poll(() => reportCount(request), { timeout: 60_000, intervals: [20] }).toBeGreaterThanOrEqual(5);
  await db.crash();
  const answers = await Promise.all((await inFlight).map(async (r) => ({ status: r.status(), body: await r.json() })));
  expect(answers.filter((a) => a.status !== 201 && a.status !== 503)).toEqual([]);
  // each file's own result says what happened to it: stored, or 503 for the files the database was gone for
  type Result = { ok: boolean; id?: number; error?: { code: string } };
  const results: Result[] = answers.flatMap((a) => a.body.results ?? [{ ok: false, error: a.body.error }]);
  const refused = results.filter((r) => !r.ok);
  expect(refused.length).toBeGreaterThan(0);
  expect(new Set(refused.map((r) => r.error?.code))).toEqual(new Set(["service_unavailable"]));

  await expectUnavailable(request);
  await db.start();
  await expectRecovered(request);
  const afterCrash = await checkConsistency(db);
  expectWhole(afterCrash);
  expect(afterCrash.reports).toBeLessThan(60);
  // a file reported stored is stored (an answer of the whole request once said 503 for files it had stored)
  for (const { id } of results.filter((r) => r.ok)) expect((await request.get(`${baseURL}/api/reports/${id}`)).status(), `report ${id}`).toBe(200);

  // the people who got 503 send again: everything is there once
  const again = (await sendAll()).map((r) => r.status());
  expect(again.every((s) => s === 201 || s === 200)).toBe(true);
  const final = await checkConsistency(db);
  expectWhole(final);
  expect(final.reports).toBe(60);
});

/** a multipart body with several files under one field name */
function form(batch: string[]): FormData {
  const data = new FormData();
  batch.forEach((t, i) => data.append("files", new Blob([t], { type: "text/plain" }), `u${i}.txt`));
  return data;
}

/**
 * Runs the importer on a folder of distinct reports and interrupts it once a few are in; then
 * nothing may be half-written, some but not all reports are stored, and a re-run imports exactly
 * the rest. Returns the importer that was interrupted.
 */
async function interruptedImport(name: string, interrupt: (importer: Proc) => Promise<void>) {
  const folder = path.join(tmp, name);
  const files = writeReportFolder(folder, texts, IMPORT_FILES, name);
  const before = (await checkConsistency(db)).reports;

  const importer = startImporter(db, folder);
  await expect.poll(async () => (await countReports(db)) - before, { timeout: 60_000, intervals: [20] }).toBeGreaterThanOrEqual(3);
  await interrupt(importer);

  const interrupted = await checkConsistency(db);
  expectWhole(interrupted);
  const stored = interrupted.reports - before;
  expect(stored).toBeGreaterThanOrEqual(3);
  expect(stored).toBeLessThan(files.length);

  const rerun = startImporter(db, folder);
  expect(await rerun.exited, rerun.output.slice(-1000)).toBe(0);
  expect(rerun.output).toContain(`${files.length - stored} imported, ${stored} already present, 0 failed`);
  const final = await checkConsistency(db);
  expectWhole(final);
  expect(final.reports - before).toBe(files.length);
  return importer;
}

test("bulk import when the database dies: stops with a message, nothing half-written, a re-run imports the rest", EMBEDDED_DB, async ({ request }) => {
  test.setTimeout(180_000);
  const importer = await interruptedImport("import-db-crash", async (importer) => {
    await db.crash();
    // the importer gives up by itself (no hang) and says so
    const code = await Promise.race([importer.exited, sleep(30_000).then(() => "hung")]);
    expect(code, importer.output.slice(-1000)).not.toBe(0);
    expect(code).not.toBe("hung");
    await db.start();
  });
  expect(importer.output).toMatch(/数据库连接中断.*\n.*run the same command again/i);
  await expectRecovered(request);
});

test("importer killed with -9 mid-run: nothing half-written, the app goes on, a re-run completes", EMBEDDED_DB, async ({ request }) => {
  test.setTimeout(180_000);
  await interruptedImport("import-kill", async (importer) => {
    await importer.kill("SIGKILL");
    // the database rolled back the killed importer's open transaction: the app reads and writes on
    expect((await request.get(`${baseURL}/api/reports`)).status()).toBe(200);
  });
  expect((await request.get(`${baseURL}/`)).status()).toBe(200);
});
