import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { connectTestDatabase } from "@/tests/connect-test-database";
import { GET as listReports, POST as upload } from "@/app/api/reports/route";
import { DELETE as deleteReport, GET as getReport, PATCH as correctReport } from "@/app/api/reports/[id]/route";
import { GET as listValues } from "@/app/api/values/route";
import { PATCH as editValue } from "@/app/api/values/[id]/route";

const getPrisma = connectTestDatabase();
const TOKEN = "api-test-token";
const fixtures = path.resolve(__dirname, "../../lib/documents/__fixtures__");
const fixture = (name: string) => readFileSync(path.join(fixtures, name));
const noParams = { params: Promise.resolve({}) };
const idParams = (id: number) => ({ params: Promise.resolve({ id: String(id) }) });

function multipart(files: { name: string; bytes: Uint8Array }[], fields: Record<string, string> = {}, token: string | null = TOKEN) {
  const form = new FormData();
  for (const f of files) form.append("files", new File([new Uint8Array(f.bytes)], f.name));
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return new Request("http://localhost/api/reports", {
    method: "POST",
    body: form,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

const json = (body: unknown, token: string | null = TOKEN) =>
  new Request("http://localhost/api/reports", {
    method: "POST",
    body: JSON.stringify(body),
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });

const counts = async () => ({ reports: await getPrisma().report.count(), values: await getPrisma().indicatorValue.count() });

beforeAll(() => {
  process.env.ADMIN_TOKEN = TOKEN;
});

describe("POST /api/reports", () => {
  it("refuses an upload without a valid token and writes nothing", async () => {
    const res = await upload(multipart([{ name: "r.txt", bytes: fixture("report-gbk.txt") }], {}, null), noParams);
    expect(res.status).toBe(401);
    const wrong = await upload(multipart([{ name: "r.txt", bytes: fixture("report-gbk.txt") }], {}, "not-the-token"), noParams);
    expect(wrong.status).toBe(401);
    expect(await counts()).toEqual({ reports: 0, values: 0 });
  });

  it("stores a GBK text report once, however often it is sent", async () => {
    const first = await upload(multipart([{ name: "庆阳.txt", bytes: fixture("report-gbk.txt") }]), noParams);
    expect(first.status).toBe(201);
    const body = await first.json();
    expect(body.results[0]).toMatchObject({ ok: true, created: true, year: 2023, jurisdiction: { name: "庆阳市" } });
    const stored = await counts();
    expect(stored.values).toBe(body.results[0].indicators.length);

    const again = await upload(multipart([{ name: "copy.txt", bytes: fixture("report-gbk.txt") }]), noParams);
    expect(again.status).toBe(200);
    expect((await again.json()).results[0]).toMatchObject({ ok: true, created: false, id: body.results[0].id });
    expect(await counts()).toEqual(stored);
  });

  it("reads .docx and saved .html reports in one request", async () => {
    const res = await upload(
      multipart([
        { name: "清城区.docx", bytes: fixture("report.docx") },
        { name: "page.html", bytes: fixture("report-utf8.html") },
      ]),
      noParams,
    );
    expect(res.status).toBe(201);
    const { results } = await res.json();
    expect(results.map((r: { ok: boolean }) => r.ok)).toEqual([true, true]);
    expect(results.map((r: { jurisdiction: { name: string } }) => r.jurisdiction.name)).toEqual(["清城区", "红寺堡区"]);
  });

  it.each([
    ["an empty file", "empty.txt", new Uint8Array(), 400],
    ["random bytes", "junk.txt", Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256), 415],
    ["a zip that is not a Word file", "archive.docx", fixture("archive.zip"), 415],
    ["a corrupt docx", "broken.docx", fixture("truncated.docx"), 422],
    ["a scanned PDF", "scan.pdf", fixture("scanned.pdf"), 422],
  ])("answers %s with a clear 4xx and stores nothing", async (_what, name, bytes, status) => {
    const res = await upload(multipart([{ name, bytes }]), noParams);
    expect(res.status).toBe(status);
    const { results } = await res.json();
    expect(results[0].ok).toBe(false);
    expect(results[0].error.message).toMatch(/[\u4e00-\u9fff].*[A-Za-z]/s);
    expect(await counts()).toEqual({ reports: 0, values: 0 });
  });

  it("asks for the jurisdiction when the text does not tell, and accepts it as an override", async () => {
    const text = "2023年,我们全面推进依法行政,共收到行政复议申请56件,依法受理52件。";
    const res = await upload(json({ text }), noParams);
    expect(res.status).toBe(422);
    expect((await res.json()).results[0].error.message).toContain("jurisdictionCode");

    const withCode = await upload(json({ text, jurisdictionCode: "620100", year: 2023 }), noParams);
    expect(withCode.status).toBe(201);
    const report = await getPrisma().report.findFirstOrThrow();
    expect(report).toMatchObject({ jurisdictionCode: "620100", year: 2023 });
  });

  it("refuses more files than one upload may carry, and a declared body over the limit", async () => {
    const many = Array.from({ length: 21 }, (_, i) => ({ name: `${i}.txt`, bytes: fixture("report-gbk.txt") }));
    expect((await upload(multipart(many), noParams)).status).toBe(400);
    const huge = new Request("http://localhost/api/reports", {
      method: "POST",
      body: "x",
      headers: { authorization: `Bearer ${TOKEN}`, "content-type": "multipart/form-data; boundary=x", "content-length": String(1024 ** 3) },
    });
    const res = await upload(huge, noParams);
    expect(res.status).toBe(413);
    expect(await counts()).toEqual({ reports: 0, values: 0 });
  });
});

describe("reading, correcting and deleting", () => {
  async function uploadSample() {
    const res = await upload(multipart([{ name: "r.txt", bytes: fixture("report-gbk.txt") }]), noParams);
    return (await res.json()).results[0].id as number;
  }

  it("lists reports and serves one with its values, without a token", async () => {
    const id = await uploadSample();
    const list = await (await listReports(new Request("http://localhost/api/reports?year=2023"), noParams)).json();
    expect(list.reports.map((r: { id: number }) => r.id)).toEqual([id]);
    const one = await getReport(new Request(`http://localhost/api/reports/${id}`), idParams(id));
    const { report } = await one.json();
    for (const v of report.values) expect(report.text.slice(v.evidenceStart, v.evidenceEnd)).toBe(v.evidence);
    expect((await getReport(new Request("http://localhost/api/reports/999"), idParams(999))).status).toBe(404);
  });

  it("exports values as CSV with a BOM, one row per stored value", async () => {
    await uploadSample();
    const res = await listValues(new Request("http://localhost/api/values?format=csv"), noParams);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    expect(csv.startsWith("key,")).toBe(true);
    const rows = csv.trim().split("\n").length - 1;
    expect(rows).toBe(await getPrisma().indicatorValue.count());
    expect((await listValues(new Request("http://localhost/api/values?year=abc"), noParams)).status).toBe(400);
  });

  it("keeps who corrected a value and refuses an edit based on a stale value", async () => {
    await uploadSample();
    const v = await getPrisma().indicatorValue.findFirstOrThrow();
    const patch = (body: unknown, token: string | null = TOKEN) =>
      editValue(
        new Request(`http://localhost/api/values/${v.id}`, {
          method: "PATCH",
          body: JSON.stringify(body),
          headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        }),
        idParams(v.id),
      );
    expect((await patch({ value: 1 }, null)).status).toBe(401);
    const ok = await patch({ value: v.value + 1, expectedValue: v.value });
    expect(ok.status).toBe(200);
    const edited = await getPrisma().indicatorValue.findUniqueOrThrow({ where: { id: v.id } });
    expect(edited).toMatchObject({ value: v.value + 1, previousValue: v.value, editedBy: "admin" });
    expect(edited.editedAt).toBeInstanceOf(Date);
    expect((await patch({ value: 5, expectedValue: v.value })).status).toBe(409);
  });

  it("deletes a report with its values, only with a token", async () => {
    const id = await uploadSample();
    const del = (token: string | null) =>
      deleteReport(new Request(`http://localhost/api/reports/${id}`, { method: "DELETE", headers: token ? { authorization: `Bearer ${token}` } : {} }), idParams(id));
    expect((await del(null)).status).toBe(401);
    expect((await del(TOKEN)).status).toBe(204);
    expect(await counts()).toEqual({ reports: 0, values: 0 });
    expect((await del(TOKEN)).status).toBe(404);
  });

  it("corrects a report's year only with a token and a sane body; a refused correction changes nothing", async () => {
    const id = await uploadSample();
    const correct = (reportId: number, body: unknown, token: string | null = TOKEN) =>
      correctReport(
        new Request(`http://localhost/api/reports/${reportId}`, {
          method: "PATCH",
          body: typeof body === "string" ? body : JSON.stringify(body),
          headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        }),
        idParams(reportId),
      );
    const stored = () => getPrisma().report.findUniqueOrThrow({ where: { id }, select: { year: true, kind: true, isCurrent: true } });
    const before = await stored();

    expect((await correct(id, { year: before.year + 1 }, null)).status).toBe(401);
    for (const bad of [{ year: 1800 }, { year: "2024" }, { kind: "budget" }, {}, "{not json"]) {
      const res = await correct(id, bad);
      expect({ bad, status: res.status }).toEqual({ bad, status: 400 });
      expect((await res.json()).error.message).toMatch(/\S/);
    }
    expect((await correct(999_999, { year: 2024 })).status).toBe(404);
    expect(await stored()).toEqual(before);

    const ok = await correct(id, { year: before.year + 1 });
    expect(ok.status).toBe(200);
    expect((await ok.json()).report.year).toBe(before.year + 1);
    expect(await stored()).toEqual({ ...before, year: before.year + 1 });
    expect(await getPrisma().indicatorValue.count({ where: { reportId: id, year: { not: before.year + 1 } } })).toBe(0);
  });
});

describe("what the API stores, answers and remembers", () => {
  const send = (handler: typeof editValue, url: string, method: string, body: unknown, id: number) =>
    handler(
      new Request(url, { method, body: JSON.stringify(body), headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` } }),
      idParams(id),
    );
  const patchValue = (id: number, body: unknown) => send(editValue, `http://localhost/api/values/${id}`, "PATCH", body, id);
  const patchReport = (id: number, body: unknown) => send(correctReport, `http://localhost/api/reports/${id}`, "PATCH", body, id);
  const readReport = async (id: number) => (await (await getReport(new Request(`http://localhost/api/reports/${id}`), idParams(id))).json()).report;

  it.each([
    ["a count far beyond any province", "legal_advisors.count", 1e17],
    ["the smallest positive double as a count", "legal_advisors.count", 5e-324],
    ["a negative count", "legal_advisors.count", -1],
    ["a rate over 100%", "mediation.success_rate", 100.5],
  ])("refuses %s as a correction, with a message in both languages", async (_what, key, value) => {
    const res = await upload(json({ text: `庐阳区召开法治政府建设推进会\n会议通报,2022年区政府聘请法律顾问6名,全区调解成功率98%。` }), noParams);
    expect(res.status).toBe(201);
    const v = await getPrisma().indicatorValue.findFirstOrThrow({ where: { key } });
    const refused = await patchValue(v.id, { value });
    expect(refused.status).toBe(400);
    expect((await refused.json()).error.message).toMatch(/[\u4e00-\u9fff].*[A-Za-z]/s);
    expect((await getPrisma().indicatorValue.findUniqueOrThrow({ where: { id: v.id } })).value).toBe(v.value);
    expect(await getPrisma().valueEdit.count()).toBe(0);
  });

  it("answers an upload of a text already stored with the stored report, not its overrides or a fresh extraction", async () => {
    const text = "2022年,我们全面推进依法行政,共收到行政复议申请56件,依法受理52件,审结50件,结案率96%。";
    const first = (await (await upload(json({ text, jurisdictionCode: "340103", year: 2022 }), noParams)).json()).results[0];
    expect(first).toMatchObject({ created: true, year: 2022, jurisdiction: { code: "340103" } });
    const extracted = first.indicators.length;
    expect(extracted).toBeGreaterThan(2);

    expect((await patchReport(first.id, { kind: "work_plan" })).status).toBe(200);
    const asPlan = (await (await upload(json({ text, jurisdictionCode: "110101", year: 2019 }), noParams)).json()).results[0];
    expect(asPlan).toMatchObject({ ok: true, created: false, id: first.id, year: 2022, kind: "work_plan", jurisdiction: { code: "340103", name: "庐阳区" } });
    expect(asPlan.indicators).toEqual([]);

    expect((await patchReport(first.id, { kind: "annual_report" })).status).toBe(200);
    const value = await getPrisma().indicatorValue.findFirstOrThrow({ where: { reportId: first.id, key: "reconsideration.received" } });
    expect((await patchValue(value.id, { value: 57 })).status).toBe(200);
    const again = (await (await upload(json({ text }), noParams)).json()).results[0];
    expect(again).toMatchObject({ created: false, id: first.id, year: 2022, kind: "annual_report" });
    expect(again.indicators).toHaveLength(extracted);
    expect(again.indicators.find((v: { key: string }) => v.key === "reconsideration.received").value).toBe(57);
  });

  it("shows every correction of a report and of its values", async () => {
    const text = "2022年,我们全面推进依法行政,共收到行政复议申请56件,依法受理52件。";
    const { id } = (await (await upload(json({ text, jurisdictionCode: "340103", year: 2022 }), noParams)).json()).results[0];
    const value = await getPrisma().indicatorValue.findFirstOrThrow({ where: { reportId: id, key: "reconsideration.received" } });
    for (const v of [60, 61, 62]) expect((await patchValue(value.id, { value: v })).status).toBe(200);
    expect((await patchReport(id, { year: 2021 })).status).toBe(200);

    const report = await readReport(id);
    expect(report.edits).toEqual([{ field: "year", from: "2022", to: "2021", by: "admin", at: expect.any(String) }]);
    const shown = report.values.find((v: { id: number }) => v.id === value.id);
    expect(shown.history.map((h: { from: number; to: number }) => [h.from, h.to])).toEqual([
      [56, 60],
      [60, 61],
      [61, 62],
    ]);
  });
});
