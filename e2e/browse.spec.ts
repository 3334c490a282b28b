import { expect, test } from "./support/test";
import { mostChartedPlace } from "./support/stored-values";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// The sample reports' own labels say which jurisdictions the overview must list.
const samplesDir = path.resolve(__dirname, "../data/samples");
const sampleLabels = readdirSync(samplesDir)
  .filter((f) => f.endsWith(".json"))
  .map((f) => JSON.parse(readFileSync(path.join(samplesDir, f), "utf8")) as { jurisdiction: { name: string }; year: number; kind: string; indicators: Record<string, unknown> });

test("the overview lists the reported places, and its search finds each sample report's", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("法治政府建设年度报告");
  await expect(page.getByRole("link", { name: /数据来源/ })).toHaveAttribute("href", "/about");
  for (const label of sampleLabels) {
    await page.goto(`/?q=${encodeURIComponent(label.jurisdiction.name)}`);
    await expect(page.getByRole("link", { name: label.jurisdiction.name, exact: true })).toBeVisible();
  }
});

test("from the overview to a jurisdiction's chart, table and evidence", async ({ page, request }) => {
  // a chart needs an indicator in two years at least: the place that has most of them
  const place = await mostChartedPlace(request);
  await page.goto(`/?q=${encodeURIComponent(place.name)}`);
  await page.getByRole("link", { name: place.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/jurisdictions/${place.code}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(place.name);

  const chart = page.getByTestId("indicator-years-chart");
  await expect(chart).toBeVisible();
  await expect(chart.locator(".recharts-bar-rectangle").first()).toBeVisible();

  const table = page.getByTestId("values-table");
  const firstValue = table.locator("tbody a").first();
  const evidence = await firstValue.getAttribute("title");
  expect(evidence).toBeTruthy();

  await firstValue.click();
  await expect(page).toHaveURL(/\/reports\/\d+#value-\d+$/);
  const marked = page.getByTestId("report-text").locator("mark");
  await expect(marked.filter({ hasText: evidence!.slice(0, 12) }).first()).toBeVisible();
});

test("choosing another indicator keeps the choice in the URL", async ({ page, request }) => {
  const place = await mostChartedPlace(request);
  test.skip(place.charted.length < 2, "needs a place with two charted indicators");
  await page.goto(`/jurisdictions/${place.code}`);
  const choices = page.getByRole("navigation", { name: /选择指标/ }).getByRole("link");
  await expect(choices).toHaveCount(place.charted.length);
  await choices.nth(1).click();
  await expect(page).toHaveURL(/\?k=/);
  const url = page.url();
  await page.reload();
  expect(page.url()).toBe(url);
  await expect(page.getByTestId("indicator-years-chart")).toBeVisible();
});

test("an unknown jurisdiction code is a 404 page, not a crash", async ({ page }) => {
  const response = await page.goto("/jurisdictions/999999");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("找不到");
  const bad = await page.goto("/reports/not-a-number");
  expect(bad?.status()).toBe(404);
});

test("the overview's search leads to a profile, whose CSV holds the figures shown", async ({ page }) => {
  const label = sampleLabels.find((l) => l.kind === "annual_report" && Object.keys(l.indicators).length > 3)!;
  await page.goto("/");
  await page.getByRole("searchbox").or(page.getByLabel(/搜索行政区划/)).fill(label.jurisdiction.name.slice(0, 2));
  await page.getByRole("button", { name: /搜索/ }).click();
  await expect(page).toHaveURL(/\?q=/);
  await page.getByRole("link", { name: label.jurisdiction.name, exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(label.jurisdiction.name);

  const shown = await page.getByTestId("values-table").locator("tbody a").count();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /CSV/ }).click()]);
  const csv = (await (await download.createReadStream()).toArray()).map((c) => c.toString("utf8")).join("");
  const rows = csv.replace(/^\uFEFF/, "").trim().split("\n");
  expect(rows[0]).toMatch(/^key,jurisdictionCode,/);
  expect(rows.length - 1).toBe(shown);
  const code = page.url().match(/jurisdictions\/(\d{6})/)![1];
  expect(rows.slice(1).every((r) => r.split(",")[1] === code)).toBe(true);
  for (const [key, v] of Object.entries(label.indicators)) {
    expect(rows.some((r) => r.startsWith(`${key},`) && r.split(",")[5] === String((v as { value: number }).value))).toBe(true);
  }
});
