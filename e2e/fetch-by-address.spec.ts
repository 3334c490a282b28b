import { readFile } from "node:fs/promises";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { E2E_ADMIN_TOKEN } from "../playwright.config";
import { startReportSite, type ReportSite } from "../tests/report-site";

// Reports fetched from a local web site the test starts on 127.0.0.1, the one address the app
// server lets through (INGEST_ALLOW_ADDRESSES in playwright.config.ts): every other loopback,
// private or metadata address is refused as it would be in production.
let site: ReportSite;
test.beforeAll(async () => {
  site = await startReportSite();
});
const created = new Set<number>();
test.afterAll(async ({ request }) => {
  await site.close();
  // the reports fetched here are removed, so the specs after this one see the samples as they were
  for (const id of created) await request.delete(`/api/reports/${id}`, { headers: auth });
});

const auth = { Authorization: `Bearer ${E2E_ADMIN_TOKEN}` };
const bilingual = /[\u4e00-\u9fff].*[A-Za-z]{3,}/;

async function fetchByAddress(request: APIRequestContext, urls: string[]) {
  const res = await request.post("/api/reports", { headers: auth, data: { urls }, maxRedirects: 0 });
  const body = await res.json();
  for (const r of body.results ?? []) if (r.ok && r.created) created.add(r.id);
  return { status: res.status(), body };
}

/** The report page shows its source address, and its 原文件 link downloads exactly the bytes the site served. */
async function expectSourceAndOriginal(page: Page, reportUrl: string, source: string, served: Buffer) {
  await page.goto(reportUrl);
  await expect(page.getByTestId("source-url")).toHaveText(source);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("original-download").click()]);
  const saved = await readFile((await download.path())!);
  expect(saved.equals(served)).toBe(true);
}

test("a GBK page with the report is read, and the report keeps its address and its page byte for byte", async ({ page, request }) => {
  const url = `${site.origin}/gbk-report.html`;
  const { status, body } = await fetchByAddress(request, [url]);
  expect(status).toBe(201);
  expect(body.results[0]).toMatchObject({ ok: true, created: true, sourceUrl: url, jurisdiction: { name: "庐阳区" }, year: 2020 });
  await expectSourceAndOriginal(page, body.results[0].url, url, site.bytesAt("/gbk-report.html"));
  // the API's download is the same bytes, with the type read from the content
  const original = await request.get(`/api/reports/${body.results[0].id}/original`);
  expect(original.headers()["content-type"]).toBe("text/html");
  expect(Buffer.from(await original.body()).equals(site.bytesAt("/gbk-report.html"))).toBe(true);
});

test("a page that links its report offers the .pdf and .docx attachments; the chosen .docx is read and kept", async ({ page, request }) => {
  const { status, body } = await fetchByAddress(request, [`${site.origin}/notice.html`]);
  expect(status).toBe(300);
  const offer = body.results[0];
  expect(offer.ok).toBe(false);
  expect(offer.message).toMatch(bilingual);
  expect(offer.attachments.map((a: { type: string }) => a.type)).toEqual(["pdf", "docx", "pdf"]);
  const docx = offer.attachments[1].url as string;

  const chosen = await fetchByAddress(request, [docx]);
  expect(chosen.status).toBe(201);
  expect(chosen.body.results[0]).toMatchObject({ ok: true, sourceUrl: docx, fileName: "2024年法治政府建设年度报告.docx", jurisdiction: { name: "清城区" } });
  await expectSourceAndOriginal(page, chosen.body.results[0].url, docx, site.bytesAt("/files/download.jsp"));
});

test("a redirect chain is followed to the report, whose address is the one it came from", async ({ request }) => {
  const { status, body } = await fetchByAddress(request, [`${site.origin}/r/1`]);
  expect(status).toBe(201);
  expect(body.results[0]).toMatchObject({ ok: true, sourceUrl: `${site.origin}/zwgk/2025/report.html`, jurisdiction: { name: "红寺堡区" } });
});

