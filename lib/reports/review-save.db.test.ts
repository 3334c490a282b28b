import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { connectTestDatabase } from "@/tests/connect-test-database";
import { PATCH, DELETE as deleteReportRoute } from "@/app/api/reports/[id]/route";
import { DELETE as deleteValueRoute } from "@/app/api/values/[id]/route";
import { getReport } from "../queries/get-report";
import { turnedDownFigures } from "../review/turned-down";
import { ingestText } from "./ingest-text";
import { uploadReports } from "./upload-reports";

// The review's one save, extended: a report moved to another place, figures added from a
// selection, a conflict or the turned-down ones, scopes and evidence changed, the reviewed mark;
// each checked against the report, all or none, and every change recorded with its person.
const getPrisma = connectTestDatabase();
const TOKEN = "review-save-test-token";
const real = (name: string) => readFileSync(path.resolve(__dirname, "../../data/real", name), "utf8");
let serial = 0;
const unique = (text: string) => `${text.trimEnd()}\n(附注 ${"abcdefghij"[serial++ % 10]}${"klmnopqrst"[Math.floor(serial / 10) % 10]})\n`;

beforeAll(() => {
  process.env.ADMIN_TOKEN = TOKEN;
});

const request = (method: string, url: string, body?: unknown) =>
  new Request(url, { method, body: body === undefined ? undefined : JSON.stringify(body), headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` } });
const save = (id: number, body: unknown) => PATCH(request("PATCH", `http://localhost/api/reports/${id}`, body), { params: Promise.resolve({ id: String(id) }) });

async function upload(name: string) {
  const text = unique(real(name));
  const { id } = await ingestText({ text, uploadedBy: "test" });
  return (await getReport(id))!;
}

/** everything a save could change, to show a refused one changed nothing */
async function snapshot(id: number) {
  const prisma = getPrisma();
  return {
    report: await prisma.report.findUnique({ where: { id }, select: { jurisdictionCode: true, year: true, kind: true, reviewedAt: true, reviewedBy: true } }),
    values: await prisma.indicatorValue.findMany({ where: { reportId: id }, orderBy: { id: "asc" } }),
    edits: await prisma.reportEdit.count({ where: { reportId: id } }),
    places: await prisma.jurisdiction.count(),
  };
}

async function refused(id: number, body: unknown, status: number, message: RegExp) {
  const before = await snapshot(id);
  const res = await save(id, body);
  const answer = await res.json();
  expect({ status: res.status, message: answer.error?.message }).toEqual({ status, message: expect.stringMatching(message) });
  // a message in both languages
  expect(answer.error.message).toMatch(/[\u4e00-\u9fff].*[A-Za-z]/s);
  expect(await snapshot(id)).toEqual(before);
}

describe("an upload never dead-ends", () => {
  it("says what a person must give, a shared name's places first, and stores the file once they are given", async () => {
    const text = "鼓楼区人民政府关于2021年度法治政府建设情况的报告\n2021年,全区共收到行政复议申请31件,依法受理30件。";
    const [refused] = await uploadReports([{ fileName: "gulou.txt", text }], {}, "张三");
    expect(refused).toMatchObject({ ok: false, status: 422, error: { details: { needs: ["jurisdictionCode"] } } });
    const candidates = (refused as unknown as { error: { details: { candidates: { code: string; parents: string[] }[] } } }).error.details.candidates;
    expect(candidates.map((c) => c.code)).toEqual(["320106", "320302", "350102", "410204"]);
    expect(candidates[0].parents).toEqual(["江苏省", "南京市"]);
    const [nothing] = await uploadReports([{ fileName: "none.txt", text: "关于法治政府建设情况的报告\n全区共收到行政复议申请31件。" }], {}, "张三");
    expect(nothing).toMatchObject({ ok: false, error: { details: { needs: ["jurisdictionCode", "year"], candidates: [] } } });

    const [stored] = await uploadReports([{ fileName: "gulou.txt", text }], { jurisdictionCode: "350102" }, "张三");
    expect(stored).toMatchObject({ ok: true, created: true });
    expect(await getPrisma().report.findFirstOrThrow({ where: { jurisdictionCode: "350102" } })).toMatchObject({ uploadedBy: "张三", year: 2021 });
  });
});

describe("moving a report to another place", () => {
  it("moves it with its values and corrections; the slots it left and joined each keep one current edition", async () => {
    const older = await upload("pages/209.txt");
    const newer = await upload("pages/209.txt");
    expect([older.jurisdiction.code, newer.jurisdiction.code]).toEqual(["440400", "440400"]);
    const value = newer.values[0];
    const res = await save(newer.id, { jurisdictionCode: "440402", values: [{ id: value.id, value: value.value + 1, expectedValue: value.value }] });
    expect(res.status).toBe(200);

    const moved = await getPrisma().report.findUniqueOrThrow({ where: { id: newer.id }, select: { jurisdictionCode: true, isCurrent: true } });
    expect(moved).toEqual({ jurisdictionCode: "440402", isCurrent: true });
    // the edition it left behind speaks for 珠海市 again
    expect((await getPrisma().report.findUniqueOrThrow({ where: { id: older.id } })).isCurrent).toBe(true);
    const values = await getPrisma().indicatorValue.findMany({ where: { reportId: newer.id } });
    expect(new Set(values.map((v) => v.jurisdictionCode))).toEqual(new Set(["440402"]));
    expect(values.find((v) => v.id === value.id)).toMatchObject({ value: value.value + 1, isCurrent: true, originalValue: value.value });
    // a place no report named before is added with its parents
    expect(await getPrisma().jurisdiction.findUnique({ where: { code: "440402" } })).toMatchObject({ name: "香洲区", parentCode: "440400" });
    const { edits } = (await getReport(newer.id))!;
    expect(edits).toContainEqual(expect.objectContaining({ field: "jurisdiction", from: "440400", to: "440402", by: "admin" }));
  });

  it("refuses a code the gazetteer does not know (400) or a move someone else made meanwhile (409), changing nothing", async () => {
    const report = await upload("pages/209.txt");
    await refused(report.id, { jurisdictionCode: "999999" }, 400, /999999/);
    await refused(report.id, { jurisdictionCode: "44040" }, 400, /6 位/);
    await refused(report.id, { jurisdictionCode: "440402", seen: { jurisdictionCode: "440400", year: report.year + 1, kind: report.kind } }, 409, /他人修改.*Someone else/);
  });
});

describe("figures a person adds", () => {
  it("reads a selected passage's number and keeps its exact offsets", async () => {
    const report = await upload("pages/205.txt");
    const passage = "占审理案件总数的88.57%";
    const start = report.text.indexOf(passage);
    const res = await save(report.id, { added: [{ key: "reconsideration.conclusion_rate", scope: "area", start, end: start + passage.length, from: "selection" }], reviewed: true });
    expect(res.status).toBe(200);
    const added = (await res.json()).report.values.find((v: { key: string }) => v.key === "reconsideration.conclusion_rate");
    expect(added).toMatchObject({ value: 88.57, unit: "%", scope: "area", evidence: passage, evidenceStart: start, evidenceEnd: start + passage.length, origin: "selection" });
    const row = await getPrisma().indicatorValue.findUniqueOrThrow({ where: { id: added.id } });
    expect(row).toMatchObject({ reviewedBy: "admin", isCurrent: true });
    expect((await getReport(report.id))!.edits).toContainEqual(expect.objectContaining({ field: "value_added", key: "reconsideration.conclusion_rate", to: "88.57", by: "admin" }));
  });

  it("refuses a selection with no number or two, an unknown indicator or scope, a percentage for a count, a passage outside the text, and a taken slot", async () => {
    const report = await upload("pages/205.txt");
    const at = (passage: string) => ({ start: report.text.indexOf(passage), end: report.text.indexOf(passage) + passage.length });
    const add = (over: Record<string, unknown>) => ({ added: [{ key: "reconsideration.conclusion_rate", scope: "area", from: "selection", ...at("占审理案件总数的88.57%"), ...over }] });
    // a valid correction in the same save is not applied either: all or none
    const withEdit = (body: { added: unknown[] }) => ({ ...body, values: [{ id: report.values[0].id, value: report.values[0].value + 3 }] });
    await refused(report.id, withEdit(add(at("行政复议案件审理结果"))), 400, /没有数字.*no number/);
    await refused(report.id, withEdit(add(at("已审结1876件,占审理案件总数的88.57%"))), 400, /2 个数字.*2 numbers/);
    await refused(report.id, add({ key: "reconsideration.nonsense" }), 400, /没有这个指标.*Unknown indicator/);
    await refused(report.id, add({ scope: "everywhere" }), 400, /scope/);
    await refused(report.id, add({ key: "reconsideration.received" }), 400, /百分比.*percentage/);
    await refused(report.id, add({ start: report.text.length - 2, end: report.text.length + 5 }), 400, /不在报告原文之内.*not a passage/);
    const taken = report.values[0];
    await refused(report.id, add({ key: taken.key, scope: taken.scope, ...at("共收到行政复议申请2371件") }), 409, /已有.*already has a figure/);
  });

  it("accepts a figure a rule turned down, with its reason, and refuses one no rule offers (409)", async () => {
    const report = await upload("pages/209.txt");
    const [figure] = turnedDownFigures(report.text, report.values);
    expect(figure).toBeDefined();
    const res = await save(report.id, { added: [{ key: figure.key, scope: "own", start: figure.start, end: figure.end, from: "turned_down" }] });
    expect(res.status).toBe(200);
    const row = await getPrisma().indicatorValue.findFirstOrThrow({ where: { reportId: report.id, origin: "turned_down" } });
    expect(row).toMatchObject({ key: figure.key, value: figure.value, scope: "own", originReason: figure.reason, evidenceStart: figure.start, evidenceEnd: figure.end });
    const kept = report.values[0];
    await refused(report.id, { added: [{ key: kept.key, scope: kept.scope === "area" ? "own" : "area", start: kept.evidenceStart, end: kept.evidenceEnd, from: "turned_down" }] }, 409, /不在.*no longer offered/);
  });

  it("keeps one of the figures that disagree, in place of whatever held its slot", async () => {
    const report = await upload("pages/240.txt");
    const conflict = report.warnings.find((w) => w.choices?.length)!;
    // a conflict the extractor settled offers the figure it kept too: take one it did not keep
    const held = (c: { scope: string; value: number }) => report.values.some((v) => v.key === conflict.keys[0] && v.scope === c.scope && v.value === c.value);
    const choice = conflict.choices!.find((c) => !held(c))!;
    // the figure the extractor kept in that slot goes, as the review screen sends it
    const holder = report.values.find((v) => v.key === conflict.keys[0] && v.scope === choice.scope);
    const res = await save(report.id, {
      values: holder ? [{ id: holder.id, remove: true }] : [],
      added: [{ key: conflict.keys[0], scope: choice.scope, start: choice.start, end: choice.end, from: "conflict" }],
      reviewed: true,
    });
    expect(res.status).toBe(200);
    const kept = await getPrisma().indicatorValue.findMany({ where: { reportId: report.id, key: conflict.keys[0], scope: choice.scope } });
    expect(kept).toEqual([expect.objectContaining({ value: choice.value, origin: "conflict", isCurrent: true })]);
    // a figure that is not among the choices is not offered
    await refused(report.id, { added: [{ key: conflict.keys[0], scope: choice.scope === "area" ? "own" : "area", start: 0, end: 10, from: "conflict" }] }, 409, /不在.*no longer offered/);
  });
});

describe("scope and evidence of a stored value", () => {
  it("changes the scope and points the evidence at another passage, each recorded; a stale scope or an evidence outside the text changes nothing", async () => {
    const report = await upload("pages/209.txt");
    const value = report.values.find((v) => v.key === "reconsideration.received")!;
    const passage = "2018年是我市全面集中市一级复议权的第一个完整年份,全市全年共收到行政复议案件1262件";
    const start = report.text.indexOf(passage);
    expect((await save(report.id, { values: [{ id: value.id, scope: "own", evidence: { start, end: start + passage.length }, expectedScope: "area" }] })).status).toBe(200);
    const row = await getPrisma().indicatorValue.findUniqueOrThrow({ where: { id: value.id } });
    expect(row).toMatchObject({ scope: "own", evidence: passage, evidenceStart: start, evidenceEnd: start + passage.length, value: value.value });
    const { edits } = (await getReport(report.id))!;
    expect(edits.map((e) => e.field).sort()).toEqual(["evidence", "scope"]);
    await refused(report.id, { values: [{ id: value.id, scope: "area", expectedScope: "area" }] }, 409, /他人修改.*Someone else/);
    await refused(report.id, { values: [{ id: value.id, evidence: { start: 10, end: 5 } }] }, 400, /不在报告原文之内/);
  });
});

describe("who did what", () => {
  it("marks the report and its values reviewed, and records removals and deletions with the person", async () => {
    const report = await upload("pages/209.txt");
    const [gone, kept] = report.values;
    expect((await save(report.id, { values: [{ id: gone.id, remove: true, expectedValue: gone.value }], reviewed: true })).status).toBe(200);
    const stored = (await getReport(report.id))!;
    expect(stored).toMatchObject({ reviewedBy: "admin", reviewedAt: expect.any(String) });
    expect(await getPrisma().indicatorValue.count({ where: { reportId: report.id, reviewedBy: null } })).toBe(0);
    expect(stored.edits).toContainEqual(expect.objectContaining({ field: "value_removed", key: gone.key, scope: gone.scope, from: String(gone.value), by: "admin" }));
    expect(stored.edits).toContainEqual(expect.objectContaining({ field: "reviewed", to: "admin", by: "admin" }));

    const del = (url: string, route: typeof deleteValueRoute, id: number) => route(request("DELETE", url), { params: Promise.resolve({ id: String(id) }) });
    expect((await del(`http://localhost/api/values/${kept.id}`, deleteValueRoute, kept.id)).status).toBe(204);
    expect((await getReport(report.id))!.edits).toContainEqual(expect.objectContaining({ field: "value_removed", key: kept.key, by: "admin" }));
    expect((await del(`http://localhost/api/reports/${report.id}`, deleteReportRoute, report.id)).status).toBe(204);
    expect(await getPrisma().reportDeletion.findFirst({ where: { reportId: report.id } })).toMatchObject({ deletedBy: "admin", jurisdictionCode: "440400" });
  });

  it("refuses a body that names nothing to do, or a field it does not know", async () => {
    const report = await upload("pages/209.txt");
    await refused(report.id, {}, 400, /reviewed/);
    await refused(report.id, { reviewed: false }, 400, /reviewed/);
    await refused(report.id, { reviewed: true, approved: true }, 400, /approved/);
  });
});
