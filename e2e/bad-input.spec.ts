import type { APIResponse } from "@playwright/test";
import { expect, test } from "./support/test";
import { E2E_ADMIN_TOKEN } from "../playwright.config";

// Input that once made the server answer 500, now each a 4xx with a message in Chinese and
// English, or a 404, through the real server; and nothing is stored by a refused upload.
const bearer = { authorization: `Bearer ${E2E_ADMIN_TOKEN}` };
const BILINGUAL = /[\u4e00-\u9fff].*[A-Za-z]/s;
const REPORT = "平凉市崆峒区人民政府关于2019年度法治政府建设情况的报告\n2019年，全区共收到行政复议申请31件，依法受理30件。";

async function expectAnswer(res: APIResponse, status: number, what: string) {
  expect(res.status(), what).toBe(status);
  if (res.headers()["content-type"]?.includes("json")) expect((await res.json()).error.message, what).toMatch(BILINGUAL);
}

test("API: NUL, out-of-range ids, loose ids, huge figures, malformed cookies, searches and paths", async ({ request }) => {
  const reportCount = async () => (await (await request.get("/api/reports?pageSize=1")).json()).total as number;
  const before = await reportCount();
  // the first-start import holds documents without figures too: take one that has some
  const { reports } = await (await request.get("/api/reports?pageSize=500")).json();
  const withValues = reports.find((r: { valueCount: number }) => r.valueCount > 0);
  expect(withValues, "a stored report with figures").toBeTruthy();
  const values: { id: number; value: number }[] = (await (await request.get(`/api/reports/${withValues.id}`)).json()).report.values;
  const value = values[0];
  const json = (body: string, headers: Record<string, string> = bearer) => ({ headers: { ...headers, "content-type": "application/json" }, data: body });

  const probes: [string, () => Promise<APIResponse>, number][] = [
    ["NUL in text", () => request.post("/api/reports", json(JSON.stringify({ text: `${REPORT}\u0000` }))), 400],
    ["NUL in sourceUrl", () => request.post("/api/reports", json(JSON.stringify({ text: REPORT, sourceUrl: "http://a.example/\u0000" }))), 400],
    ["javascript: sourceUrl", () => request.post("/api/reports", json(JSON.stringify({ text: REPORT, sourceUrl: "javascript:alert(1)" }))), 400],
    [
      "a good file with NUL in the form's text",
      () => request.post("/api/reports", { headers: bearer, multipart: { files: { name: "r.txt", mimeType: "text/plain", buffer: Buffer.from(REPORT) }, text: "x\u0000" } }),
      400,
    ],
    [
      "a good file with a javascript: sourceUrl in the form",
      () => request.post("/api/reports", { headers: bearer, multipart: { files: { name: "r.txt", mimeType: "text/plain", buffer: Buffer.from(REPORT) }, sourceUrl: "javascript:alert(1)" } }),
      400,
    ],
    ["GET /api/reports/2147483648", () => request.get("/api/reports/2147483648"), 404],
    ["PATCH /api/reports/2147483648", () => request.patch("/api/reports/2147483648", json('{"year":2020}')), 404],
    ["PATCH /api/values/2147483648", () => request.patch("/api/values/2147483648", json('{"value":1}')), 404],
    ["PATCH /api/values/0x10", () => request.patch("/api/values/0x10", json('{"value":1}')), 404],
    ["DELETE /api/values/1e3", () => request.delete("/api/values/1e3", { headers: bearer }), 404],
    ["GET /api/reports/1e0", () => request.get("/api/reports/1e0"), 404],
    ["the largest double as a figure", () => request.patch(`/api/values/${value.id}`, json('{"value":1.7976931348623157e308}')), 400],
    ["a malformed session cookie", () => request.patch(`/api/values/${value.id}`, json('{"value":1}', { cookie: "fazhi_session=%E0%A4%A" })), 401],
    ["a NUL in a search", () => request.get("/api/jurisdictions?q=%00"), 400],
    ["a malformed escape in an API path", () => request.get("/api/reports/%E0%A4%A"), 400],
    ["a malformed escape in a PATCH path", () => request.patch("/api/values/%E0%A4%A", json('{"value":1}')), 400],
  ];
  for (const [what, probe, status] of probes) await expectAnswer(await probe(), status, what);

  expect(await reportCount()).toBe(before);
  const stored = (await (await request.get(`/api/reports/${withValues.id}`)).json()).report.values;
  expect(stored).toEqual(expect.arrayContaining([expect.objectContaining({ id: value.id, value: value.value })]));

  // wildcards are plain characters in a search
  for (const q of ["%25", "_", "%25%25"]) {
    const res = await request.get(`/api/jurisdictions?withReports=false&q=${q}`);
    expect(res.status()).toBe(200);
    expect((await res.json()).jurisdictions, q).toEqual([]);
  }
  // the 64 KB limit of a login says 64 KB
  const big = await request.post("/api/session", json(JSON.stringify({ token: "x".repeat(70_000) }), {}));
  expect(big.status()).toBe(413);
  expect((await big.json()).error.message).toMatch(/64 KB.*64 KB/);
});

test("pages: out-of-range and loose report ids are 404, a NUL to add is no match, malformed escapes a 400 page", async ({ request }) => {
  for (const path of ["/reports/2147483648", "/reports/0x10", "/reports/1e3", "/reports/016"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  const compare = await request.get("/compare?add=%00");
  expect(compare.status()).toBe(200);
  expect(await compare.text()).toContain("compare-hint");
  for (const path of ["/indicators/%E0%A4%A", "/jurisdictions/%E0%A4%A", "/reports/%E0%A4%A"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(400);
    expect(await res.text(), path).toMatch(/网址.*not validly encoded/s);
  }
});
