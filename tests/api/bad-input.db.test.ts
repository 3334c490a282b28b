import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { connectTestDatabase } from "@/tests/connect-test-database";
import { POST as upload } from "@/app/api/reports/route";
import { GET as getReport, PATCH as correctReport } from "@/app/api/reports/[id]/route";
import { GET as listJurisdictions } from "@/app/api/jurisdictions/route";
import { DELETE as deleteValue, PATCH as editValue } from "@/app/api/values/[id]/route";

// Input that once answered 500 (or did something it should not): each is now a 4xx with a
// message in both languages, or a 404, and writes nothing.
const getPrisma = connectTestDatabase();
const TOKEN = "bad-input-test-token";
const bearer = { authorization: `Bearer ${TOKEN}` };
const noParams = { params: Promise.resolve({}) };
const idParams = (id: string) => ({ params: Promise.resolve({ id }) });
const gbk = readFileSync(path.resolve(__dirname, "../../lib/documents/__fixtures__/report-gbk.txt"));
const REPORT = "平凉市崆峒区人民政府关于2019年度法治政府建设情况的报告\n2019年，全区共收到行政复议申请31件，依法受理30件。";

beforeAll(() => {
  process.env.ADMIN_TOKEN = TOKEN;
});

const postJson = (body: unknown) =>
  upload(new Request("http://localhost/api/reports", { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json", ...bearer } }), noParams);

function postForm(fields: Record<string, string>, file = true) {
  const form = new FormData();
  if (file) form.append("files", new File([new Uint8Array(gbk)], "庆阳.txt"));
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return upload(new Request("http://localhost/api/reports", { method: "POST", body: form, headers: bearer }), noParams);
}

const counts = async () => ({ reports: await getPrisma().report.count(), values: await getPrisma().indicatorValue.count() });

async function expectRefused(res: Response, status = 400) {
  expect(res.status).toBe(status);
  const body = await res.json();
  const message = body.error?.message ?? body.results?.[0]?.error?.message;
  expect(message).toMatch(/[\u4e00-\u9fff].*[A-Za-z]/s);
}

describe("uploads", () => {
  it.each([
    ["a NUL in the text", { text: `${REPORT}\u0000` }],
    ["a NUL in sourceUrl", { text: REPORT, sourceUrl: "http://a.example/\u0000x" }],
    ["a javascript: sourceUrl", { text: REPORT, sourceUrl: "javascript:alert(1)" }],
    ["a data: sourceUrl", { text: REPORT, sourceUrl: "data:text/html,<script>alert(1)</script>" }],
    ["a sourceUrl of 2,001 characters", { text: REPORT, sourceUrl: `https://a.example/${"x".repeat(1983)}` }],
  ])("JSON with %s is refused (400) and nothing is stored", async (_what, body) => {
    await expectRefused(await postJson(body));
    expect(await counts()).toEqual({ reports: 0, values: 0 });
  });

  it.each([
    ["a NUL in the pasted text", { text: `${REPORT}\u0000` }],
    ["a NUL in sourceUrl", { sourceUrl: "http://a.example/\u0000x" }],
    ["a javascript: sourceUrl", { sourceUrl: "javascript:alert(1)" }],
    ["a sourceUrl of 2,001 characters", { sourceUrl: `https://a.example/${"x".repeat(1983)}` }],
  ])("a form with a good file and %s is refused whole (400): the good file is not stored either", async (_what, fields) => {
    await expectRefused(await postForm(fields));
    expect(await counts()).toEqual({ reports: 0, values: 0 });
  });

  it("stores an http(s) sourceUrl as the URL parser writes it, on both paths", async () => {
    const json = await postJson({ text: REPORT, sourceUrl: "HTTPS://Www.Example.gov.cn/法治/2019.html" });
    expect(json.status).toBe(201);
    const form = await postForm({ sourceUrl: "http://example.gov.cn/a b" });
    expect(form.status).toBe(201);
    const stored = await getPrisma().report.findMany({ orderBy: { id: "asc" }, select: { sourceUrl: true } });
    expect(stored.map((r) => r.sourceUrl)).toEqual(["https://www.example.gov.cn/%E6%B3%95%E6%B2%BB/2019.html", "http://example.gov.cn/a%20b"]);
  });
});

describe("ids in paths", () => {
  it.each(["2147483648", "99999999999999999999", "0x10", "1e3", "16.0", "-1", "0", "+16", "016"])("/%s names no report or value (404), and edits nothing", async (id) => {
    // ids 16 and 1000 are what Number("0x10") and Number("1e3") read: 16 must exist
    await postForm({});
    await postJson({ text: REPORT });
    const before = await getPrisma().indicatorValue.findMany({ orderBy: { id: "asc" } });
    expect(before.map((v) => v.id)).toContain(16);

    await expectRefused(await getReport(new Request(`http://localhost/api/reports/${id}`), idParams(id)), 404);
    const patchReport = new Request(`http://localhost/api/reports/${id}`, { method: "PATCH", body: JSON.stringify({ year: 2020 }), headers: { "content-type": "application/json", ...bearer } });
    await expectRefused(await correctReport(patchReport, idParams(id)), 404);
    const patchValue = new Request(`http://localhost/api/values/${id}`, { method: "PATCH", body: JSON.stringify({ value: 12345 }), headers: { "content-type": "application/json", ...bearer } });
    await expectRefused(await editValue(patchValue, idParams(id)), 404);
    await expectRefused(await deleteValue(new Request(`http://localhost/api/values/${id}`, { method: "DELETE", headers: bearer }), idParams(id)), 404);

    expect(await getPrisma().indicatorValue.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    expect((await getPrisma().report.findMany({ orderBy: { id: "asc" }, select: { year: true } })).map((r) => r.year)).toEqual([2023, 2019]);
  });
});

describe("corrections", () => {
  const patch = (id: number, body: unknown, headers: Record<string, string> = bearer) =>
    editValue(new Request(`http://localhost/api/values/${id}`, { method: "PATCH", body: JSON.stringify(body), headers: { "content-type": "application/json", ...headers } }), idParams(String(id)));

  it.each([1.7976931348623157e308, 2 ** 53 + 2, 1e300])("a value of %d is refused (400) and the stored one kept", async (value) => {
    await postForm({});
    const v = await getPrisma().indicatorValue.findFirstOrThrow({ orderBy: { id: "asc" } });
    // JSON.stringify writes the number as JavaScript reads it back
    await expectRefused(await patch(v.id, { value }));
    expect((await getPrisma().indicatorValue.findUniqueOrThrow({ where: { id: v.id } })).value).toBe(v.value);
  });

  it("a malformed session cookie is no session (401), not a 500", async () => {
    await postForm({});
    const v = await getPrisma().indicatorValue.findFirstOrThrow();
    await expectRefused(await patch(v.id, { value: 1 }, { cookie: "fazhi_session=%E0%A4%A" }), 401);
  });
});

describe("jurisdiction search", () => {
  const search = (q: string) => listJurisdictions(new Request(`http://localhost/api/jurisdictions?withReports=false&q=${encodeURIComponent(q)}`), noParams);

  it("refuses control characters (400)", async () => {
    await expectRefused(await search("\u0000"));
    await expectRefused(await search("庆阳\u0000"));
  });

  it("takes % and _ literally: they match no place, while a name still does", async () => {
    await postForm({});
    for (const q of ["%", "_", "%%", "庆%", "\\"]) {
      const res = await search(q);
      expect(res.status).toBe(200);
      expect({ q, found: (await res.json()).jurisdictions }).toEqual({ q, found: [] });
    }
    const found = (await (await search("庆阳")).json()).jurisdictions;
    expect(found.map((j: { name: string }) => j.name)).toEqual(["庆阳市"]);
  });
});
