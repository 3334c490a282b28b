import { type Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { E2E_ADMIN_TOKEN } from "../playwright.config";

// the policy refusing an injected script is what one test here asserts; it logs as an error
test.use({ expectedConsoleErrors: [/Content Security Policy|Refused to (execute|load|apply)/i] });

// Uploaded text, titles and file names are shown back on the upload review and the report page:
// they must stay text. The payloads would set window.__xss and open a dialog if any ran.
const marker = `m${Date.now().toString(36)}`;
const PAYLOADS = [
  `<script>window.__xss=1;alert("script")</script>`,
  `<img src=x onerror="window.__xss=1;alert('img')">`,
  `<svg onload="window.__xss=1;alert('svg')"></svg>`,
  `" onmouseover="window.__xss=1" autofocus onfocus="alert('attr')" x="`,
];
const reportText = (place: string, year: number) =>
  [
    `${place}人民政府关于${year}年度法治政府建设情况的报告 ${PAYLOADS[0]}`,
    PAYLOADS[1],
    `${year}年，全区共收到行政复议申请56件，依法受理52件。${PAYLOADS[2]}全区人民调解组织共调解矛盾纠纷1200件，调解成功1180件。`,
    PAYLOADS[3],
    `备注 ${marker}`,
  ].join("\n");

const txtName = `<img src=x onerror=alert('name')>${marker}.txt`;
const htmlTitle = `平凉市崆峒区2020年法治政府建设年度报告<img src=x onerror=alert('title')>`;
const htmlPage = `<html><head><meta charset="utf-8"><title>${htmlTitle.replace(/</g, "&lt;").replace(/>/g, "&gt;")}</title></head><body><h1>${htmlTitle
  .replace(/</g, "&lt;")
  .replace(/>/g, "&gt;")}</h1>${reportText("平凉市崆峒区", 2020)
  .split("\n")
  .map((line) => `<p>${line.replace(/</g, "&lt;").replace(/>/g, "&gt;")}</p>`)
  .join("")}</body></html>`;

function watch(page: Page) {
  const seen = { dialogs: [] as string[], refused: [] as string[] };
  page.on("dialog", (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) seen.refused.push(m.text());
  });
  return seen;
}

async function nothingRan(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  // no element that the payloads would have created carries a handler
  expect(await page.locator("[onerror], [onload], [onmouseover], [onfocus]").count()).toBe(0);
}

test("script and event-handler payloads in text, title and file name stay text on the upload review and the report page", async ({ page, request }) => {
  const seen = watch(page);
  await page.goto("/upload");
  await page.getByLabel(/管理令牌/).fill(E2E_ADMIN_TOKEN);
  await page.getByRole("button", { name: /登录/ }).click();
  await expect(page.getByTestId("file-input")).toBeAttached();

  await page.getByTestId("file-input").setInputFiles([
    { name: txtName, mimeType: "text/plain", buffer: Buffer.from(reportText("平凉市崆峒区", 2021)) },
    { name: `"><svg onload=alert('html-name')>${marker}.html`, mimeType: "text/html", buffer: Buffer.from(htmlPage) },
  ]);
  const reviews = page.getByTestId("report-review");
  await expect(reviews).toHaveCount(2, { timeout: 30_000 });
  await expect(page.getByText(txtName, { exact: true })).toBeVisible();
  await expect(page.getByText(`"><svg onload=alert('html-name')>${marker}.html`, { exact: true })).toBeVisible();
  await expect(reviews.nth(0)).toContainText("崆峒区");
  await nothingRan(page);

  await reviews.nth(0).getByRole("button", { name: /保存/ }).click();
  await reviews.nth(0).getByRole("link", { name: /查看报告/ }).click();
  // the upload page shows each report's text in its review too: wait for the report page itself
  await expect(page).toHaveURL(/\/reports\/\d+$/);
  await expect(page.getByTestId("report-text")).toBeVisible();
  for (const payload of PAYLOADS) await expect(page.getByTestId("report-text")).toContainText(payload);
  // the file name is shown as the server stored it: path and control characters gone, the rest text
  await expect(page.locator("main")).toContainText(`${marker}.txt`);
  await nothingRan(page);

  // the HTML page's <title> (entities decoded into a literal tag) is the report's heading
  const list = await (await request.get("/api/reports?year=2020&jurisdiction=620802")).json();
  const htmlReport = list.reports.find((r: { fileName?: string }) => r.fileName?.includes(marker));
  expect(htmlReport).toBeTruthy();
  await page.goto(`/reports/${htmlReport.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(htmlTitle);
  await expect(page.getByTestId("report-text")).toContainText(PAYLOADS[1]);
  await nothingRan(page);

  expect(seen.dialogs).toEqual([]);
  expect(seen.refused).toEqual([]);

  // leave the database as the other tests expect it
  const mine = await (await request.get("/api/reports?jurisdiction=620802")).json();
  for (const r of mine.reports) {
    expect((await request.delete(`/api/reports/${r.id}`, { headers: { authorization: `Bearer ${E2E_ADMIN_TOKEN}` } })).status()).toBe(204);
  }
});

test("the page policy refuses an inline script the app did not write, on static and per-request pages", async ({ page }) => {
  const seen = watch(page);
  const paths = ["/indicators", "/login", "/compare", "/", "/no-such-page"];
  for (const path of paths) {
    await page.goto(path);
    // the app's own scripts ran: React has hydrated the page
    await expect.poll(() => page.evaluate(() => Object.keys(document.body).some((k) => k.startsWith("__react")) || Object.keys(document.querySelector("main") ?? {}).some((k) => k.startsWith("__react")))).toBe(true);
    await page.addScriptTag({ content: "window.__injected = 1" }).catch(() => {});
    expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected), path).toBeUndefined();
  }
  // one refusal per page: the script injected above, never one of the app's own
  expect(seen.refused).toHaveLength(paths.length);
});
