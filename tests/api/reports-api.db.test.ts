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
    expect(edited).toMatchObject({ value: v.value + 1, previousValue: v.value, editedBy: "admin (token)" });
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
