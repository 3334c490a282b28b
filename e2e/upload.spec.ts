import { expect, test } from "./support/test";
import path from "node:path";
import { E2E_ADMIN_TOKEN } from "../playwright.config";

const fixtures = path.resolve(__dirname, "../lib/documents/__fixtures__");

test("an upload without logging in is refused", async ({ page, request }) => {
  const res = await request.post("/api/reports", { multipart: { files: { name: "r.txt", mimeType: "text/plain", buffer: Buffer.from("庆阳市2023年法治政府建设情况的报告") } } });
  expect(res.status()).toBe(401);
  await page.goto("/upload");
  await expect(page.getByLabel(/管理令牌/)).toBeVisible();
  await expect(page.getByTestId("file-input")).toHaveCount(0);
});

test("log in, upload GBK text, docx and html, correct a value, and see it on the profile", async ({ page }) => {
  await page.goto("/upload");
  await page.getByLabel(/管理令牌/).fill("wrong token");
  await page.getByRole("button", { name: /登录/ }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText("不正确");
  await page.getByLabel(/管理令牌/).fill(E2E_ADMIN_TOKEN);
  await page.getByRole("button", { name: /登录/ }).click();
  await expect(page.getByTestId("file-input")).toBeAttached();

  await page.getByTestId("file-input").setInputFiles([
    path.join(fixtures, "report-gbk.txt"),
    path.join(fixtures, "report.docx"),
    path.join(fixtures, "report-utf8.html"),
  ]);
  const items = page.getByTestId("upload-item");
  await expect(items).toHaveCount(3);
  const reviews = page.getByTestId("report-review");
  await expect(reviews).toHaveCount(3, { timeout: 30_000 });
  await expect(reviews.nth(0)).toContainText("庆阳市");
  await expect(reviews.nth(1)).toContainText("清城区");
  await expect(reviews.nth(2)).toContainText("红寺堡区");

  // correct the first value of the GBK report, then save
  const first = reviews.nth(0);
  const input = first.getByTestId("review-values").locator("input[type=number]").first();
  const original = Number(await input.inputValue());
  const corrected = original + 7;
  await input.fill(String(corrected));
  await first.getByRole("button", { name: /保存/ }).click();
  await expect(first.getByTestId("review-saved")).toBeVisible();

  await first.getByRole("link", { name: /概况 Profile/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("庆阳市");
  await expect(page.getByTestId("values-table")).toContainText(corrected.toLocaleString("zh-CN"));
});