test.describe("bad addresses: each a 4xx with its reason in both languages, nothing stored", () => {
  const cases: [string, () => string, number, string | undefined][] = [
    ["a 404", () => `${site.origin}/missing.html`, 422, "upstream_status"],
    ["a page with no report text", () => `${site.origin}/empty.html`, 422, "no_report_text"],
    ["an attachment that is not a document", () => `${site.origin}/files/data.pdf`, 415, undefined],
    ["an unreachable address (nothing listens there)", () => "http://127.0.0.1:1/report.html", 422, "unreachable"],
    ["another loopback address", () => `http://127.0.0.2:${site.port}/gbk-report.html`, 400, "private_address"],
    ["a 10.x address", () => "http://10.0.0.1/report.html", 400, "private_address"],
    ["the cloud metadata address", () => "http://169.254.169.254/latest/meta-data/", 400, "metadata_address"],
    ["a redirect into another loopback address", () => `${site.origin}/to-loopback`, 400, "private_address"],
    ["a redirect into a 10.x address", () => `${site.origin}/to-private`, 400, "private_address"],
    ["a redirect into the metadata address", () => `${site.origin}/to-metadata`, 400, "metadata_address"],
    ["a file: address", () => "file:///etc/passwd", 400, undefined],
  ];
  for (const [name, address, status, reason] of cases) {
    test(name, async ({ request }) => {
      const before = (await (await request.get("/api/reports?pageSize=1")).json()).total;
      const gbkHits = site.hits.get("/gbk-report.html") ?? 0;
      const res = await request.post("/api/reports", { headers: auth, data: { urls: [address()] }, maxRedirects: 0 });
      expect(res.status()).toBe(status);
      const body = await res.json();
      const error = body.results?.[0]?.error ?? body.error;
      expect(error.message).toMatch(bilingual);
      if (reason) expect(error.details.reason).toBe(reason);
      expect((await (await request.get("/api/reports?pageSize=1")).json()).total).toBe(before);
      // a refused address is never asked, not even at the end of a redirect
      expect(site.hits.get("/gbk-report.html") ?? 0).toBe(gbkHits);
    });
  }
});

test("on /upload: paste addresses, choose an attachment, see the source on the report page", async ({ page }) => {
  await page.goto("/upload");
  await page.getByLabel(/管理令牌/).fill(E2E_ADMIN_TOKEN);
  await page.getByRole("button", { name: /登录/ }).click();
  await page.getByLabel(/按网址抓取/).fill(`${site.origin}/notice.html\n${site.origin}/missing.html`);
  await page.getByRole("button", { name: /抓取 Fetch/ }).click();
  const items = page.getByTestId("upload-item");
  await expect(items).toHaveCount(2);
  await expect(items.nth(1).getByRole("alert")).toContainText("HTTP 404");
  const choice = items.nth(0).getByTestId("attachment-choice");
  await expect(choice).toContainText("2024年法治政府建设年度报告.pdf");
  await choice.getByRole("checkbox").first().check();
  await choice.getByRole("button", { name: /读取所选附件/ }).click();
  await expect(items).toHaveCount(3);
  const review = items.nth(2).getByTestId("report-review");
  await expect(review).toContainText("清城区", { timeout: 30_000 });
  await review.getByRole("button", { name: /保存/ }).click();
  await review.getByRole("link", { name: /查看报告/ }).click();
  await expect(page.getByTestId("source-url")).toHaveText(`${site.origin}/files/${encodeURI("2024年法治政府建设年度报告")}.pdf`);
  await expect(page.getByTestId("original-download")).toContainText("application/pdf");
  // stored through the page: deleted after the spec like the others, so later specs see the samples current
  await expect(page).toHaveURL(/\/reports\/\d+/);
  created.add(Number(new URL(page.url()).pathname.split("/")[2]));
});
